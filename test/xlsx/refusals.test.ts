/**
 * What a file really is, said in one sentence (exit 2): an OpenDocument spreadsheet, an Excel
 * binary workbook, a zip without a workbook, a DOCTYPE, a part that is missing or broken —
 * whatever the file is called. THIDUA_DEBUG=1 adds the underlying cause. An --out whose
 * extension would change the workbook's kind is refused before anything is read or written.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { main, type Io } from '../../src/cli/main';
import { readExportBytes } from '../../src/port/file-export';
import { unzip, xlsxParts, zip, type ZipEntry } from '../hostile/make';
import { EXAMPLES, foreignFiles, MAIN, pkgWith } from './fixtures';

const tmp = mkdtempSync(join(tmpdir(), 'thidua-refusals-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function runCli(args: string[]): Promise<{ code: number; err: string }> {
  let err = '';
  const io: Io = { stdout: () => {}, stderr: (s) => (err += s), isTTY: false };
  return { code: await main(args, io), err };
}

function put(name: string, data: Uint8Array | string): string {
  const p = join(tmp, name);
  writeFileSync(p, data);
  return p;
}

const check = (file: string, ...extra: string[]) => runCli(['check', file, '--plan', 'thai-binh-32-2021', ...extra]);

function oneSentence(err: string, file: string): void {
  const lines = err.trim().split('\n');
  expect(lines, err).toHaveLength(1);
  expect(lines[0]).toContain(`"${file}"`);
  expect(lines[0]).toMatch(/[.!?]$/);
}

const edit = (parts: ZipEntry[], name: string, f: (s: string) => string) => {
  const p = parts.find((x) => x.name === name)!;
  p.data = Buffer.from(f(p.data.toString('utf8')));
};

const small = () =>
  xlsxParts([
    {
      name: 'Tỷ lệ cử tri',
      rows: [
        { r: 1, cells: ['STT', 'Đơn vị', 'Số cử tri', 'Số cử tri đã bỏ phiếu'] },
        { r: 2, cells: [1, 'Xã A', 100, 90] },
      ],
    },
  ]);

describe('what the file really is', () => {
  const ods = foreignFiles(/\.ods$/)[0];

  it.runIf(!!ods)('an OpenDocument spreadsheet named .xlsx is called an .ods, in either language', async () => {
    const p = put('bao-cao.xlsx', readFileSync(ods!.path));
    const vi = await check(p);
    expect(vi.code).toBe(2);
    oneSentence(vi.err, 'bao-cao.xlsx');
    expect(vi.err).toMatch(/là bảng tính OpenDocument \(\.ods/);
    const en = await check(p, '--lang', 'en');
    expect(en.err).toMatch(/is an OpenDocument spreadsheet \(\.ods/);
  });

  it('an Excel binary workbook (.xlsb) is called one', async () => {
    const parts = small();
    edit(parts, '[Content_Types].xml', (s) =>
      s
        .replace('spreadsheetml.sheet.main+xml', 'X')
        .replace('application/vnd.openxmlformats-officedocument.X', 'application/vnd.ms-excel.sheet.binary.macroEnabled.main'),
    );
    const r = await check(put('nhi-phan.xlsx', zip(parts)));
    expect(r.code).toBe(2);
    oneSentence(r.err, 'nhi-phan.xlsx');
    expect(r.err).toMatch(/sổ làm việc nhị phân của Excel \(\.xlsb\)/);
  });

  it('a Word document (a zip with no workbook) is not taken for one', async () => {
    const docx = zip([
      {
        name: '[Content_Types].xml',
        data: Buffer.from(
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
        ),
      },
      {
        name: '_rels/.rels',
        data: Buffer.from(
          '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
        ),
      },
      {
        name: 'word/document.xml',
        data: Buffer.from('<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>'),
      },
    ]);
    const r = await check(put('to-trinh.xlsx', docx));
    expect(r.code).toBe(2);
    oneSentence(r.err, 'to-trinh.xlsx');
    expect(r.err).toMatch(/không chứa sổ làm việc Excel/);
  });

  it('a DOCTYPE or entity declaration in any part is refused, naming the part; nothing is expanded', async () => {
    const parts = small();
    edit(parts, 'xl/worksheets/sheet1.xml', (s) =>
      s
        .replace('<worksheet', '<!DOCTYPE worksheet [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]><worksheet')
        .replace('Xã A', '&lol2;'),
    );
    const r = await check(put('doctype.xlsx', zip(parts)));
    expect(r.code).toBe(2);
    oneSentence(r.err, 'doctype.xlsx');
    expect(r.err).toMatch(/phần "xl\/worksheets\/sheet1\.xml" khai báo DOCTYPE/);
    const wb = small();
    edit(wb, 'xl/workbook.xml', (s) => s.replace('<workbook', '<!DOCTYPE workbook SYSTEM "http://example.invalid/x.dtd"><workbook'));
    const r2 = await check(put('doctype-wb.xlsx', zip(wb)));
    expect(r2.err).toMatch(/phần "xl\/workbook\.xml" khai báo DOCTYPE/);
  });

  it('an entity the XML does not declare, a missing sheet part, a lying zip size: damaged, saying where', async () => {
    const entity = small();
    edit(entity, 'xl/worksheets/sheet1.xml', (s) => s.replace('Xã A', 'Xã &nbsp; A'));
    const a = await check(put('entity.xlsx', zip(entity)));
    expect(a.code).toBe(2);
    oneSentence(a.err, 'entity.xlsx');
    expect(a.err).toMatch(/bị hỏng.*phần "xl\/worksheets\/sheet1\.xml" không đúng cấu trúc/);

    const missing = small().filter((p) => p.name !== 'xl/worksheets/sheet1.xml');
    const b = await check(put('missing.xlsx', zip(missing)));
    oneSentence(b.err, 'missing.xlsx');
    expect(b.err).toMatch(/thiếu phần "xl\/worksheets\/sheet1\.xml"/);

    const lying = small();
    lying.find((p) => p.name === 'xl/worksheets/sheet1.xml')!.declaredSize = 100;
    const c = await check(put('lying.xlsx', zip(lying)));
    expect(c.code).toBe(2);
    oneSentence(c.err, 'lying.xlsx');
    expect(c.err).toMatch(/bị hỏng/);
  });

  it('THIDUA_DEBUG=1 adds the underlying cause on a second line', async () => {
    const parts = small();
    edit(parts, 'xl/workbook.xml', (s) => s.slice(0, s.length - 20));
    const file = put('cut-xml.xlsx', zip(parts));
    const plain = await check(file);
    oneSentence(plain.err, 'cut-xml.xlsx');
    vi.stubEnv('THIDUA_DEBUG', '1');
    try {
      const debug = await check(file);
      const lines = debug.err.trim().split('\n');
      expect(lines[0]).toBe(plain.err.trim());
      expect(lines[1]).toMatch(/^damaged\/xml in xl\/workbook\.xml: .+/);
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it('the pane skips such a file with the same sentence', async () => {
    const parts = small();
    edit(parts, 'xl/workbook.xml', (s) => s.replace('<workbook', '<!DOCTYPE x><workbook'));
    const read = await readExportBytes('doctype.xlsx', zip(parts), 'vi');
    expect(read.ok).toBe(false);
    expect(!read.ok && read.skipped).toMatch(/^Bỏ qua tệp "doctype\.xlsx": .*khai báo DOCTYPE/);
  });

  it('a Strict Open XML workbook is read and checked like the transitional one', async () => {
    const bytes = readFileSync(join(EXAMPLES, 'thai-binh-huyen-vu-thu.xlsx'));
    const strict = zip(
      [...unzip(bytes)].map(([name, data]) => ({
        name,
        data: Buffer.from(
          data
            .toString('utf8')
            .replaceAll(MAIN, 'http://purl.oclc.org/ooxml/spreadsheetml/main')
            .replaceAll(
              'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
              'http://purl.oclc.org/ooxml/officeDocument/relationships',
            ),
        ),
      })),
    );
    const args = ['--conference-date', '2021-06-25', '--unit', 'UBND huyện Vũ Thư'];
    const ra = join(tmp, 'strict.json');
    const rb = join(tmp, 'transitional.json');
    const out = join(tmp, 'strict-flagged.xlsx');
    await check(put('strict.xlsx', strict), ...args, '--report', ra, '--out', out);
    await check(join(EXAMPLES, 'thai-binh-huyen-vu-thu.xlsx'), ...args, '--report', rb);
    const brief = (p: string) =>
      (JSON.parse(readFileSync(p, 'utf8')) as { findings: { rule: string; rows: number[] }[] }).findings.map((f) => [f.rule, f.rows]);
    expect(brief(ra)).toEqual(brief(rb));
    expect(brief(ra).length).toBeGreaterThan(10);
    // Its flagged copy stays Strict, and reads back.
    const wbRels = unzip(readFileSync(out)).get('xl/_rels/workbook.xml.rels')!.toString();
    expect(wbRels).toContain('Type="http://purl.oclc.org/ooxml/officeDocument/relationships/worksheet" Target="worksheets/sheet4.xml"');
    const again = join(tmp, 'strict-again.json');
    await check(out, ...args, '--report', again);
    expect(brief(again)).toEqual(brief(ra));
  });
});

describe('--out keeps the workbook’s kind', () => {
  it('an .xlsm copied to .xlsx is refused before the input is even read, and nothing is written', async () => {
    const input = put('macro.xlsm', 'not even a zip');
    const out = join(tmp, 'macro-flagged.xlsx');
    const r = await check(input, '--out', out);
    expect(r.code).toBe(2);
    oneSentence(r.err, 'macro-flagged.xlsx');
    expect(r.err).toMatch(/"macro\.xlsm" là sổ làm việc Excel có macro \(\.xlsm\)/);
    expect(existsSync(out)).toBe(false);
  });

  it('an .xlsx copied to .xlsm is refused too', async () => {
    const r = await check(join(EXAMPLES, 'vinh-phuc-quy-dtpt.xlsx'), '--out', join(tmp, 'x.xlsm'), '--lang', 'en');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/"vinh-phuc-quy-dtpt\.xlsx" is an Excel workbook \(\.xlsx\)/);
  });

  it('a macro workbook renamed .xlsx is known by its content: its copy must be .xlsm', async () => {
    const xlsm = foreignFiles(/^op-xlsm-vba\.xlsm$/)[0];
    if (!xlsm) return;
    const input = put('renamed.xlsx', readFileSync(xlsm.path));
    const out = join(tmp, 'renamed-flagged.xlsx');
    const r = await check(input, '--out', out);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/"renamed\.xlsx" là sổ làm việc Excel có macro \(\.xlsm\)/);
    expect(existsSync(out)).toBe(false);
  });

  it('an .xlsm copied to .xlsm stays macro-enabled with its VBA byte for byte', async () => {
    const xlsm = foreignFiles(/^op-xlsm-vba\.xlsm$/)[0];
    if (!xlsm) return;
    const out = join(tmp, 'copy.xlsm');
    const r = await runCli(['check', xlsm.path, '--plan', 'hung-yen-cdn-gd-2021', '--out', out]);
    expect(r.code).toBeLessThan(2);
    const a = unzip(readFileSync(xlsm.path));
    const b = unzip(readFileSync(out));
    expect(b.get('xl/vbaProject.bin')!.equals(a.get('xl/vbaProject.bin')!)).toBe(true);
    expect(b.get('[Content_Types].xml')!.toString()).toContain('application/vnd.ms-excel.sheet.macroEnabled.main+xml');
  });
});

describe('a table as another tool may write it', () => {
  it('a sheet without the optional parts (no styles, no shared strings, no dimension) is checked and flagged', async () => {
    const bytes = pkgWith({
      sheetName: 'Tỷ lệ cử tri',
      sheetData:
        '<row r="1"><c r="A1" t="inlineStr"><is><t>STT</t></is></c><c r="B1" t="inlineStr"><is><t>Đơn vị</t></is></c><c r="C1" t="inlineStr"><is><t>Số cử tri</t></is></c><c r="D1" t="inlineStr"><is><t>Số cử tri đã bỏ phiếu</t></is></c></row><row r="2"><c r="A2"><v>1</v></c><c r="B2" t="inlineStr"><is><t>Xã An Bình</t></is></c><c r="C2"><v>1000</v></c><c r="D2"><v>900</v></c></row>',
    });
    const out = join(tmp, 'bare-flagged.xlsx');
    const r = await check(put('bare.xlsx', bytes), '--out', out, '--report', join(tmp, 'bare.json'));
    expect(r.code).toBe(1);
    expect(unzip(readFileSync(out)).get('xl/worksheets/sheet1.xml')!.toString()).toMatch(
      /<c r="E2" t="inlineStr"><is><t xml:space="preserve">✖ /,
    );
  });
});
