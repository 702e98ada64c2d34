/**
 * Property test of the file port (src/port/file-workbook.ts over the package module): on any
 * workbook — written by exceljs, an independent writer, with the user's fills, borders,
 * formats, fonts, widths and merged areas — check → write flags → write summary gives a copy
 * where every user cell is as it was (read back by exceljs), the statuses sit in their own
 * cells, and checking the copy again replaces thidua's cells and summary rather than adding
 * more; clearing the flags gives back exactly the bytes the workbook was opened from.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import ExcelJS from 'exceljs';
import { check } from '../../src/engine/check';
import type { WorkbookModel } from '../../src/engine/model';
import { getPreset, PRESETS } from '../../src/engine/plan/presets';
import { buildFlagPlan, type FlagPlan } from '../../src/engine/output/flags';
import { buildSummarySheet } from '../../src/engine/output/summary-sheet';
import { messages } from '../../src/engine/i18n';
import { FileWorkbook } from '../../src/port/file-workbook';
import { modelToWorkbook } from '../helpers/exceljs-model';
import { SEED, workbookModel } from './arbitraries';

const NUM_RUNS = 200;
const now = () => new Date('2021-06-01T00:00:00Z');

/** Formatting a user gives cells they leave empty: fills, borders, formats, merged areas, widths. */
interface Decoration {
  sheet: number;
  row: number;
  col: number;
  kind: 'fill' | 'border' | 'numFmt' | 'merge' | 'width' | 'font';
  size: number;
}

const decoration: fc.Arbitrary<Decoration> = fc.record({
  sheet: fc.nat(2),
  row: fc.integer({ min: 1, max: 45 }),
  col: fc.integer({ min: 1, max: 16 }),
  kind: fc.constantFrom('fill', 'border', 'numFmt', 'merge', 'width', 'font'),
  size: fc.integer({ min: 1, max: 4 }),
});

function decorate(wb: ExcelJS.Workbook, decorations: Decoration[]): void {
  const sheets = wb.worksheets;
  const merged = new Set<string>();
  for (const d of decorations) {
    const ws = sheets[d.sheet % sheets.length]!;
    const cell = ws.getCell(d.row, d.col);
    switch (d.kind) {
      case 'fill':
        cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF92D050' } };
        break;
      case 'border':
        cell.border = { top: { style: 'thin' }, bottom: { style: 'thin' }, left: { style: 'thin' }, right: { style: 'thin' } };
        break;
      case 'numFmt':
        cell.numFmt = '#,##0.00';
        break;
      case 'font':
        cell.font = { italic: true, color: { argb: 'FFC00000' } };
        break;
      case 'width':
        ws.getColumn(d.col).width = 5 + d.size * 7;
        break;
      case 'merge': {
        // Merged areas may not overlap: keep each one to cells no earlier area covers.
        const cells: string[] = [];
        for (let r = d.row; r < d.row + d.size; r++) for (let c = d.col; c < d.col + 2; c++) cells.push(`${ws.id}:${r}:${c}`);
        if (cells.some((k) => merged.has(k))) break;
        cells.forEach((k) => merged.add(k));
        ws.mergeCells(d.row, d.col, d.row + d.size - 1, d.col + 1);
        break;
      }
    }
  }
}

function plainValue(v: ExcelJS.CellValue): unknown {
  if (v instanceof Date) return { date: v.getTime() };
  return v === undefined ? null : JSON.parse(JSON.stringify(v));
}

function styleOf(cell: ExcelJS.Cell): string {
  const s = cell.style ?? {};
  const keys = Object.keys(s)
    .filter((k) => (s as Record<string, unknown>)[k] !== undefined)
    .sort();
  return JSON.stringify(keys.map((k) => [k, (s as Record<string, unknown>)[k]]));
}

interface Snapshot {
  sheets: { name: string; state: string; cells: Record<string, unknown>; widths: Record<number, number>; merges: string[]; cf: string }[];
}

/** Everything of a workbook a user could see that thidua might touch. */
function snapshot(wb: ExcelJS.Workbook): Snapshot {
  return {
    sheets: wb.worksheets.map((ws) => {
      const cells: Record<string, unknown> = {};
      ws.eachRow({ includeEmpty: true }, (row) =>
        row.eachCell({ includeEmpty: true }, (cell) => {
          const style = styleOf(cell);
          // A cell object with no value and no formatting is the same as no cell at all.
          if ((cell.value === null || cell.value === undefined) && style === '[]') return;
          cells[cell.address] = { value: plainValue(cell.value), numFmt: cell.numFmt ?? null, style, type: cell.type };
        }),
      );
      const widths: Record<number, number> = {};
      (ws.columns ?? []).forEach((c, i) => {
        if (c.width !== undefined) widths[i + 1] = c.width;
      });
      const model = ws.model as unknown as { merges?: string[] };
      return {
        name: ws.name,
        state: ws.state ?? 'visible',
        cells,
        widths,
        merges: [...(model.merges ?? [])].sort(),
        cf: JSON.stringify((ws as unknown as { conditionalFormattings?: unknown[] }).conditionalFormattings ?? []),
      };
    }),
  };
}

async function checkAndWrite(port: FileWorkbook, planId: string, lang: 'vi' | 'en'): Promise<{ summaryName: string; flags: FlagPlan }> {
  const plan = getPreset(planId)!;
  const model = await port.readModel();
  const result = check({ model, plan, lang, now });
  const flags = buildFlagPlan(result);
  await port.writeFlags(flags);
  const m = messages(lang).summary;
  const summaryName = await port.writeSummary(buildSummarySheet(result, plan, port.name, lang), {
    preferred: m.sheetName,
    alternative: m.sheetNameAlt,
  });
  return { summaryName, flags };
}

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

/** Each status text sits in its own cell of the status column (not in a merged area's first cell). */
function assertStatusesInPlace(wb: ExcelJS.Workbook, flags: FlagPlan): void {
  for (const s of flags.sheets) {
    const ws = wb.getWorksheet(s.sheet)!;
    for (const [row, text] of [[s.headerRows[0]!, s.header] as const, ...s.statuses]) {
      const c = ws.getCell(row, s.statusColumn);
      expect(c.isMerged, `${s.sheet}!${c.address} is inside a merged area`).toBe(false);
      expect(c.value, `${s.sheet}!${c.address}`).toBe(text);
    }
  }
}

function hiddenStates(model: WorkbookModel, wb: ExcelJS.Workbook): void {
  model.sheets.forEach((s, i) => {
    if (s.hidden) wb.worksheets[i]!.state = i % 2 ? 'veryHidden' : 'hidden';
  });
}

/** The user's cells (those holding a value) of `before` are in `after` unchanged. */
function userCellsKept(before: Snapshot, after: Snapshot, when: string): void {
  for (const s of before.sheets) {
    const now = after.sheets.find((x) => x.name === s.name)!;
    expect(now, s.name).toBeDefined();
    expect(now.state).toBe(s.state);
    expect(now.merges).toEqual(s.merges);
    for (const [addr, c] of Object.entries(s.cells)) {
      if ((c as { value: unknown }).value !== null) expect(now.cells[addr], `${s.name}!${addr} ${when}`).toEqual(c);
    }
  }
}

describe('the file port: check, write, re-check and clear', () => {
  it('keeps every user cell, replaces its own cells on a re-check, and clear gives back the input bytes', async () => {
    let flagged = 0;
    await fc.assert(
      fc.asyncProperty(
        workbookModel,
        fc.array(decoration, { maxLength: 12 }),
        fc.constantFrom(...PRESETS.map((p) => p.id)),
        fc.constantFrom<'vi' | 'en'>('vi', 'en'),
        async (model, decorations, planId, lang) => {
          const wb = modelToWorkbook(model);
          hiddenStates(model, wb);
          decorate(wb, decorations);
          const input = new Uint8Array(await wb.xlsx.writeBuffer());
          const original = Buffer.from(input);
          const before = snapshot(await load(input));
          const port = FileWorkbook.open(input, 'property.xlsx');

          const { summaryName, flags } = await checkAndWrite(port, planId, lang);
          const copy = await port.toBytes();
          const during = snapshot(await load(copy));
          assertStatusesInPlace(await load(copy), flags);
          userCellsKept(before, during, 'while flagged');
          expect(during.sheets.map((s) => s.name)).toEqual([...before.sheets.map((s) => s.name), summaryName]);
          if (flags.sheets.some((s) => s.statuses.size)) flagged++;

          // The user checks the flagged copy again: thidua's own cells and summary are replaced, not repeated.
          const again = FileWorkbook.open(copy, 'property.xlsx');
          const second = await checkAndWrite(again, planId, lang);
          const copy2 = await again.toBytes();
          expect(second.summaryName).toBe(summaryName);
          const after = snapshot(await load(copy2));
          assertStatusesInPlace(await load(copy2), second.flags);
          userCellsKept(before, after, 'after a re-check');
          expect(after.sheets.map((s) => s.name)).toEqual(during.sheets.map((s) => s.name));

          // Writing the copies never touched the bytes the workbook was opened from; clearing gives them back.
          expect(Buffer.from(input).equals(original)).toBe(true);
          await port.clearFlags();
          expect(Buffer.from(await port.toBytes()).equals(original)).toBe(true);
        },
      ),
      { seed: SEED + 2, numRuns: NUM_RUNS },
    );
    expect(flagged).toBeGreaterThan(NUM_RUNS / 4);
  }, 300_000);
});

describe('the file port around merged areas', () => {
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
    const wb = modelToWorkbook(model);
    wb.worksheets[0]!.mergeCells('E2:F4');
    const input = new Uint8Array(await wb.xlsx.writeBuffer());
    const original = Buffer.from(input);
    const before = snapshot(await load(input));
    const port = FileWorkbook.open(input, 'm.xlsx');
    const { flags } = await checkAndWrite(port, 'thai-binh-32-2021', 'vi');
    expect([...flags.sheets[0]!.statuses.keys()]).toEqual([2, 3]);
    const copy = await load(await port.toBytes());
    assertStatusesInPlace(copy, flags);
    userCellsKept(before, snapshot(copy), 'while flagged');
    await port.clearFlags();
    expect(Buffer.from(await port.toBytes()).equals(original)).toBe(true);
  });
});
