/**
 * The pane's services over Excel (office.js, or the preview's in-memory fake): the
 * Office.js workbook port, the document-settings store, and the check pipeline. The check
 * pipeline (`runCheckInExcel`) yields to the pane after announcing each stage, so the
 * progress bar shows the stage before the work starts.
 */
import { columnLetter } from '../engine/model';
import { checkHostSupport, OfficeWorkbook } from '../port/office-adapter';
import { runCheckInExcel } from '../port/office-check';
import { officeSettings, resolveStoredPlan } from '../port/office-settings';
import { downloadBytes } from './download';
import type { Host } from './host';
import { recogniseModel } from './recognise';
import type { CheckInput, CheckOutcome, PaneServices, ProgressFn } from './services';

/** Base64 of bytes, in pieces small enough for `String.fromCharCode`. */
export function toBase64(bytes: Uint8Array): string {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin);
}

/** Whether the host can open a file as a new workbook (`Excel.createWorkbook`, ExcelApi 1.8). */
export function canCreateWorkbook(host: Host): boolean {
  try {
    return (
      host.kind === 'excel' &&
      typeof host.Excel.createWorkbook === 'function' &&
      !!host.Office.context?.requirements?.isSetSupported('ExcelApi', '1.8')
    );
  } catch {
    return false;
  }
}

export function createOfficeServices(host: Host): PaneServices {
  const store = officeSettings(host.Office);
  const port = () => new OfficeWorkbook(host.Excel, { office: host.Office, settings: store });

  const runCheck = async (input: CheckInput, onProgress: ProgressFn): Promise<CheckOutcome> => {
    const out = await runCheckInExcel(port(), {
      plan: input.plan,
      lang: input.lang,
      ...(input.unit ? { unit: input.unit } : {}),
      ...(input.conferenceDate ? { conferenceDate: input.conferenceDate } : {}),
      ...(input.mapping ? { mapping: input.mapping } : {}),
      waivers: input.waivers,
      onProgress,
    });
    return {
      result: out.result,
      summarySheet: out.summarySheet,
      workbookName: out.workbookName,
      model: out.model,
      ...(input.unit ? { unit: input.unit } : {}),
      ...(input.conferenceDate ? { conferenceDate: input.conferenceDate } : {}),
    };
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
        unit: store.getUnit() ?? null,
        // Before the date was asked per check it was part of the plan: that plan's date is the first value.
        conferenceDate: store.getConferenceDate() ?? plan?.dossier?.conferenceDate ?? null,
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
    async saveUnit(unit) {
      store.setUnit(unit ?? undefined);
      await store.save();
    },
    async saveConferenceDate(iso) {
      store.setConferenceDate(iso ?? undefined);
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
    async openFile(fileName, bytes) {
      if (canCreateWorkbook(host)) {
        try {
          await host.Excel.createWorkbook(toBase64(bytes));
          return 'opened';
        } catch {
          // Excel on the web refuses a request above 5 MB (a big roll-up): the download still works there.
        }
      }
      downloadBytes(fileName, bytes);
      return 'downloaded';
    },
    async downloadFile(fileName, bytes, type) {
      downloadBytes(fileName, bytes, type);
    },
  };
}
