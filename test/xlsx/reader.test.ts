/**
 * The package module's reader on packages built byte by byte: value types, number formats and
 * dates, the 1904 system, Strict Open XML, UTF-16 parts, parts found only through the
 * relationships, chart sheets, chunk boundaries anywhere, and reading only the first rows.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { XlsxPackage } from '../../src/xlsx';
import { SheetReader } from '../../src/xlsx/scan';
import { unzip, xlsxParts, zip, type ZipEntry } from '../hostile/make';
import { EXAMPLES, MAIN, pkgWith, stylesWith } from './fixtures';

const plain = (x: unknown) => JSON.parse(JSON.stringify(x)) as unknown;

async function rowsOf(bytes: Uint8Array, sheet = 0) {
  return plain((await XlsxPackage.open(bytes).readSheet(sheet)).rows);
}

const BUILTIN_STYLES = `<?xml version="1.0"?>\n<styleSheet xmlns="${MAIN}"><fonts count="1"><font/></fonts><fills count="1"><fill/></fills><borders count="1"><border/></borders><cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="10"/><xf numFmtId="3"/><xf numFmtId="22"/></cellXfs></styleSheet>`;

describe('cell values', () => {
  it('numbers, text, booleans, errors, formulas with and without a cached result', async () => {
    const rows = await rowsOf(
      pkgWith({
        sheetData:
          '<row r="1"><c r="A1"><v>98.5</v></c><c r="B1" t="b"><v>1</v></c><c r="C1" t="e"><v>#N/A</v></c><c r="D1"><f>SUM(A1)</f></c><c r="E1" t="str"><f>"x"</f><v></v></c><c r="F1" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="G1" t="n"><v>-1.5E-3</v></c><c r="H1" s="0"/></row>',
      }),
    );
    expect(rows).toEqual([
      [{ v: 98.5 }, { v: true }, { v: { error: '#N/A' } }, { v: '' }, { v: '' }, { v: { error: '#DIV/0!' } }, { v: -0.0015 }],
    ]);
  });

  it('Vietnamese text with entities, line breaks and phonetic runs; a shared string that does not exist is damage', async () => {
    const rows = await rowsOf(
      pkgWith({
        sheetData:
          '<row r="2"><c r="A2" t="s"><v>0</v></c><c r="B2" t="s"><v>1</v></c><c r="C2" t="inlineStr"><is><r><t>Tỷ lệ</t></r><r><rPr><b/></rPr><t xml:space="preserve"> 98,5%</t></r></is></c></row>',
        sst: '<si><t>Xã Ân Bình &amp; Xã Vũ Hội</t></si><si><t>Dòng 1\r\nDòng 2</t></si>',
      }),
    );
    expect(rows).toEqual([null, [{ v: 'Xã Ân Bình & Xã Vũ Hội' }, { v: 'Dòng 1\nDòng 2' }, { v: 'Tỷ lệ 98,5%' }]]);
    await expect(
      XlsxPackage.open(pkgWith({ sheetData: '<row r="1"><c r="A1" t="s"><v>5</v></c></row>', sst: '<si><t>a</t></si>' })).readSheet(0),
    ).rejects.toMatchObject({
      code: 'damaged',
      reason: 'xml',
    });
  });

  it('dates by number format (built-in ids mapped as exceljs maps them), the time of day kept', async () => {
    const rows = await rowsOf(
      pkgWith({
        sheetData:
          '<row r="1"><c r="A1" s="1"><v>44339</v></c><c r="B1" s="2"><v>0.985</v></c><c r="C1" s="3"><v>6850</v></c><c r="D1" s="4"><v>44339.5</v></c></row>',
        styles: BUILTIN_STYLES,
      }),
    );
    expect(rows).toEqual([
      [
        { v: '2021-05-23T00:00:00.000Z', f: 'mm-dd-yy' },
        { v: 0.985, f: '0.00%' },
        { v: 6850, f: '#,##0' },
        { v: '2021-05-23T12:00:00.000Z', f: 'm/d/yy "h":mm' },
      ],
    ]);
  });

  it('custom date formats with quoted text, colours and locales; elapsed time; text formats are not dates', async () => {
    for (const [code, isDate] of [
      ['dd/mm/yyyy', true],
      ['[$-42A]dd/mm/yyyy;@', true],
      ['"Ngày "d" tháng "m', true],
      ['[h]:mm', true],
      ['#,##0 "đồng"', false],
      ['[Red]0.00%', false],
      ['0.00E+00', false],
      ['@', false],
      ['#,##0_);(#,##0)', false],
    ] as const) {
      const rows = (await rowsOf(
        pkgWith({ sheetData: '<row r="1"><c r="A1" s="1"><v>44339</v></c></row>', styles: stylesWith(code) }),
      )) as { v: unknown }[][];
      expect(typeof rows[0]![0]!.v === 'string', code).toBe(isDate);
    }
  });

  it('the 1904 date system: serial 0 is 1 January 1904', async () => {
    const bytes = pkgWith({
      sheetData: '<row r="1"><c r="A1" s="1"><v>0</v></c><c r="B1" s="1"><v>42877</v></c></row>',
      styles: BUILTIN_STYLES,
      edit: (parts) => {
        const wb = parts.find((p) => p.name === 'xl/workbook.xml')!;
        wb.data = Buffer.from(wb.data.toString().replace('<bookViews>', '<workbookPr date1904="1"/><bookViews>'));
      },
    });
    expect(XlsxPackage.open(bytes).date1904).toBe(true);
    expect(await rowsOf(bytes)).toEqual([
      [
        { v: '1904-01-01T00:00:00.000Z', f: 'mm-dd-yy' },
        { v: '2021-05-23T00:00:00.000Z', f: 'mm-dd-yy' },
      ],
    ]);
  });

  it('t="d" with dates, times and offsets', async () => {
    const rows = await rowsOf(
      pkgWith({
        sheetData:
          '<row r="1"><c r="A1" t="d"><v>2021-05-23</v></c><c r="B1" t="d"><v>2021-05-23T08:30:00+07:00</v></c><c r="C1" t="d"><v>không phải ngày</v></c></row>',
      }),
    );
    expect(rows).toEqual([[{ v: '2021-05-23T00:00:00.000Z' }, { v: '2021-05-23T01:30:00.000Z' }, { v: 'không phải ngày' }]]);
  });

  it('merged areas after the cells, single cells and $ references included', async () => {
    const bytes = pkgWith({
      sheet: `<?xml version="1.0"?>\n<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>T</t></is></c></row></sheetData><mergeCells count="2"><mergeCell ref="A1:C2"/><mergeCell ref="$E$4:$F$9"/></mergeCells></worksheet>`,
    });
    const s = await XlsxPackage.open(bytes).readSheet(0);
    expect(s.merged).toEqual([
      { top: 1, left: 1, bottom: 2, right: 3 },
      { top: 4, left: 5, bottom: 9, right: 6 },
    ]);
  });
});

describe('packages as other writers make them', () => {
  it('Strict Open XML (purl.oclc.org namespaces) reads like the transitional workbook', async () => {
    const bytes = readFileSync(`${EXAMPLES}/vinh-phuc-quy-dtpt.xlsx`);
    const parts = unzip(bytes);
    const strict: ZipEntry[] = [...parts].map(([name, data]) => ({
      name,
      data: Buffer.from(
        data
          .toString('utf8')
          .replaceAll('http://schemas.openxmlformats.org/spreadsheetml/2006/main', 'http://purl.oclc.org/ooxml/spreadsheetml/main')
          .replaceAll(
            'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
            'http://purl.oclc.org/ooxml/officeDocument/relationships',
          ),
      ),
    }));
    const pkg = XlsxPackage.open(zip(strict), { name: 'strict.xlsx' });
    expect(pkg.strict).toBe(true);
    expect(plain(await pkg.readModel())).toEqual(plain(await XlsxPackage.open(bytes, { name: 'strict.xlsx' }).readModel()));
  });

  it('a UTF-16 sheet part (with its BOM) reads as UTF-8 would', async () => {
    const xml = `<?xml version="1.0" encoding="UTF-16"?>\n<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Nguyễn Thị Ánh</t></is></c><c r="B1"><v>3</v></c></row></sheetData></worksheet>`;
    const bytes = pkgWith({
      edit: (parts) => {
        parts.find((p) => p.name === 'xl/worksheets/sheet1.xml')!.data = Buffer.concat([
          Buffer.from([0xff, 0xfe]),
          Buffer.from(xml, 'utf16le'),
        ]);
      },
    });
    expect(await rowsOf(bytes)).toEqual([[{ v: 'Nguyễn Thị Ánh' }, { v: 3 }]]);
  });

  it('finds the workbook and its sheets through the relationships wherever they are (no fixed names)', async () => {
    const parts = xlsxParts([{ name: 'Trang', rows: [{ r: 1, cells: ['ở đâu cũng được'] }] }]);
    const move = (from: string, to: string) => (parts.find((p) => p.name === from)!.name = to);
    move('xl/workbook.xml', 'sach/chinh.xml');
    move('xl/_rels/workbook.xml.rels', 'sach/_rels/chinh.xml.rels');
    move('xl/worksheets/sheet1.xml', 'trang/mot.xml');
    move('xl/styles.xml', 'sach/kieu.xml');
    const fix = (name: string, f: (s: string) => string) => {
      const p = parts.find((x) => x.name === name)!;
      p.data = Buffer.from(f(p.data.toString()));
    };
    fix('_rels/.rels', (s) => s.replace('Target="xl/workbook.xml"', 'Target="/sach/chinh.xml"'));
    fix('sach/_rels/chinh.xml.rels', (s) =>
      s.replace('Target="worksheets/sheet1.xml"', 'Target="../trang/mot.xml"').replace('Target="styles.xml"', 'Target="kieu.xml"'),
    );
    fix('[Content_Types].xml', (s) =>
      s
        .replace('/xl/workbook.xml', '/sach/chinh.xml')
        .replace('/xl/worksheets/sheet1.xml', '/trang/mot.xml')
        .replace('/xl/styles.xml', '/sach/kieu.xml'),
    );
    const pkg = XlsxPackage.open(zip(parts));
    expect(pkg.workbookPart).toBe('sach/chinh.xml');
    expect(pkg.worksheets.map((s) => s.part)).toEqual(['trang/mot.xml']);
    expect(await rowsOf(zip(parts))).toEqual([[{ v: 'ở đâu cũng được' }]]);
  });

  it('a chart sheet takes its name but holds no cells: the model lists the worksheets only', async () => {
    const bytes = pkgWith({
      edit: (parts) => {
        const wb = parts.find((p) => p.name === 'xl/workbook.xml')!;
        wb.data = Buffer.from(wb.data.toString().replace('</sheets>', '<sheet name="Biểu đồ" sheetId="9" r:id="rIdC"/></sheets>'));
        const rels = parts.find((p) => p.name === 'xl/_rels/workbook.xml.rels')!;
        rels.data = Buffer.from(
          rels.data
            .toString()
            .replace(
              '</Relationships>',
              '<Relationship Id="rIdC" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chartsheet" Target="chartsheets/sheet1.xml"/></Relationships>',
            ),
        );
      },
    });
    const pkg = XlsxPackage.open(bytes);
    expect(pkg.sheets.map((s) => [s.name, s.isWorksheet])).toEqual([
      ['Trang 1', true],
      ['Biểu đồ', false],
    ]);
    expect((await pkg.readModel()).sheets.map((s) => s.name)).toEqual(['Trang 1']);
  });

  it('reads only the first rows when asked (thidua’s own summary is found by its A1)', async () => {
    const pkg = XlsxPackage.open(readFileSync(`${EXAMPLES}/thai-binh-huyen-vu-thu.xlsx`));
    const first = await pkg.readSheet(0, { maxRows: 1 });
    expect(first.rows.length).toBe(1);
    expect(first.rows[0]![0]!.v).toBe('UBND HUYỆN VŨ THƯ');
  });
});

describe('chunk boundaries', () => {
  /** A sheet part's model read in one piece, and read cut at random places. */
  const parts = ['thai-binh-huyen-vu-thu', 'hung-yen-cdn-giao-duc', 'legacy-tcvn3'].flatMap((name) => {
    const pkg = XlsxPackage.open(readFileSync(`${EXAMPLES}/${name}.xlsx`));
    return pkg.worksheets.map((s) => ({ pkg, xml: unzip(readFileSync(`${EXAMPLES}/${name}.xlsx`)).get(s.part)!, part: s.part }));
  });

  it('give the same model wherever the inflater cuts the part', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...parts),
        fc.array(fc.integer({ min: 1, max: 4000 }), { minLength: 1, maxLength: 40 }),
        ({ pkg, xml, part }, cuts) => {
          const read = (pieces: Uint8Array[]) => {
            const r = new SheetReader({ part, sharedStrings: () => pkg.sharedStrings(), styles: pkg.cellStyles(), date1904: false });
            for (const p of pieces) r.push(p);
            return { rows: plain(r.end()), merged: plain(r.merged) };
          };
          const pieces: Uint8Array[] = [];
          let at = 0;
          for (const c of cuts) {
            if (at >= xml.length) break;
            pieces.push(xml.subarray(at, Math.min(xml.length, at + c)));
            at += c;
          }
          if (at < xml.length) pieces.push(xml.subarray(at));
          expect(read(pieces)).toEqual(read([xml]));
        },
      ),
      { seed: 90210, numRuns: 150 },
    );
  });

  it('one byte at a time too', () => {
    const { pkg, xml, part } = parts[0]!;
    const r = new SheetReader({ part, sharedStrings: () => pkg.sharedStrings(), styles: pkg.cellStyles(), date1904: false });
    for (let i = 0; i < xml.length; i++) r.push(xml.subarray(i, i + 1));
    const whole = new SheetReader({ part, sharedStrings: () => pkg.sharedStrings(), styles: pkg.cellStyles(), date1904: false });
    whole.push(xml);
    expect(plain(r.end())).toEqual(plain(whole.end()));
  });
});
