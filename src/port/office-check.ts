/**
 * One check as the task pane runs it: read the open workbook, run the engine, write the
 * flags and the summary. The same engine calls, in the same order and with the same
 * options, as the command line (`src/cli/main.ts`): `check` → `buildFlagPlan` →
 * `buildSummarySheet` with the summary names of the chosen language.
 */
import { check, type CheckResult } from '../engine/check';
import type { Mapping } from '../engine/detect/mapping';
import type { Lang, Waiver } from '../engine/findings';
import { messages } from '../engine/i18n';
import type { WorkbookModel } from '../engine/model';
import { buildFlagPlan } from '../engine/output/flags';
import { buildSummarySheet } from '../engine/output/summary-sheet';
import type { Plan } from '../engine/plan/schema';
import type { StoredPlan, ThiduaSettings } from './office-settings';
import type { WorkbookPort } from './workbook-port';

export type CheckStage = 'read' | 'check' | 'write';

export interface RunCheckOptions {
  plan: Plan;
  lang: Lang;
  unit?: string;
  /** `YYYY-MM-DD`. */
  conferenceDate?: string;
  mapping?: Mapping;
  waivers?: Waiver[];
  onProgress?: (stage: CheckStage, fraction: number) => void;
  /**
   * Awaited after each stage is reported, so that the pane can paint it before the work of
   * the stage (the engine's check is synchronous and keeps the thread busy). Default
   * `yieldToHost`.
   */
  pause?: () => Promise<void>;
  /** Clock for `checkedAt` (tests pass a fixed one). */
  now?: () => Date;
  /**
   * When given, the choices used (plan, mapping, waivers) are saved in the workbook's
   * settings after a successful check, so that they come back when it is reopened.
   */
  remember?: { settings: ThiduaSettings; plan: StoredPlan };
}

export interface CheckInExcelResult {
  result: CheckResult;
  /** The sheet the summary went to (*Tổng hợp*, or *Tổng hợp (kiểm tra)* when the user has one). */
  summarySheet: string;
  /** The document name the summary and report name. */
  workbookName: string;
  /** The workbook as read (the pane says the findings again in another language from it). */
  model: WorkbookModel;
}

/** No sheet was recognised: nothing is written; the message is the command line's. */
export class NoTableError extends Error {
  constructor(
    message: string,
    readonly model: WorkbookModel,
  ) {
    super(message);
    this.name = 'NoTableError';
  }
}

/**
 * Gives the event loop back to the host until it can render: the next animation frame and a
 * task after it where there are frames (a browser), else one task (`setTimeout(0)`). A hidden
 * pane gets no frames: it goes on after 50 ms at most.
 */
export function yieldToHost(): Promise<void> {
  return new Promise((resolve) => {
    const raf = (globalThis as { requestAnimationFrame?: (cb: () => void) => number }).requestAnimationFrame;
    if (typeof raf !== 'function') {
      setTimeout(resolve, 0);
      return;
    }
    let done = false;
    const go = () => {
      if (!done) {
        done = true;
        resolve();
      }
    };
    raf(() => setTimeout(go, 0));
    setTimeout(go, 50);
  });
}

export async function runCheckInExcel(port: WorkbookPort, opts: RunCheckOptions): Promise<CheckInExcelResult> {
  const progress = opts.onProgress ?? (() => {});
  const pause = opts.pause ?? yieldToHost;
  const lang = opts.lang;
  /** Reports the start of a stage and lets the host paint it before the stage's work. */
  const begin = async (s: CheckStage) => {
    progress(s, 0);
    await pause();
  };

  await begin('read');
  const model = await port.readModel((f) => progress('read', f));
  progress('read', 1);

  await begin('check');
  const stageWeight = { detect: [0, 0.2], check: [0.2, 0.9], summary: [0.9, 1] } as const;
  const result = check({
    model,
    plan: opts.plan,
    lang,
    unit: opts.unit,
    conferenceDate: opts.conferenceDate,
    mapping: opts.mapping,
    waivers: opts.waivers,
    onProgress: (stage, done) => {
      const [a, b] = stageWeight[stage];
      progress('check', a + (b - a) * done);
    },
    ...(opts.now ? { now: opts.now } : {}),
  });
  if (result.tables.length === 0) {
    throw new NoTableError(
      messages(lang).cli.noSheet(
        model.name,
        model.sheets.map((s) => s.name),
      ),
      model,
    );
  }
  progress('check', 1);

  await begin('write');
  await port.writeFlags(buildFlagPlan(result), (f) => progress('write', 0.8 * f));
  const m = messages(lang).summary;
  const summarySheet = await port.writeSummary(buildSummarySheet(result, opts.plan, model.name, lang), {
    preferred: m.sheetName,
    alternative: m.sheetNameAlt,
  });
  if (opts.remember) {
    const s = opts.remember.settings;
    s.setPlan(opts.remember.plan);
    s.setMapping(opts.mapping);
    s.setWaivers(opts.waivers ?? []);
    await s.save();
  }
  progress('write', 1);
  return { result, summarySheet, workbookName: model.name, model };
}
