/**
 * Property tests of the engine: on any grid of cells, under every preset, `check()` never
 * throws, its findings are sorted and point at rows that exist, a re-run gives the same
 * result, and the status texts it plans to write only ever land on empty cells.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { check, type CheckResult } from '../../src/engine/check';
import type { Cell, WorkbookModel } from '../../src/engine/model';
import { getPreset, PRESETS } from '../../src/engine/plan/presets';
import { buildFlagPlan } from '../../src/engine/output/flags';
import { buildReport } from '../../src/engine/output/report';
import { buildSummarySheet } from '../../src/engine/output/summary-sheet';
import { STATUS_HEADER } from '../../src/engine/detect/tables';
import { SEED, workbookModel } from './arbitraries';

const NUM_RUNS = 200;
const now = () => new Date('2021-06-01T00:00:00Z');

function run(model: WorkbookModel, planId: string, lang: 'vi' | 'en' = 'vi'): CheckResult {
  return check({ model, plan: getPreset(planId)!, lang, now, conferenceDate: '2021-06-10' });
}

/** The result without the context's closures (new functions on every run, equal in behaviour). */
function comparable(r: CheckResult): unknown {
  return { ...r, context: Object.fromEntries(Object.entries(r.context).filter(([, v]) => typeof v !== 'function')) };
}

/**
 * A cell holds nothing at all: no value, no displayed text. An empty string is a value (a
 * formula giving ""); adapters leave truly empty cells out (Office's '' for them included).
 */
function trulyEmpty(c: Cell | null | undefined): boolean {
  return !c || ((c.v === null || c.v === undefined) && !c.t);
}

function assertInvariants(model: WorkbookModel, r: CheckResult, planId: string): void {
  const sheets = new Map(model.sheets.map((s) => [s.name, s]));

  // Sorted by sheet, first row, rule.
  for (let i = 1; i < r.findings.length; i++) {
    const a = r.findings[i - 1]!;
    const b = r.findings[i]!;
    const ka = [a.sheet, a.rows[0] ?? 0, a.rule] as const;
    const kb = [b.sheet, b.rows[0] ?? 0, b.rule] as const;
    const order =
      ka[0] !== kb[0] ? (ka[0] < kb[0] ? -1 : 1) : ka[1] !== kb[1] ? ka[1] - kb[1] : ka[2] === kb[2] ? 0 : ka[2] < kb[2] ? -1 : 1;
    expect(order, `findings ${i - 1} and ${i} out of order`).toBeLessThanOrEqual(0);
  }

  // Every finding names a sheet of the workbook and rows that exist and hold something.
  for (const f of r.findings) {
    const s = sheets.get(f.sheet);
    expect(s, `finding ${f.rule} names sheet "${f.sheet}"`).toBeDefined();
    for (const row of f.rows) {
      expect(
        Number.isInteger(row) && row >= 1 && row <= s!.rows.length,
        `${f.rule} row ${row} of "${f.sheet}" (${s!.rows.length} rows)`,
      ).toBe(true);
      expect(
        s!.rows[row - 1]?.some((c) => !trulyEmpty(c)),
        `${f.rule} row ${row} of "${f.sheet}" is empty`,
      ).toBe(true);
    }
    expect(typeof f.message).toBe('string');
    expect(f.message.length).toBeGreaterThan(0);
  }
  expect(r.summary.errors).toBe(r.findings.filter((f) => f.severity === 'error' && !f.waived).length);

  // The status column and its header only ever go into cells the user left empty.
  for (const s of buildFlagPlan(r).sheets) {
    const sheet = sheets.get(s.sheet)!;
    const col = s.statusColumn - 1;
    expect(col, `status column of "${s.sheet}"`).toBeGreaterThanOrEqual(s.lastColumn === 0 ? 0 : 1);
    const reused = sheet.rows[s.headerRows[0]! - 1]?.[col];
    // A column headed by thidua's own heading is an earlier run's status column: it is ours.
    if (reused && typeof reused.v === 'string' && reused.v.trim() === STATUS_HEADER) continue;
    // The add-in writes the status column as one block, header to last data row.
    for (let row = s.headerRows[0]!; row <= s.lastDataRow; row++) {
      const target = sheet.rows[row - 1]?.[col];
      const inMerge = sheet.merged?.some((m) => m.top <= row && row <= m.bottom && m.left <= s.statusColumn && s.statusColumn <= m.right);
      expect(inMerge, `"${s.sheet}" row ${row} column ${s.statusColumn} is inside a merged area`).toBeFalsy();
      expect(trulyEmpty(target), `"${s.sheet}" row ${row} column ${s.statusColumn} holds ${JSON.stringify(target)} (plan ${planId})`).toBe(
        true,
      );
    }
    for (const row of s.statuses.keys()) {
      expect(row >= s.firstDataRow && row <= s.lastDataRow, `status row ${row} outside ${s.firstDataRow}–${s.lastDataRow}`).toBe(true);
    }
  }
}

describe('check() on arbitrary workbooks', () => {
  // Each check of a 40×12 grid takes a few milliseconds: 200 runs per property keep the file
  // within a few seconds on CI's two cores.
  const TIMEOUT = 120_000;

  it.each(PRESETS.map((p) => p.id))(
    '%s: never throws; findings sorted, on rows of the sheet; status only on empty cells',
    (planId) => {
      let detected = 0;
      let withFindings = 0;
      const plan = getPreset(planId)!;
      fc.assert(
        fc.property(workbookModel, fc.constantFrom<'vi' | 'en'>('vi', 'en'), (model, lang) => {
          const before = structuredClone(model);
          const r = check({ model, plan, lang, now, conferenceDate: '2021-06-10' });
          // The engine does not touch its input.
          expect(model).toEqual(before);
          assertInvariants(model, r, planId);
          // What the shells build from a result does not throw either, and serialises.
          expect(() => JSON.stringify(buildReport(r, plan, model.name))).not.toThrow();
          expect(buildSummarySheet(r, plan, model.name, lang).rows.length).toBeGreaterThan(0);
          if (r.tables.length) detected++;
          if (r.findings.length) withFindings++;
        }),
        { seed: SEED, numRuns: NUM_RUNS },
      );
      // The generator is worth its runs only if tables are found and rules fire.
      expect(detected).toBeGreaterThan(NUM_RUNS * 0.4);
      expect(withFindings).toBeGreaterThan(NUM_RUNS * 0.1);
    },
    TIMEOUT,
  );

  it(
    'gives the same result on a re-run (checkedAt aside), under any preset and language',
    () => {
      fc.assert(
        fc.property(
          workbookModel,
          fc.constantFrom(...PRESETS.map((p) => p.id)),
          fc.constantFrom<'vi' | 'en'>('vi', 'en'),
          (model, planId, lang) => {
            const copy = structuredClone(model);
            const a = run(model, planId, lang);
            const b = run(copy, planId, lang);
            expect(comparable(b)).toEqual(comparable(a));
            const plan = getPreset(planId)!;
            expect(JSON.stringify(buildReport(b, plan, model.name))).toBe(JSON.stringify(buildReport(a, plan, model.name)));
          },
        ),
        { seed: SEED + 1, numRuns: NUM_RUNS },
      );
    },
    TIMEOUT,
  );
});

describe('the status column', () => {
  it('never lands on a cell holding only a space, an invisible character or "" (they are user cells)', () => {
    for (const filler of [' ', '\u00A0', '\u200B', '']) {
      const model: WorkbookModel = {
        name: 't.xlsx',
        sheets: [
          {
            name: 'Tỷ lệ cử tri',
            rows: [
              [{ v: 'STT' }, { v: 'Đơn vị' }, { v: 'Số cử tri' }, { v: 'Số cử tri đã bỏ phiếu' }],
              [{ v: 1 }, { v: 'Xã An Bình' }, { v: 1000 }, { v: 900 }, { v: filler }],
              [{ v: 2 }, { v: 'Xã Vũ Hội' }, { v: 1000 }, { v: 999 }],
            ],
          },
        ],
      };
      const r = run(model, 'thai-binh-32-2021');
      const flags = buildFlagPlan(r).sheets[0]!;
      expect(flags.statuses.has(2)).toBe(true);
      expect(flags.statusColumn, JSON.stringify(filler)).toBe(6);
    }
  });

  it('keeps clear of cells on the first data row of a table without data rows (the block the add-in writes)', () => {
    const model: WorkbookModel = {
      name: 't.xlsx',
      sheets: [
        {
          name: 'Sheet1',
          rows: [
            [null, { v: 'Đơn vị công tác' }, null, { v: 'Tổng số cử tri' }, { v: 'Đã bỏ phiếu' }],
            [null, { v: 'Ghi chú' }, null, null, { v: 'stt' }, { v: 'stt' }],
          ],
        },
      ],
    };
    const flags = buildFlagPlan(run(model, 'thai-binh-32-2021')).sheets[0]!;
    expect(flags.lastDataRow).toBe(2);
    expect(flags.statusColumn).toBe(7);
  });
});
