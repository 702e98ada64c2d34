/**
 * The pane's services over Excel (office.js, or the preview's in-memory fake): the
 * Office.js workbook port, the document-settings store, and the check pipeline.
 */
import { columnLetter } from '../engine/model';
import { checkHostSupport, OfficeWorkbook } from '../port/office-adapter';
import { runCheckInExcel } from '../port/office-check';
import { officeSettings, resolveStoredPlan } from '../port/office-settings';
import type { WorkbookPort } from '../port/workbook-port';
import type { Host } from './host';
import { recogniseModel } from './recognise';
import type { CheckInput, CheckOutcome, PaneServices, ProgressFn } from './services';

/**
 * Lets the browser render the pane (the progress bar's stage) before the next step. The
 * engine's check is synchronous and a big workbook keeps the thread busy for a while: without
 * this, "Đang kiểm tra…" would never be painted before it starts.
 */
export function letThePanePaint(): Promise<void> {
  return new Promise((resolve) => {
    let done = false;
    const go = () => {
      if (!done) {
        done = true;
        resolve();
      }
    };
    if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(go, 0));
    setTimeout(go, 50); // hidden panes get no animation frames
  });
}

/** The port, announcing each stage and letting the pane paint it before the work starts. */
function stagedPort(port: WorkbookPort, onProgress: ProgressFn): WorkbookPort {
  return {
    async readModel(p) {
      await letThePanePaint();
      const model = await port.readModel(p);
      onProgress('check', 0);
      await letThePanePaint();
      return model;
    },
    async writeFlags(plan, p) {
      onProgress('write', 0);
      await letThePanePaint();
      return port.writeFlags(plan, p);
    },
    writeSummary: (sheet, names) => port.writeSummary(sheet, names),
    clearFlags: () => port.clearFlags(),
  };
}

export function createOfficeServices(host: Host): PaneServices {
  const store = officeSettings(host.Office);
  const port = () => new OfficeWorkbook(host.Excel, { office: host.Office, settings: store });

  const runCheck = async (input: CheckInput, onProgress: ProgressFn): Promise<CheckOutcome> => {
    const out = await runCheckInExcel(stagedPort(port(), onProgress), {
      plan: input.plan,
      lang: input.lang,
      ...(input.mapping ? { mapping: input.mapping } : {}),
      waivers: input.waivers,
      onProgress,
    });
    return { result: out.result, summarySheet: out.summarySheet };
  };

  return {
    kind: host.kind,
    unsupported() {
      return checkHostSupport(host.Office);
    },
    async load() {
      const stored = store.getPlan();
      const plan = resolveStoredPlan(stored) ?? null;
      return {
        plan,
        presetId: plan && stored && 'preset' in stored ? stored.preset : null,
        mapping: store.getMapping() ?? null,
        waivers: store.getWaivers(),
      };
    },
    async savePlan(plan, presetId) {
      store.setPlan(presetId ? { preset: presetId } : { plan });
      await store.save();
    },
    async saveMapping(mapping) {
      store.setMapping(mapping ?? undefined);
      await store.save();
    },
    async saveWaivers(waivers) {
      store.setWaivers(waivers);
      await store.save();
    },
    async recognise(plan, mapping, lang) {
      return recogniseModel(await port().readModel(), plan, mapping, lang);
    },
    check: runCheck,
    updateSummary: runCheck,
    async clearFlags(onProgress) {
      onProgress('clear', 0);
      await port().clearFlags();
      onProgress('clear', 1);
    },
    async select(sheet, row, lastColumn) {
      await host.Excel.run(async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem(sheet);
        ws.activate();
        ws.getRange(`A${row}:${columnLetter(Math.max(1, lastColumn))}${row}`).select();
        await ctx.sync();
      });
    },
  };
}
