/**
 * An in-memory fake of the part of the Excel JavaScript API (and of `Office`) that the
 * Office adapter uses, for tests and for the browser preview. Browser-safe: no Node APIs.
 *
 *   const fake = createFakeExcel({ sheets: [{ name: 'DS', cells: [['STT', 'Họ tên']] }] });
 *   const port = new OfficeWorkbook(fake.Excel, { office: fake.Office });
 *   fake.stats.syncs; snapshot(fake.state); fake.reopen();
 *
 * `Excel.createWorkbook(base64)` (ExcelApi 1.8) records the file in `state.createdWorkbooks`
 * (tests read it back with exceljs); it opens nothing and fails when the API sets given do
 * not include ExcelApi 1.8, as an older Excel would.
 *
 * What it does NOT model: formula calculation (a formula written keeps no result),
 * recalculation and `suspendApiCalculationUntilNextSync` beyond recording it, Excel's full
 * number formatter and locale-dependent input parsing (input is read as en-US numbers and
 * day-first dates), styles/themes/borders/alignment other than wrap and vertical, row
 * heights, tables, data validation, protection, events, undo, merged-cell writes (merges
 * are read-only), conditional formats other than custom formula rules, the `$top`/`$skip`
 * collection options, navigation paths in `load()` (`format/fill/color`), the exact bytes
 * of Excel's wire format (the request counter is JSON of arguments plus a fixed overhead
 * per operation), time-outs and concurrent edits by the user.
 */
import type { WorkbookModel, Cell } from '../../src/engine/model';
import { isCellError } from '../../src/engine/model';
import { isDateFormat } from '../../src/engine/normalize/date';
import { parseLocal, rectAddress } from './address';
import { DEFAULT_LIMITS, EXCEL_ENUMS, FakeRequestContext, newStats, type FakeEnv, type FakeLimits, type FakeStats } from './api';
import type { FakeLocale } from './format';
import { createOffice, type FakeOffice } from './office';
import {
  buildState,
  dateToSerial,
  snapshot,
  type FakeCellInit,
  type FakeSheetInit,
  type FakeWorkbookInit,
  type FakeWorkbookState,
} from './state';

export type { FakeCellInit, FakeSheetInit, FakeWorkbookInit, FakeWorkbookState, FakeStats, FakeLimits, FakeOffice };
export type { FakeCell, FakeSheet, WorkbookSnapshot, SheetSnapshot } from './state';
export { FakeOfficeError, utf8Length } from './api';
export { snapshot };

export interface FakeExcelOptions {
  /** Locale of displayed text (`Range.text`): vi-VN shows `98,5%`, `6.850`. Default vi-VN. */
  locale?: FakeLocale;
  limits?: Partial<FakeLimits>;
  /** Highest version per requirement set. Default `{ ExcelApi: '1.17' }`. */
  apiSets?: Record<string, string>;
  displayLanguage?: string;
  platform?: string;
}

export interface FakeExcel {
  /** Pass as the adapter's `excel` (cast: `fake.Excel as unknown as typeof Excel`). */
  Excel: {
    run<T>(batch: (context: FakeRequestContext) => Promise<T>): Promise<T>;
    RequestContext: typeof FakeRequestContext;
    /** ExcelApi 1.8: records the file in `state.createdWorkbooks`. */
    createWorkbook(base64?: string): Promise<void>;
  } & typeof EXCEL_ENUMS;
  Office: FakeOffice;
  state: FakeWorkbookState;
  stats: FakeStats;
  limits: FakeLimits;
  /** The same workbook closed and opened again: unsaved settings are lost, ids of conditional formats change. */
  reopen(): FakeExcel;
  /** Makes the n-th sync from now fail (nothing of it applied), as a dropped connection would. */
  failSync(n: number, code?: string): void;
}

function make(state: FakeWorkbookState, opts: FakeExcelOptions): FakeExcel {
  const stats = newStats();
  const limits: FakeLimits = { ...DEFAULT_LIMITS, ...opts.limits };
  const env: FakeEnv = { state, limits, stats };
  const apiSets = opts.apiSets ?? { ExcelApi: '1.17' };
  const Excel = {
    ...EXCEL_ENUMS,
    RequestContext: FakeRequestContext,
    async run<T>(batch: (context: FakeRequestContext) => Promise<T>): Promise<T> {
      stats.runs++;
      const ctx = new FakeRequestContext(env);
      const out = await batch(ctx);
      if (ctx._queue.length) {
        throw new Error(
          `fake-excel: Excel.run ended with ${ctx._queue.length} queued operation(s) never synced (first: ${ctx._queue[0]!.where})`,
        );
      }
      return out;
    },
    async createWorkbook(base64?: string): Promise<void> {
      const have = (apiSets.ExcelApi ?? '0').split('.').map(Number);
      if (have[0]! < 1 || (have[0] === 1 && (have[1] ?? 0) < 8)) {
        throw Object.assign(new Error('fake-excel: Excel.createWorkbook needs ExcelApi 1.8'), { code: 'ApiNotFound' });
      }
      if (base64 !== undefined && !/^[A-Za-z0-9+/]*={0,2}$/.test(base64)) {
        throw Object.assign(new Error('fake-excel: createWorkbook expects base64'), { code: 'InvalidArgument' });
      }
      state.createdWorkbooks.push(base64 ?? '');
    },
  };
  const Office = createOffice(state, stats, {
    apiSets,
    displayLanguage: opts.displayLanguage ?? 'vi-VN',
    platform: opts.platform ?? 'OfficeOnline',
  });
  return {
    Excel,
    Office,
    state,
    stats,
    limits,
    failSync(n: number, code = 'GeneralException') {
      env.failAt = { sync: stats.syncs + n, code };
    },
    reopen() {
      state.session++;
      for (const s of state.sheets) for (const cf of s.cfs) cf.id = `{CF-${state.session}-${state.nextCf++}}`;
      return make(state, opts);
    },
  };
}

export function createFakeExcel(initial: FakeWorkbookInit, opts: FakeExcelOptions = {}): FakeExcel {
  return make(buildState(initial, opts.locale ?? 'vi-VN'), opts);
}

export interface FromModelOptions {
  /** Merged areas per sheet (`A1:C1`): covered cells are emptied, as in a real workbook. */
  merges?: Record<string, string[]>;
  /** Keep the model's displayed text (`t`) as the cell's text; default: computed from the format. */
  keepText?: boolean;
}

function cellInit(c: Cell, keepText: boolean): FakeCellInit {
  const v = c.v;
  if (v instanceof Date)
    return { v: dateToSerial(v), nf: isDateFormat(c.f) ? c.f! : 'dd/mm/yyyy', ...(keepText && c.t !== undefined ? { text: c.t } : {}) };
  if (isCellError(v)) return { error: v.error, ...(c.f ? { nf: c.f } : {}) };
  return { v, ...(c.f ? { nf: c.f } : {}), ...(keepText && c.t !== undefined ? { text: c.t } : {}) };
}

/** Seeds a fake from an engine model (as the exceljs adapter or the test helpers build it). */
export function fakeFromModel(model: WorkbookModel, opts: FromModelOptions = {}): FakeWorkbookInit {
  return {
    name: model.name,
    sheets: model.sheets.map((s): FakeSheetInit => {
      const cells: (FakeCellInit | null)[][] = s.rows.map((row) =>
        (row ?? []).map((c) => (c && c.v !== null && c.v !== undefined ? cellInit(c, !!opts.keepText) : null)),
      );
      const merges = opts.merges?.[s.name] ?? [];
      for (const m of merges) {
        const r = parseLocal(m);
        if (!r) throw new Error(`bad merge ${m}`);
        for (let row = r.r1; row <= r.r2; row++) {
          for (let col = r.c1; col <= r.c2; col++) {
            if (row === r.r1 && col === r.c1) continue;
            const line = cells[row - 1];
            if (line && line[col - 1] !== undefined) line[col - 1] = null;
          }
        }
      }
      return {
        name: s.name,
        cells,
        ...(merges.length ? { merges: merges.map((m) => rectAddress(parseLocal(m)!)) } : {}),
        ...(s.hidden ? { visibility: 'Hidden' as const } : {}),
      };
    }),
  };
}
