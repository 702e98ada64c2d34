/**
 * The pane's files for the level above, built exactly as the command line builds them
 * (`src/port/file-export.ts`, shared with `thidua check --summary` and `thidua consolidate`):
 *
 * - *Xuất tổng hợp*: the checked workbook's summary export (summary sheet, nominee list,
 *   very hidden data block), with the waivers the reviewer has made since the check.
 * - *Gộp báo cáo cấp dưới*: reads subordinate units' exports one file at a time (only their
 *   data blocks are kept), skips the unusable ones with the command line's sentence, and
 *   builds the level's roll-up.
 *
 * The package module (src/xlsx, with fflate and saxes) is loaded on demand (`import()`), so it
 * is a separate chunk of the pane's bundle, fetched the first time one of these runs.
 */
import type { CheckResult } from '../engine/check';
import type { ExportData } from '../engine/export/data';
import type { Lang, Waiver } from '../engine/findings';
import { messages } from '../engine/i18n';
import type { Plan } from '../engine/plan/schema';
import { yieldToHost } from '../port/office-check';
import { applyWaivers } from './components/ResultsPanel';
import type { CheckOutcome } from './services';

/** The file side (the package module), in its own chunk. */
export const loadExporter = () => import(/* webpackChunkName: "xlsx" */ '../port/file-export');
/** The roll-up's engine part, in the same chunk (only consolidation needs it). */
const loadConsolidation = () => import(/* webpackChunkName: "xlsx" */ '../engine/consolidate');

export interface BuiltFile {
  fileName: string;
  bytes: Uint8Array;
  data: ExportData;
}

/** A file name without diacritics or characters file systems refuse: `Huyện Vũ Thư` → `Huyen-Vu-Thu`. */
export function fileSlug(text: string): string {
  const s = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  return s || 'don-vi';
}

/** The check's result with the waivers as they are now (waived or unwaived since the check): counts follow. */
export function withWaivers(result: CheckResult, waivers: Waiver[]): CheckResult {
  const findings = applyWaivers(result.findings, waivers);
  const live = findings.filter((f) => !f.waived);
  const errors = live.filter((f) => f.severity === 'error').length;
  return {
    ...result,
    findings,
    summary: { ...result.summary, errors, warnings: live.length - errors, waived: findings.length - live.length },
  };
}

/**
 * *Xuất tổng hợp*: the summary export of the last check (`thidua check --summary`), named
 * `Tong-hop-<unit>.xlsx`. The unit is the one the check was given, else the one it inferred.
 */
export async function buildSummaryExportFile(outcome: CheckOutcome, plan: Plan, waivers: Waiver[], lang: Lang): Promise<BuiltFile> {
  const { buildSummaryExport } = await loadExporter();
  const { bytes, data } = buildSummaryExport(withWaivers(outcome.result, waivers), plan, outcome.workbookName, lang, outcome.unit);
  return { fileName: `Tong-hop-${fileSlug(data.unit.name)}.xlsx`, bytes, data };
}

/** The roll-up's unit when none is given: the command line's default (`thidua consolidate` without `--unit`). */
export function defaultRollupUnit(lang: Lang): string {
  return messages(lang).consolidate.defaultUnit;
}

/** A file picked in the pane (a `File`), or anything that gives its name and bytes. */
export interface PickedFile {
  name: string;
  arrayBuffer(): Promise<ArrayBuffer>;
}

export interface RollupOutcome {
  /** Files read, and files consolidated. */
  total: number;
  accepted: number;
  /** One sentence per skipped file, in the order read (the command line's sentences). */
  skipped: string[];
  result: CheckResult;
  file: BuiltFile;
}

/** No file could be consolidated: `skipped` says why, file by file. */
export class NothingToConsolidate extends Error {
  constructor(
    message: string,
    readonly skipped: string[],
  ) {
    super(message);
    this.name = 'NothingToConsolidate';
  }
}

/**
 * *Gộp báo cáo cấp dưới*: reads the files one at a time — bytes, data sheet, data block,
 * `Consolidation.add` — dropping each workbook before the next, reports `onFile(done, total)`
 * after each, and builds the roll-up workbook as `thidua consolidate` does. The roll-up's unit
 * is `unit`, else the command line's default name.
 */
export async function consolidateFiles(
  files: readonly PickedFile[],
  opts: {
    plan: Plan;
    lang: Lang;
    unit?: string;
    onFile?: (done: number, total: number) => void;
    /** Awaited after each file (default: one task, so the progress bar moves). */
    pause?: () => Promise<void>;
  },
): Promise<RollupOutcome> {
  const { lang, plan } = opts;
  const m = messages(lang);
  const [{ readExportBytes, buildRollupWorkbook }, { Consolidation }] = await Promise.all([loadExporter(), loadConsolidation()]);
  const roll = new Consolidation(plan, lang);
  const skipped: string[] = [];
  const pause = opts.pause ?? (() => new Promise<void>((r) => setTimeout(r, 0)));
  opts.onFile?.(0, files.length);
  for (let i = 0; i < files.length; i++) {
    const f = files[i]!;
    let reason: string | null;
    try {
      const read = await readExportBytes(f.name, new Uint8Array(await f.arrayBuffer()), lang);
      reason = read.ok ? roll.add(f.name, read.data) : read.skipped;
    } catch (e) {
      // The browser could not read the file itself (removed, no permission).
      reason = m.consolidate.skipped(f.name, 'unreadable', e instanceof Error && e.message ? e.message.split('\n')[0] : undefined);
    }
    if (reason) skipped.push(reason);
    opts.onFile?.(i + 1, files.length);
    await pause();
  }
  if (!roll.accepted.length) throw new NothingToConsolidate(m.consolidate.none, skipped);
  // The roll-up's check is synchronous: let the pane paint "building" first.
  await (opts.pause ?? yieldToHost)();
  const unitName = opts.unit?.trim() || defaultRollupUnit(lang);
  const fileName = `Gop-bao-cao-${fileSlug(unitName)}.xlsx`;
  const rollup = roll.check(unitName);
  const { bytes, data } = await buildRollupWorkbook(rollup, plan, fileName, unitName, lang);
  return {
    total: files.length,
    accepted: roll.accepted.length,
    skipped,
    result: rollup.result,
    file: { fileName, bytes, data },
  };
}
