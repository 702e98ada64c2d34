/**
 * What the pane asks of the workbook, as one interface. The Office implementation
 * (`office-services.ts`) runs it on Excel — the real one or the preview's fake — and the
 * component tests hand the pane a stub, so the UI never calls Excel directly.
 */
import type { CheckResult } from '../engine/check';
import type { Mapping } from '../engine/detect/mapping';
import type { DetectedTable } from '../engine/detect/tables';
import type { TableKind } from '../engine/detect/vocabulary';
import type { Lang, Waiver } from '../engine/findings';
import type { WorkbookModel } from '../engine/model';
import type { Plan } from '../engine/plan/schema';

/** Stages of long operations, each with its own sentence in `strings.stages`. */
export type Stage = 'read' | 'check' | 'write' | 'clear' | 'save' | 'export' | 'rollup';
export type ProgressFn = (stage: Stage, fraction: number) => void;

/** What the workbook carries in its settings. */
export interface Saved {
  plan: Plan | null;
  /** The plan is this preset, unedited (stored as its id). */
  presetId: string | null;
  mapping: Mapping | null;
  waivers: Waiver[];
  /** The unit the workbook belongs to (the pane's Đơn vị, like `--unit`); null: inferred. */
  unit: string | null;
  /**
   * The summary conference's date (`YYYY-MM-DD`, the pane's *Ngày hội nghị tổng kết*, like
   * `--conference-date`); a workbook saved before it was asked per check gives the stored
   * plan's `dossier.conferenceDate`; null: none.
   */
  conferenceDate: string | null;
}

/** How one table of a sheet was recognised (a sheet may hold several, stacked). */
export interface TableRecognition {
  /** 0-based place among the sheet's tables, top to bottom. */
  index: number;
  /** The table the check will read (with the user's mapping applied). */
  table: DetectedTable;
  /** The table came from the user's mapping rather than automatic recognition. */
  fromMapping: boolean;
  /** 1-based header rows and header labels per 0-based column, for the column dropdowns. */
  headerRow: number;
  headerRows: number;
  labels: string[];
}

/** How one sheet was recognised, for the mapping view. */
export interface SheetRecognition {
  sheet: string;
  /** The user's mapping says to skip this sheet. */
  ignored: boolean;
  /** The tables the check will read, top to bottom; empty when none was recognised. */
  tables: TableRecognition[];
  /** What automatic recognition alone finds in the sheet (kinds, top to bottom). */
  auto: TableKind[];
  /**
   * The unit the sheet's rows belong to when they name none: from the mapping, from the
   * sheet's title rows or its name (one member list per base union); null: the workbook's unit.
   */
  unit: { name: string; source: 'mapping' | 'title' | 'sheet' } | null;
  /** The user's mapping could not be applied (a column that is not there); the sheet is read as recognised. */
  error?: { field: string; ref: string };
}

export interface CheckInput {
  plan: Plan;
  lang: Lang;
  mapping: Mapping | null;
  waivers: Waiver[];
  /** The unit the workbook belongs to (`--unit`); absent: the check infers it. */
  unit?: string;
  /** The summary conference's date, `YYYY-MM-DD` (`--conference-date`); absent: the plan's own, if any. */
  conferenceDate?: string;
}

export interface CheckOutcome {
  result: CheckResult;
  /** The workbook's name, as the summary and the export name it. */
  workbookName: string;
  /** The unit the check was given (absent: inferred); the export names the same unit. */
  unit?: string;
  /** The summary sheet written (Tổng hợp, or Tổng hợp (kiểm tra) when the user has one). */
  summarySheet?: string;
  /** The conference date the check was given (absent: none, or the plan's own). */
  conferenceDate?: string;
  /**
   * The workbook as this check read it, so that the pane can say the same findings in
   * another language without reading Excel again (absent: it cannot).
   */
  model?: WorkbookModel;
}

export interface PaneServices {
  /** Where the pane runs; the preview says so in its header. */
  kind: 'excel' | 'preview';
  /** A sentence when this Excel lacks what the pane needs; null when it is fine. */
  unsupported(): string | null;
  load(): Promise<Saved>;
  /** Stores the plan: by id when it is an unedited preset, else the whole plan. */
  savePlan(plan: Plan, presetId: string | null): Promise<void>;
  saveMapping(mapping: Mapping | null): Promise<void>;
  saveWaivers(waivers: Waiver[]): Promise<void>;
  /** Stores the workbook's unit (null or empty removes it). */
  saveUnit(unit: string | null): Promise<void>;
  /** Stores the summary conference's date, `YYYY-MM-DD` (null removes it). */
  saveConferenceDate(iso: string | null): Promise<void>;
  recognise(plan: Plan | null, mapping: Mapping | null, lang: Lang): Promise<SheetRecognition[]>;
  /** Reads, checks, writes the status columns and the summary sheet. */
  check(input: CheckInput, onProgress: ProgressFn): Promise<CheckOutcome>;
  /** Rewrites the summary sheet and the status columns with the current waivers. */
  updateSummary(input: CheckInput, onProgress: ProgressFn): Promise<CheckOutcome>;
  /** Removes everything the tool wrote. */
  clearFlags(onProgress: ProgressFn): Promise<void>;
  /** Activates the sheet and selects the row (from column A to `lastColumn`, 1-based). */
  select(sheet: string, row: number, lastColumn: number): Promise<void>;
  /**
   * Hands a finished .xlsx to the user: opened as a new workbook in Excel when the host has
   * `Excel.createWorkbook` (ExcelApi 1.8), else (and in the preview) offered as a download.
   */
  openFile(fileName: string, bytes: Uint8Array): Promise<'opened' | 'downloaded'>;
  /**
   * Offers any other finished file (a Word dossier: Excel cannot open it as a workbook) as a
   * download of this MIME type.
   */
  downloadFile(fileName: string, bytes: Uint8Array, type: string): Promise<void>;
}
