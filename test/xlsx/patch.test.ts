/**
 * The patch writer on packages built byte by byte: what it writes into a sheet (status cells,
 * width, conditional formats) and where, what it replaces of an earlier run and what it never
 * touches, the summary's name and part, and zips as other tools store them.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { FlagPlan, SheetFlags } from '../../src/engine/output/flags';
import type { SummarySheet } from '../../src/engine/output/summary-sheet';
import { patchWorkbook, XlsxPackage } from '../../src/xlsx';
import { rawEntries, unzip, xlsxParts, zip, type ZipEntry } from '../hostile/make';
import { MAIN, pkgWith } from './fixtures';

const NAMES = { preferred: 'Tổng hợp', alternative: 'Tổng hợp (kiểm tra)' };
const SUMMARY: SummarySheet = {
  widths: [6, 52],
  rows: [[{ v: 'TỔNG HỢP KẾT QUẢ KIỂM TRA THI ĐUA', bold: true, style: 'title' }], [{ v: 1 }, { v: 'Một dòng' }]],
};

function flags(sheet: string, over: Partial<SheetFlags> = {}): SheetFlags {
  return {
    sheet,
    headerRows: [1],
    firstDataRow: 2,
    lastDataRow: 4,
    firstColumn: 1,
    lastColumn: 3,
    statusColumn: 4,
    header: 'Kết quả kiểm tra',
    statuses: new Map([
      [2, '✖ Tỷ lệ thấp'],
      [4, '⚠ Cần xem lại'],
    ]),
    ...over,
  };
}

const SHEET_DATA =
  '<row r="1"><c r="A1" t="inlineStr"><is><t>STT</t></is></c><c r="B1" t="inlineStr"><is><t>Đơn vị</t></is></c><c r="C1" t="inlineStr"><is><t>Tỷ lệ</t></is></c></row>' +
  '<row r="2"><c r="A2"><v>1</v></c><c r="B2" t="inlineStr"><is><t>Xã An Bình</t></is></c><c r="C2"><v>0.9</v></c></row>' +
  '<row r="3"><c r="A3"><v>2</v></c><c r="B3" t="inlineStr"><is><t>Xã Vũ Hội</t></is></c><c r="C3"><v>0.99</v></c></row>' +
  '<row r="4"><c r="A4"><v>3</v></c><c r="B4" t="inlineStr"><is><t>Xã Vũ Tiến</t></is></c><c r="C4"><v>0.97</v></c></row>';

/**
 * Patches twice: once straight (every row scanned), once after reading the sheets (the
 * reader's row index lets the writer skip to the rows it changes): both give the same bytes.
 */
async function patch(bytes: Uint8Array, plan: FlagPlan, summary = true) {
  const opts = { flags: plan, ...(summary ? { summary: { sheet: SUMMARY, names: NAMES } } : {}) };
  const scanned = await patchWorkbook(XlsxPackage.open(bytes, { name: 't.xlsx' }), opts);
  const read = XlsxPackage.open(bytes, { name: 't.xlsx' });
  await read.readModel();
  expect(read.rowIndexes.size).toBeGreaterThan(0);
  const indexed = await patchWorkbook(read, opts);
  expect(Buffer.from(indexed.bytes).equals(Buffer.from(scanned.bytes)), 'the indexed and the scanning writer differ').toBe(true);
  return scanned;
}

async function cells(bytes: Uint8Array, sheet = 0) {
  return JSON.parse(JSON.stringify((await XlsxPackage.open(bytes).readSheet(sheet)).rows)) as ({ v: unknown } | null)[][];
}

const sheetXml = (bytes: Uint8Array, part = 'xl/worksheets/sheet1.xml') => unzip(Buffer.from(bytes)).get(part)!.toString('utf8');

describe('the status column', () => {
  it('header, statuses, width, conditional formats: read back by exceljs as exceljs wrote them', async () => {
    const out = await patch(pkgWith({ sheetData: SHEET_DATA }), { sheets: [flags('Trang 1')] });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(out.bytes as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('Trang 1')!;
    expect(ws.getCell('D1').value).toBe('Kết quả kiểm tra');
    expect(ws.getCell('D1').font?.bold).toBe(true);
    expect(ws.getCell('D1').alignment).toMatchObject({ wrapText: true, vertical: 'middle' });
    expect([ws.getCell('D2').value, ws.getCell('D3').value, ws.getCell('D4').value]).toEqual(['✖ Tỷ lệ thấp', null, '⚠ Cần xem lại']);
    expect(ws.getColumn(4).width).toBe(40);
    const cf = (
      ws as unknown as {
        conditionalFormattings: { ref: string; rules: { formulae: string[]; style: { fill: { bgColor: { argb: string } } } }[] }[];
      }
    ).conditionalFormattings;
    expect(cf.map((c) => c.ref)).toEqual(['A2:D4']);
    expect(cf[0]!.rules.map((r) => [r.formulae[0], r.style.fill.bgColor.argb])).toEqual([
      ['LEFT($D2,1)="✖"', 'FFFFC7CE'],
      ['LEFT($D2,1)="⚠"', 'FFFFEB9C'],
      ['LEFT($D2,1)="○"', 'FFE7E6E6'],
    ]);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Trang 1', 'Tổng hợp']);
  });

  it('rows that do not exist are added in order; a styled empty cell keeps its style under the status', async () => {
    const data =
      '<row r="1"><c r="A1" t="inlineStr"><is><t>STT</t></is></c></row><row r="3"><c r="A3"><v>2</v></c><c r="D3" s="2"/></row><row r="9"><c r="A9"><v>9</v></c></row>';
    const out = await patch(
      pkgWith({ sheetData: data }),
      {
        sheets: [
          flags('Trang 1', {
            statuses: new Map([
              [2, '✖ hai'],
              [3, '✖ ba'],
              [5, '✖ năm'],
            ]),
            lastDataRow: 5,
          }),
        ],
      },
      false,
    );
    const xml = sheetXml(out.bytes);
    expect([...xml.matchAll(/<row r="(\d+)"/g)].map((m) => Number(m[1]))).toEqual([1, 2, 3, 5, 9]);
    expect(xml).toContain('<c r="D3" s="2" t="inlineStr">');
    expect((await cells(out.bytes)).map((r) => r?.[3]?.v ?? null)).toEqual([
      'Kết quả kiểm tra',
      '✖ hai',
      '✖ ba',
      null,
      '✖ năm',
      null,
      null,
      null,
      null,
    ]);
  });

  it('cells without r references keep their places when a status is added after them', async () => {
    const data =
      '<row><c t="inlineStr"><is><t>STT</t></is></c><c t="inlineStr"><is><t>Đơn vị</t></is></c></row><row><c><v>1</v></c><c t="inlineStr"><is><t>Xã A</t></is></c></row>';
    const out = await patch(
      pkgWith({ sheetData: data }),
      { sheets: [flags('Trang 1', { lastDataRow: 2, statusColumn: 3, statuses: new Map([[2, '✖ lỗi']]) })] },
      false,
    );
    expect(await cells(out.bytes)).toEqual([
      [{ v: 'STT' }, { v: 'Đơn vị' }, { v: 'Kết quả kiểm tra' }],
      [{ v: 1 }, { v: 'Xã A' }, { v: '✖ lỗi' }],
    ]);
  });

  it('a <col> covering the status column is split around it; one wide enough is left as it is; no <cols> gets one', async () => {
    const withCols = (cols: string) =>
      pkgWith({
        sheet: `<?xml version="1.0"?>\n<worksheet xmlns="${MAIN}"><dimension ref="A1:C4"/>${cols}<sheetData>${SHEET_DATA}</sheetData></worksheet>`,
      });
    const narrow = sheetXml(
      (
        await patch(
          withCols('<cols><col min="2" max="8" width="9" style="0" customWidth="1"/></cols>'),
          { sheets: [flags('Trang 1')] },
          false,
        )
      ).bytes,
    );
    expect(/<cols>.*<\/cols>/.exec(narrow)![0]).toBe(
      '<cols><col min="2" max="3" width="9" style="0" customWidth="1"/><col min="4" max="4" width="40" style="0" customWidth="1"/><col min="5" max="8" width="9" style="0" customWidth="1"/></cols>',
    );
    expect(narrow).toContain('<dimension ref="A1:D4"/>');
    const wide = sheetXml(
      (await patch(withCols('<cols><col min="4" max="4" width="60" customWidth="1" /></cols>'), { sheets: [flags('Trang 1')] }, false))
        .bytes,
    );
    expect(wide).toContain('<cols><col min="4" max="4" width="60" customWidth="1" /></cols>');
    const none = sheetXml((await patch(pkgWith({ sheetData: SHEET_DATA }), { sheets: [flags('Trang 1')] }, false)).bytes);
    expect(none).toContain('<cols><col min="4" max="4" width="40" customWidth="1"/></cols><sheetData>');
  });

  it('two tables stacked in one sheet: each its own status column, cells and conditional formats', async () => {
    const data = `${SHEET_DATA}<row r="7"><c r="A7" t="inlineStr"><is><t>STT</t></is></c><c r="B7" t="inlineStr"><is><t>Họ tên</t></is></c><c r="C7" t="inlineStr"><is><t>Đơn vị</t></is></c><c r="D7" t="inlineStr"><is><t>Ghi chú</t></is></c></row><row r="8"><c r="A8"><v>1</v></c></row>`;
    const out = await patch(
      pkgWith({ sheetData: data }),
      {
        sheets: [
          flags('Trang 1'),
          flags('Trang 1', {
            headerRows: [7],
            firstDataRow: 8,
            lastDataRow: 8,
            lastColumn: 4,
            statusColumn: 5,
            statuses: new Map([[8, '○ đã miễn']]),
          }),
        ],
      },
      false,
    );
    const rows = await cells(out.bytes);
    expect(rows[0]![3]!.v).toBe('Kết quả kiểm tra');
    expect(rows[6]![4]!.v).toBe('Kết quả kiểm tra');
    expect(rows[7]![4]!.v).toBe('○ đã miễn');
    const xml = sheetXml(out.bytes);
    expect([...xml.matchAll(/<conditionalFormatting sqref="([^"]+)"/g)].map((m) => m[1])).toEqual(['A2:D4', 'A8:E8']);
    expect([...xml.matchAll(/priority="(\d+)"/g)].map((m) => Number(m[1]))).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('conditional formats go after the user’s own and before what follows them in the schema, with the next priorities', async () => {
    const user =
      '<conditionalFormatting sqref="C2:C4"><cfRule type="cellIs" dxfId="0" priority="1" operator="lessThan"><formula>0.98</formula></cfRule></conditionalFormatting>';
    const bytes = pkgWith({
      sheet: `<?xml version="1.0"?>\n<worksheet xmlns="${MAIN}"><sheetData>${SHEET_DATA}</sheetData>${user}<dataValidations count="1"><dataValidation type="list" sqref="B2:B4"><formula1>"a,b"</formula1></dataValidation></dataValidations><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`,
    });
    const xml = sheetXml((await patch(bytes, { sheets: [flags('Trang 1')] }, false)).bytes);
    expect(xml.indexOf(user)).toBeGreaterThan(0);
    const ours = xml.indexOf('<conditionalFormatting sqref="A2:D4">');
    expect(ours).toBe(xml.indexOf(user) + user.length);
    expect(xml.indexOf('<dataValidations')).toBeGreaterThan(ours);
    expect([...xml.matchAll(/priority="(\d+)"/g)].map((m) => Number(m[1]))).toEqual([1, 2, 3, 4]);
  });

  it('SpreadsheetML under a prefix gets its additions under the same prefix', async () => {
    const sheet = `<?xml version="1.0"?>\n<x:worksheet xmlns:x="${MAIN}"><x:sheetData>${SHEET_DATA.replace(/<(\/?)(row|c|is|t|v)\b/g, '<$1x:$2')}</x:sheetData></x:worksheet>`;
    const out = await patch(pkgWith({ sheet }), { sheets: [flags('Trang 1')] }, false);
    const xml = sheetXml(out.bytes);
    expect(xml).toContain('<x:c r="D2" t="inlineStr"><x:is><x:t xml:space="preserve">✖ Tỷ lệ thấp</x:t></x:is></x:c>');
    expect(xml).toContain('<x:cols><x:col min="4" max="4" width="40" customWidth="1"/></x:cols><x:sheetData>');
    expect(xml).toMatch(/<x:conditionalFormatting sqref="A2:D4"><x:cfRule /);
    expect((await cells(out.bytes))[1]![3]!.v).toBe('✖ Tỷ lệ thấp');
  });
});

describe('a workbook checked again', () => {
  /** The copy of a first check, with the user's data then changed: row 2 fixed, row 3 now wrong. */
  async function recheck(extraUserCell = '') {
    const first = await patch(pkgWith({ sheetData: SHEET_DATA }), { sheets: [flags('Trang 1')] });
    const parts = unzip(Buffer.from(first.bytes));
    const entries: ZipEntry[] = [...parts].map(([name, data]) => ({ name, data }));
    const sheet = entries.find((e) => e.name === 'xl/worksheets/sheet1.xml')!;
    sheet.data = Buffer.from(sheet.data.toString('utf8').replace('<c r="C4"><v>0.97</v></c>', `<c r="C4"><v>0.97</v></c>${extraUserCell}`));
    const second = await patch(zip(entries), {
      sheets: [
        flags('Trang 1', {
          statuses: new Map([
            [3, '✖ Mới sai'],
            [4, '⚠ Cần xem lại'],
          ]),
        }),
      ],
    });
    return { first, second };
  }

  it('replaces thidua’s status cells (a row fixed since loses its status) and its conditional formats, and its summary', async () => {
    const { second } = await recheck();
    const rows = await cells(second.bytes);
    expect(rows.map((r) => r?.[3]?.v ?? null)).toEqual(['Kết quả kiểm tra', null, '✖ Mới sai', '⚠ Cần xem lại']);
    const xml = sheetXml(second.bytes);
    expect(xml.match(/<conditionalFormatting/g)).toHaveLength(1);
    const pkg = XlsxPackage.open(second.bytes);
    expect(pkg.sheets.map((s) => s.name)).toEqual(['Trang 1', 'Tổng hợp']);
    expect(second.summaryName).toBe('Tổng hợp');
  });

  it('never writes over a user’s note typed in the status column: that status is left out (it stays in the report)', async () => {
    const first = await patch(
      pkgWith({
        sheetData: SHEET_DATA.replace(
          '<c r="C3"><v>0.99</v></c>',
          `<c r="C3"><v>0.99</v></c><c r="D3" t="inlineStr"><is><t>ghi chú của tôi</t></is></c>`,
        ),
      }),
      {
        sheets: [flags('Trang 1', { statuses: new Map([[3, '✖ Sai']]) })],
      },
    );
    expect(first.skipped).toBe(1);
    expect((await cells(first.bytes))[2]![3]!.v).toBe('ghi chú của tôi');
  });

  it('a user’s own sheet named Tổng hợp is left alone: the summary takes the alternative name, then a number', async () => {
    const bytes = pkgWith({
      sheetName: 'Tổng hợp',
      sheetData: '<row r="1"><c r="A1" t="inlineStr"><is><t>Bảng tổng hợp của phòng</t></is></c></row>',
    });
    const out = await patch(bytes, { sheets: [] });
    expect(out.summaryName).toBe('Tổng hợp (kiểm tra)');
    expect(
      rawEntries(Buffer.from(out.bytes))
        .get('xl/worksheets/sheet1.xml')!
        .packed.equals(rawEntries(bytes).get('xl/worksheets/sheet1.xml')!.packed),
    ).toBe(true);
    const again = await patch(out.bytes, { sheets: [] });
    expect(again.summaryName).toBe('Tổng hợp (kiểm tra)');
    expect(XlsxPackage.open(again.bytes).sheets.map((s) => s.name)).toEqual(['Tổng hợp', 'Tổng hợp (kiểm tra)']);
    const taken = pkgWith({ sheetName: 'Tổng hợp', edit: (parts) => addSheetNamed(parts, 'Tổng hợp (kiểm tra)') });
    expect((await patch(taken, { sheets: [] })).summaryName).toBe('Tổng hợp (kiểm tra) 2');
  });
});

function addSheetNamed(parts: ZipEntry[], name: string): void {
  const wb = parts.find((p) => p.name === 'xl/workbook.xml')!;
  wb.data = Buffer.from(wb.data.toString().replace('</sheets>', `<sheet name="${name}" sheetId="7" r:id="rId77"/></sheets>`));
  const rels = parts.find((p) => p.name === 'xl/_rels/workbook.xml.rels')!;
  rels.data = Buffer.from(
    rels.data
      .toString()
      .replace(
        '</Relationships>',
        '<Relationship Id="rId77" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet7.xml"/></Relationships>',
      ),
  );
  parts.push({ name: 'xl/worksheets/sheet7.xml', data: Buffer.from(`<worksheet xmlns="${MAIN}"><sheetData/></worksheet>`) });
}

describe('the package around the sheets', () => {
  it('workbook.xml, its relationships and the content types only get what is appended', async () => {
    const bytes = pkgWith({ sheetData: SHEET_DATA });
    const out = await patch(bytes, { sheets: [flags('Trang 1')] });
    const a = unzip(bytes);
    const b = unzip(Buffer.from(out.bytes));
    for (const part of ['xl/workbook.xml', 'xl/_rels/workbook.xml.rels', '[Content_Types].xml']) {
      const before = a.get(part)!.toString();
      const after = b.get(part)!.toString();
      let k = 0;
      while (before[k] === after[k]) k++;
      expect(after.endsWith(before.slice(k)), part).toBe(true);
    }
    expect(b.get('xl/workbook.xml')!.toString()).toContain('<sheet name="Tổng hợp" sheetId="2" r:id="rId3"/></sheets>');
  });

  it('a workbook without styles.xml gets one, with its relationship and content type', async () => {
    const bytes = pkgWith({
      sheetData: SHEET_DATA,
      edit: (parts) => {
        parts.splice(
          parts.findIndex((p) => p.name === 'xl/styles.xml'),
          1,
        );
        const rels = parts.find((p) => p.name === 'xl/_rels/workbook.xml.rels')!;
        rels.data = Buffer.from(rels.data.toString().replace(/<Relationship [^>]*styles[^>]*\/>/, ''));
      },
    });
    const out = await patch(bytes, { sheets: [flags('Trang 1')] });
    const pkg = XlsxPackage.open(out.bytes);
    expect(pkg.stylesPart).toBe('xl/styles.xml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(out.bytes as unknown as ArrayBuffer);
    expect(wb.getWorksheet('Trang 1')!.getCell('D1').font?.bold).toBe(true);
  });

  it('copies entries stored with data descriptors, and ZIP64 entries, as they are', async () => {
    const parts = xlsxParts([{ name: 'Trang 1', rows: [{ r: 1, cells: ['STT', 'Đơn vị', 'Tỷ lệ'] }] }]);
    const plain = zip(parts.map((p) => (p.name === 'xl/styles.xml' ? { ...p, zip64: 'field' as const } : p)));
    const withDescriptor = addDataDescriptor(plain, '[Content_Types].xml');
    const both = addDataDescriptor(withDescriptor, '_rels/.rels');
    const out = await patch(both, { sheets: [] });
    const a = rawEntries(both);
    const b = rawEntries(Buffer.from(out.bytes));
    expect(b.get('_rels/.rels')!.packed.equals(a.get('_rels/.rels')!.packed)).toBe(true);
    expect(unzip(Buffer.from(out.bytes)).get('_rels/.rels')!.toString()).toContain('officeDocument');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(out.bytes as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Trang 1', 'Tổng hợp']);
  });
});

/** The same zip with `name` stored with general-purpose flag 3 and a data descriptor after its data. */
function addDataDescriptor(buf: Buffer, name: string): Buffer {
  let eocd = buf.length - 22;
  while (buf.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  const count = buf.readUInt16LE(eocd + 10);
  const dirAt = buf.readUInt32LE(eocd + 16);
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let off = dirAt;
  let written = 0;
  for (let i = 0; i < count; i++) {
    const nameLen = buf.readUInt16LE(off + 28);
    const recLen = 46 + nameLen + buf.readUInt16LE(off + 30) + buf.readUInt16LE(off + 32);
    const central = Buffer.from(buf.subarray(off, off + recLen));
    const n = central.toString('utf8', 46, 46 + nameLen);
    const localAt = central.readUInt32LE(42);
    const packed = central.readUInt32LE(20);
    const localLen = 30 + buf.readUInt16LE(localAt + 26) + buf.readUInt16LE(localAt + 28);
    const local = Buffer.from(buf.subarray(localAt, localAt + localLen + packed));
    central.writeUInt32LE(written, 42);
    if (n === name) {
      local.writeUInt16LE(local.readUInt16LE(6) | 8, 6);
      central.writeUInt16LE(central.readUInt16LE(8) | 8, 8);
      const crc = local.readUInt32LE(14);
      const size = local.readUInt32LE(22);
      local.writeUInt32LE(0, 14);
      local.writeUInt32LE(0, 18);
      local.writeUInt32LE(0, 22);
      const dd = Buffer.alloc(16);
      dd.writeUInt32LE(0x08074b50, 0);
      dd.writeUInt32LE(crc, 4);
      dd.writeUInt32LE(packed, 8);
      dd.writeUInt32LE(size, 12);
      locals.push(local, dd);
      written += local.length + 16;
    } else {
      locals.push(local);
      written += local.length;
    }
    centrals.push(central);
    off += recLen;
  }
  const dir = Buffer.concat(centrals);
  const end = Buffer.from(buf.subarray(eocd, eocd + 22));
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(written, 16);
  return Buffer.concat([...locals, dir, end]);
}
