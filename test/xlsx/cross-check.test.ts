/**
 * The package module's reader against the exceljs adapter it replaces (kept in
 * test/helpers/exceljs-model.ts): on every sample, every foreign re-save and every readable
 * hostile file that exceljs can read, both give exactly the same workbook model. Where they
 * differ, the file's XML decides, case by case below — and in each case the XML says the new
 * reader is right.
 */
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { mergedView } from '../../src/engine/detect/merged';
import type { SheetModel, WorkbookModel } from '../../src/engine/model';
import { XlsxPackage } from '../../src/xlsx';
import { workbookToModel } from '../helpers/exceljs-model';
import { readableCorpus } from '../hostile/make';
import { foreignFiles, MAIN, pkgWith, sampleFiles, stylesWith } from './fixtures';

/** A model as plain JSON (dates as ISO text, holes as nulls), for exact comparison. */
const plain = (m: unknown) => JSON.parse(JSON.stringify(m)) as WorkbookModel;

async function both(bytes: Uint8Array): Promise<{ ours: WorkbookModel; theirs: WorkbookModel | Error }> {
  const ours = plain(await XlsxPackage.open(bytes, { name: 'w.xlsx' }).readModel());
  let theirs: WorkbookModel | Error;
  try {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    theirs = plain(workbookToModel(wb, 'w.xlsx'));
  } catch (e) {
    theirs = e as Error;
  }
  return { ours, theirs };
}

const files = [
  ...sampleFiles().map((f) => ({ label: `examples/${f.sample}.xlsx`, bytes: () => readFileSync(f.path) })),
  ...foreignFiles(/\.xls[xm]$/).map((f) => ({ label: `foreign/${f.sample}/${f.file}`, bytes: () => readFileSync(f.path) })),
  ...readableCorpus().map((f) => ({ label: `hostile/${f.name}`, bytes: () => f.bytes })),
];

describe('the reader gives the model the exceljs adapter gave', () => {
  it('has files to compare', () => expect(files.length).toBeGreaterThanOrEqual(5 + 8));

  let compared = 0;
  let exceljsFailed = 0;
  it.each(files)('$label', async ({ bytes }) => {
    const { ours, theirs } = await both(bytes());
    if (theirs instanceof Error) {
      // exceljs cannot read it (drawings without the xdr: prefix, comments under xl/comments/):
      // the new reader must, with the sheets of the sample it re-saves.
      exceljsFailed++;
      expect(ours.sheets.length).toBeGreaterThan(0);
      return;
    }
    compared++;
    expect(ours).toEqual(theirs);
  });

  it('compared most files and read the ones exceljs refuses', () => {
    expect(compared).toBeGreaterThanOrEqual(files.length / 2);
    // The openpyxl files with a chart, a comment or a picture: exceljs issues #2591, #2797, #2949.
    if (foreignFiles().length) expect(exceljsFailed).toBeGreaterThan(0);
  });
});

/** The first sheet's rows of a one-sheet package, as each reader gives them. */
async function firstSheet(bytes: Uint8Array): Promise<{ ours: SheetModel; theirs: SheetModel | Error }> {
  const { ours, theirs } = await both(bytes);
  return { ours: ours.sheets[0]!, theirs: theirs instanceof Error ? theirs : theirs.sheets[0]! };
}

describe('where the readers differ, the XML decides', () => {
  it('a date cell (t="d", ISO 8601) is that date; exceljs read the year as a number', async () => {
    const { ours, theirs } = await firstSheet(pkgWith({ sheetData: '<row r="1"><c r="A1" t="d"><v>2021-05-23T00:00:00</v></c></row>' }));
    expect(ours.rows).toEqual([[{ v: '2021-05-23T00:00:00.000Z' }]]);
    expect((theirs as SheetModel).rows).toEqual([[{ v: 2021 }]]);
  });

  it('_xHHHH_ escapes are decoded in every string (ST_Xstring), formula results and lower-case hex included', async () => {
    const { ours, theirs } = await firstSheet(
      pkgWith({
        sheetData:
          '<row r="1"><c r="A1" t="str"><f>B1</f><v>Dòng 1_x000D_Dòng 2</v></c><c r="B1" t="inlineStr"><is><t>a_x000d_b</t></is></c><c r="C1" t="inlineStr"><is><t>_x005F_x0041_</t></is></c></row>',
      }),
    );
    expect(ours.rows[0]!.map((c) => c?.v)).toEqual(['Dòng 1\rDòng 2', 'a\rb', '_x0041_']);
    // exceljs decoded them in shared strings only (the engine's text normaliser cleaned up after it).
    expect((theirs as SheetModel).rows[0]!.map((c) => c?.v)).toEqual(['Dòng 1_x000D_Dòng 2', 'a_x000d_b', '_x005F_x0041_']);
  });

  it('a formula result holding "&amp;" is "&amp;" once the XML is decoded; exceljs decoded it twice', async () => {
    const { ours, theirs } = await firstSheet(
      pkgWith({ sheetData: '<row r="1"><c r="A1" t="str"><f>"x"</f><v>Xã A &amp;amp; B</v></c></row>' }),
    );
    expect(ours.rows[0]![0]!.v).toBe('Xã A &amp; B');
    expect((theirs as SheetModel).rows[0]![0]!.v).toBe('Xã A & B');
  });

  it('text in a CDATA section is the cell text; exceljs lost it', async () => {
    const { ours, theirs } = await firstSheet(
      pkgWith({ sheetData: '<row r="1"><c r="A1" t="inlineStr"><is><t><![CDATA[Tỷ lệ <98%]]></t></is></c></row>' }),
    );
    expect(ours.rows).toEqual([[{ v: 'Tỷ lệ <98%' }]]);
    expect((theirs as SheetModel).rows).toEqual([]);
  });

  it('an escaped letter in a number format (`0\\d`) is text, not a date part; exceljs made the number a date', async () => {
    const { ours, theirs } = await firstSheet(
      pkgWith({ sheetData: '<row r="1"><c r="A1" s="1"><v>44339</v></c></row>', styles: stylesWith('0\\d') }),
    );
    expect(ours.rows[0]![0]!.v).toBe(44339);
    expect((theirs as SheetModel).rows[0]![0]!.v).toBe('2021-05-23T00:00:00.000Z');
  });

  it('a number past Excel’s last date under a date format stays the number; exceljs gave an invalid date', async () => {
    const { ours, theirs } = await firstSheet(
      pkgWith({ sheetData: '<row r="1"><c r="A1" s="1"><v>1e300</v></c></row>', styles: stylesWith('dd/mm/yyyy') }),
    );
    expect(ours.rows[0]![0]).toEqual({ v: 1e300, f: 'dd/mm/yyyy' });
    expect((theirs as SheetModel).rows[0]![0]!.v).toBeNull();
  });

  it('a stale value in a merged area’s covered cell is given as the file holds it (mergedView empties it); exceljs dropped it', async () => {
    const bytes = pkgWith({
      sheet: `<?xml version="1.0"?>\n<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Tiêu đề</t></is></c><c r="B1" t="inlineStr"><is><t>cũ</t></is></c></row></sheetData><mergeCells count="1"><mergeCell ref="A1:C1"/></mergeCells></worksheet>`,
    });
    const { ours, theirs } = await firstSheet(bytes);
    expect(ours.rows).toEqual([[{ v: 'Tiêu đề' }, { v: 'cũ' }]]);
    expect((theirs as SheetModel).rows).toEqual([[{ v: 'Tiêu đề' }]]);
    // The engine reads both the same way.
    expect(mergedView(ours).rows).toEqual(mergedView(theirs as SheetModel).rows);
  });

  it('rows and cells without r references follow one another; exceljs refused the file', async () => {
    const { ours, theirs } = await firstSheet(
      pkgWith({ sheetData: '<row><c><v>1</v></c><c t="inlineStr"><is><t>Xã An Bình</t></is></c></row><row><c><v>2</v></c></row>' }),
    );
    expect(ours.rows).toEqual([[{ v: 1 }, { v: 'Xã An Bình' }], [{ v: 2 }]]);
    expect(theirs).toBeInstanceOf(Error);
  });

  it('SpreadsheetML under a prefix (x:worksheet, as .NET tools write it) is read; exceljs refused the file', async () => {
    const sheet = `<?xml version="1.0"?>\n<x:worksheet xmlns:x="${MAIN}"><x:sheetData><x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>Đơn vị</x:t></x:is></x:c><x:c r="B1"><x:v>5</x:v></x:c></x:row></x:sheetData></x:worksheet>`;
    const { ours, theirs } = await firstSheet(pkgWith({ sheet }));
    expect(ours.rows).toEqual([[{ v: 'Đơn vị' }, { v: 5 }]]);
    expect(theirs).toBeInstanceOf(Error);
  });

  it('agree on phonetic runs (left out) and on booleans written "true"', async () => {
    const { ours, theirs } = await firstSheet(
      pkgWith({
        sheetData: '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="b"><v>true</v></c></row>',
        sst: '<si><r><t>漢</t></r><rPh sb="0" eb="1"><t>かん</t></rPh></si>',
      }),
    );
    expect(ours.rows).toEqual([[{ v: '漢' }, { v: true }]]);
    expect((theirs as SheetModel).rows).toEqual(ours.rows);
  });
});
