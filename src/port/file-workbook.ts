/**
 * The file adapter of the workbook port, over an OOXML package: reads the model sheet by
 * sheet, and keeps what thidua writes (status columns, highlighting, the summary) to put
 * into a copy with `toBytes()`. The input bytes are never changed; clearing the flags gives
 * back exactly the bytes the workbook was opened from.
 */
import type { WorkbookModel } from '../engine/model';
import type { FlagPlan } from '../engine/output/flags';
import type { SummarySheet } from '../engine/output/summary-sheet';
import { findOwnSummary, freeSheetName, patchWorkbook, XlsxPackage, type OpenOptions } from '../xlsx';
import type { ProgressFn, WorkbookPort } from './workbook-port';

export class FileWorkbook implements WorkbookPort {
  private flags: FlagPlan | null = null;
  private summary: { sheet: SummarySheet; names: { preferred: string; alternative: string } } | null = null;
  /** Statuses the last copy left out because a user's cell holds that place. */
  skipped = 0;

  constructor(
    readonly pkg: XlsxPackage,
    readonly bytes: Uint8Array,
  ) {}

  /** Opens a workbook's bytes (refusals are `XlsxError`s). */
  static open(bytes: Uint8Array, name: string, opts: Omit<OpenOptions, 'name'> = {}): FileWorkbook {
    return new FileWorkbook(XlsxPackage.open(bytes, { ...opts, name }), bytes);
  }

  get name(): string {
    return this.pkg.name;
  }

  async readModel(onProgress?: ProgressFn): Promise<WorkbookModel> {
    return this.pkg.readModel(onProgress);
  }

  async writeFlags(plan: FlagPlan, onProgress?: ProgressFn): Promise<void> {
    this.flags = plan;
    onProgress?.(1);
  }

  async writeSummary(sheet: SummarySheet, names: { preferred: string; alternative: string }): Promise<string> {
    this.summary = { sheet, names };
    const own = await findOwnSummary(this.pkg, names);
    return own >= 0
      ? this.pkg.worksheets[own]!.name
      : freeSheetName(
          this.pkg.sheets.map((s) => s.name),
          names,
        );
  }

  async clearFlags(): Promise<void> {
    this.flags = null;
    this.summary = null;
  }

  /** The workbook with what was written: the input itself when nothing was. */
  async toBytes(): Promise<Uint8Array> {
    if (!this.flags && !this.summary) return this.bytes;
    const r = await patchWorkbook(this.pkg, { flags: this.flags ?? { sheets: [] }, ...(this.summary ? { summary: this.summary } : {}) });
    this.skipped = r.skipped;
    return r.bytes;
  }
}
