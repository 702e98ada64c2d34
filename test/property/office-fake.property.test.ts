/**
 * The same property as on the exceljs port, on the Office.js adapter against the in-memory
 * Excel fake: check → flags → summary (twice, as a user re-checks) → clear leaves every
 * cell, format, merged area, conditional format, width and sheet exactly as it was, and no
 * user cell changes while the flags are on.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { columnLetter, type WorkbookModel } from '../../src/engine/model';
import { getPreset, PRESETS } from '../../src/engine/plan/presets';
import { OfficeWorkbook } from '../../src/port/office-adapter';
import { NoTableError, runCheckInExcel } from '../../src/port/office-check';
import { createFakeExcel, fakeFromModel, snapshot, type FakeCellInit, type FakeExcel, type FakeWorkbookInit } from '../fake-excel';
import { SEED, workbookModel } from './arbitraries';

const NUM_RUNS = 200;
const now = () => new Date('2021-06-01T00:00:00Z');

interface Decoration {
  sheet: number;
  row: number;
  col: number;
  kind: 'fill' | 'italic' | 'nf' | 'width' | 'cf';
}

const decoration: fc.Arbitrary<Decoration> = fc.record({
  sheet: fc.nat(2),
  row: fc.integer({ min: 1, max: 45 }),
  col: fc.integer({ min: 1, max: 16 }),
  kind: fc.constantFrom('fill', 'italic', 'nf', 'width', 'cf'),
});

/** The fake's workbook for a model: its merged areas, hidden sheets, and formatting on empty cells. */
function initOf(model: WorkbookModel, decorations: Decoration[]): FakeWorkbookInit {
  const merges: Record<string, string[]> = {};
  for (const s of model.sheets) {
    // Merged areas may not overlap: keep those clear of earlier ones.
    const kept: NonNullable<typeof s.merged> = [];
    for (const m of s.merged ?? []) {
      if (kept.some((k) => k.left <= m.right && m.left <= k.right && k.top <= m.bottom && m.top <= k.bottom)) continue;
      if (m.top === m.bottom && m.left === m.right) continue;
      kept.push(m);
    }
    merges[s.name] = kept.map((m) => `${columnLetter(m.left)}${m.top}:${columnLetter(m.right)}${m.bottom}`);
  }
  const init = fakeFromModel(model, { merges });
  for (const d of decorations) {
    const s = init.sheets[d.sheet % init.sheets.length]!;
    if (d.kind === 'width') {
      s.columnWidths = { ...s.columnWidths, [columnLetter(d.col)]: 20 + d.row };
      continue;
    }
    if (d.kind === 'cf') {
      s.conditionalFormats = [
        ...(s.conditionalFormats ?? []),
        { range: `A1:${columnLetter(d.col)}${d.row}`, formula: `=$A1>${d.row}`, fill: '#00B050' },
      ];
      continue;
    }
    const row = (s.cells[d.row - 1] ??= []);
    const cur = row[d.col - 1];
    // Only empty cells are decorated here: filled ones keep the value the model gave them.
    if (cur !== null && cur !== undefined) continue;
    const deco: FakeCellInit = d.kind === 'fill' ? { fill: '#92D050' } : d.kind === 'italic' ? { italic: true } : { nf: '#,##0.00' };
    row[d.col - 1] = deco;
  }
  return init;
}

function portOf(fake: FakeExcel): OfficeWorkbook {
  return new OfficeWorkbook(fake.Excel as unknown as typeof Excel, { office: fake.Office as unknown as typeof Office });
}

async function cycle(fake: FakeExcel, planId: string, lang: 'vi' | 'en'): Promise<boolean> {
  try {
    await runCheckInExcel(portOf(fake), { plan: getPreset(planId)!, lang, now });
    return true;
  } catch (e) {
    if (e instanceof NoTableError) return false;
    throw e;
  }
}

describe('the Office adapter on the Excel fake: check then clear restores the workbook', () => {
  it('restores every cell, format, merge, width and sheet after two checks and a clear; never writes a user cell', async () => {
    let flagged = 0;
    await fc.assert(
      fc.asyncProperty(
        workbookModel,
        fc.array(decoration, { maxLength: 10 }),
        fc.constantFrom(...PRESETS.map((p) => p.id)),
        fc.constantFrom<'vi' | 'en'>('vi', 'en'),
        async (model, decorations, planId, lang) => {
          const fake = createFakeExcel(initOf(model, decorations));
          const before = snapshot(fake.state);
          if (!(await cycle(fake, planId, lang))) {
            // Nothing recognised: nothing written.
            expect(snapshot(fake.state)).toEqual(before);
            return;
          }
          flagged++;
          const during = snapshot(fake.state);
          for (const s of before.sheets) {
            const now = during.sheets.find((x) => x.name === s.name)!;
            expect(now, s.name).toBeDefined();
            for (const [addr, c] of Object.entries(s.cells)) {
              if ((c as { v?: unknown }).v !== undefined && (c as { v?: unknown }).v !== null)
                expect(now.cells[addr], `${s.name}!${addr} while flagged`).toEqual(c);
            }
            expect(now.merges).toEqual(s.merges);
          }
          await cycle(fake, planId, lang);
          await portOf(fake).clearFlags();
          expect(snapshot(fake.state)).toEqual(before);
        },
      ),
      { seed: SEED + 3, numRuns: NUM_RUNS },
    );
    expect(flagged).toBeGreaterThan(NUM_RUNS / 3);
  }, 120_000);
});

describe('the Office adapter around merged areas', () => {
  it('does not put a status into an empty merged area right of the table', async () => {
    const model: WorkbookModel = {
      name: 'm.xlsx',
      sheets: [
        {
          name: 'Tỷ lệ cử tri',
          rows: [
            [{ v: 'STT' }, { v: 'Đơn vị' }, { v: 'Số cử tri' }, { v: 'Số cử tri đã bỏ phiếu' }],
            [{ v: 1 }, { v: 'Xã An Bình' }, { v: 1000 }, { v: 900 }],
            [{ v: 2 }, { v: 'Xã Vũ Hội' }, { v: 1000 }, { v: 950 }],
            [{ v: 3 }, { v: 'Xã Vũ Tiến' }, { v: 1000 }, { v: 999 }],
          ],
        },
      ],
    };
    const fake = createFakeExcel(fakeFromModel(model, { merges: { 'Tỷ lệ cử tri': ['E2:F4'] } }));
    const before = snapshot(fake.state);
    expect(await cycle(fake, 'thai-binh-32-2021', 'vi')).toBe(true);
    const ws = fake.state.sheet('Tỷ lệ cử tri')!;
    const statusCol = [5, 6, 7].find((c) => ws.cell(1, c)?.v === 'Kết quả kiểm tra');
    expect(statusCol, 'status column clear of E2:F4').toBe(7);
    expect(String(ws.cell(2, 7)?.v)).toMatch(/^✖/);
    await portOf(fake).clearFlags();
    expect(snapshot(fake.state)).toEqual(before);
  });
});
