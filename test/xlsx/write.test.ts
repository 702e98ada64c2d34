/**
 * Workbooks written from scratch (the summary export, the roll-up's sheets, the data block):
 * read back by exceljs and openpyxl, both independent of the writer, and by the module itself.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { writeWorkbook, XlsxPackage, type NewSheet } from '../../src/xlsx';
import { openpyxl } from './copy-checks';

const tmp = mkdtempSync(join(tmpdir(), 'thidua-write-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const SHEETS: NewSheet[] = [
  {
    name: 'Tổng hợp',
    widths: [6, 52, 14],
    rows: [
      [{ v: 'TỔNG HỢP KẾT QUẢ KIỂM TRA THI ĐUA', bold: true, style: 'title' }],
      [
        { v: 'STT', bold: true, style: 'header' },
        { v: 'Đơn vị', bold: true, style: 'header' },
        { v: 'Tỷ lệ', bold: true, style: 'header' },
      ],
      [{ v: 1 }, { v: 'Xã An Bình', link: { sheet: "DS 'Vũ Thư' #1", row: 12 } }, { v: 0.976, numFmt: '0.00%', style: 'error' }],
      [{ v: 2 }, { v: '=HYPERLINK("http://x","y")' }, { v: 6850, numFmt: '#,##0' }],
      [{ v: '' }, { v: `Một lời nhắn rất dài ${'để xuống dòng '.repeat(12)}`, wrap: true }],
      [{ v: 'Dòng 1\rDòng 2 _x0041_ \u0001' }],
    ],
  },
  {
    name: "DS 'Vũ Thư' #1",
    state: 'hidden',
    widths: [16, 36],
    rows: [
      [],
      [{ v: 'Họ và tên', bold: true }, { v: true }],
      [{ v: new Date(Date.UTC(1980, 4, 23)), numFmt: 'dd/mm/yyyy' }, { v: new Date(Date.UTC(2021, 4, 23, 12)) }],
    ],
  },
  { name: 'thidua_data', state: 'veryHidden', widths: [], rows: [[{ v: 'thidua-summary/v1' }], [{ v: '{"a":1}' }]] },
];

describe('writeWorkbook', () => {
  const bytes = writeWorkbook(SHEETS);

  it('gives the same bytes for the same sheets', () => {
    expect(Buffer.from(writeWorkbook(SHEETS)).equals(Buffer.from(bytes))).toBe(true);
  });

  it('is read back by exceljs: names, states, values, formats, bold, fills, wrap, row height', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => [w.name, w.state])).toEqual([
      ['Tổng hợp', 'visible'],
      ["DS 'Vũ Thư' #1", 'hidden'],
      ['thidua_data', 'veryHidden'],
    ]);
    const ws = wb.getWorksheet('Tổng hợp')!;
    expect(ws.getCell('A1').font?.bold).toBe(true);
    expect(ws.getCell('A2').fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } });
    expect(ws.getCell('C3').value).toBe(0.976);
    expect(ws.getCell('C3').numFmt).toBe('0.00%');
    expect(ws.getCell('C3').fill).toMatchObject({ fgColor: { argb: 'FFFFC7CE' } });
    expect(ws.getCell('C4').numFmt).toBe('#,##0');
    // A string that looks like a formula is text.
    expect(ws.getCell('B4').value).toBe('=HYPERLINK("http://x","y")');
    expect(ws.getCell('B4').formula).toBeUndefined();
    expect(ws.getCell('B5').alignment).toMatchObject({ wrapText: true, vertical: 'top' });
    // 189 characters in a column of 52 (about 57 a line): four lines of 15 points.
    expect(ws.getRow(5).height).toBe(60);
    expect(ws.getColumn(2).width).toBe(52);
    const other = wb.getWorksheet("DS 'Vũ Thư' #1")!;
    expect(other.getCell('A3').value).toEqual(new Date(Date.UTC(1980, 4, 23)));
    expect(other.getCell('B3').value).toEqual(new Date(Date.UTC(2021, 4, 23, 12)));
    expect(other.getCell('B2').value).toBe(true);
  });

  it('is read back by openpyxl: links inside the workbook, bold, widths', () => {
    const file = join(tmp, 'w.xlsx');
    writeFileSync(file, bytes);
    const book = openpyxl([file])[file]!;
    expect(book.error).toBeUndefined();
    const s = book.sheets[0]!;
    expect(s.links).toEqual({ B3: "'DS ''Vũ Thư'' #1'!A12" });
    expect(s.bold).toEqual(['A1', 'A2', 'B2', 'C2']);
    expect(s.widths).toEqual({ A: 6, B: 52, C: 14 });
    expect(s.cells.B4!.v).toBe('=HYPERLINK("http://x","y")');
    expect(book.sheets.map((x) => x.state)).toEqual(['visible', 'hidden', 'veryHidden']);
  });

  it('is read back by the module with control characters and underscores as they were', async () => {
    const pkg = XlsxPackage.open(bytes);
    const s = await pkg.readSheet(0);
    expect(s.rows[5]![0]!.v).toBe('Dòng 1\rDòng 2 _x0041_ \u0001');
    expect((await pkg.readSheet(2)).rows.map((r) => r![0]!.v)).toEqual(['thidua-summary/v1', '{"a":1}']);
  });
});
