/**
 * Builds the hostile workbooks at test time: a tiny zip writer and reader, and a minimal
 * SpreadsheetML package written by hand, so a test controls every byte exceljs would never
 * write (shared and array formulas, cells past 32,767 characters, very hidden sheets,
 * lying zip directories).
 */
import { deflateRawSync, inflateRawSync } from 'node:zlib';

// ---- zip ---------------------------------------------------------------------------------

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

export function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (let i = 0; i < buf.length; i++) c = CRC_TABLE[(c ^ buf[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

export interface ZipEntry {
  name: string;
  data: Buffer;
  /** Size written in the headers instead of the true one (a lying directory). */
  declaredSize?: number;
  /**
   * ZIP64 in the central directory: its size field says 0xFFFFFFFF and the size goes in
   * an extended-information field (`'field'`), or nowhere (`'marker-only'`, a broken file).
   */
  zip64?: 'field' | 'marker-only';
}

/** A zip with deflated entries (store for empty ones), as Excel writes them. */
export function zip(entries: ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const packed = e.data.length ? deflateRawSync(e.data, { level: 9 }) : Buffer.alloc(0);
    const method = e.data.length ? 8 : 0;
    const crc = crc32(e.data);
    const size = e.declaredSize ?? e.data.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(size >>> 0, 22);
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, packed);
    const extra = Buffer.alloc(e.zip64 === 'field' ? 12 : 0);
    if (e.zip64 === 'field') {
      extra.writeUInt16LE(0x0001, 0);
      extra.writeUInt16LE(8, 2);
      extra.writeBigUInt64LE(BigInt(size), 4);
    }
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(e.zip64 ? 45 : 20, 4);
    central.writeUInt16LE(e.zip64 ? 45 : 20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(e.zip64 ? 0xffffffff : size >>> 0, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt16LE(extra.length, 30);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name, extra);
    offset += 30 + name.length + packed.length;
  }
  const dir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, end]);
}

/** The entries of a zip, read through its central directory. */
export function unzip(buf: Buffer): Map<string, Buffer> {
  let eocd = buf.length - 22;
  while (eocd >= 0 && buf.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  if (eocd < 0) throw new Error('not a zip');
  const count = buf.readUInt16LE(eocd + 10);
  let off = buf.readUInt32LE(eocd + 16);
  const out = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    const method = buf.readUInt16LE(off + 10);
    const packedSize = buf.readUInt32LE(off + 20);
    const nameLen = buf.readUInt16LE(off + 28);
    const extraLen = buf.readUInt16LE(off + 30);
    const commentLen = buf.readUInt16LE(off + 32);
    const localOff = buf.readUInt32LE(off + 42);
    const name = buf.toString('utf8', off + 46, off + 46 + nameLen);
    const dataStart = localOff + 30 + buf.readUInt16LE(localOff + 26) + buf.readUInt16LE(localOff + 28);
    const packed = buf.subarray(dataStart, dataStart + packedSize);
    out.set(name, method === 8 ? inflateRawSync(packed) : Buffer.from(packed));
    off += 46 + nameLen + extraLen + commentLen;
  }
  return out;
}

// ---- SpreadsheetML ------------------------------------------------------------------------

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

export function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A formula cell: its text, and for shared / array formulas their kind, range and group. */
export interface Formula {
  f: string;
  /** The value Excel cached when it last calculated. */
  result: number | string;
  t?: 'shared' | 'array';
  ref?: string;
  si?: number;
}

/** A cell: text, number, a date (UTC day), a percentage, a formula, or nothing. */
export type XCell = string | number | Date | { pct: number } | Formula | null | undefined;

/** Column letters of a 1-based column number. */
export function col(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

function serial(d: Date): number {
  return d.getTime() / 86_400_000 + 25_569;
}

function cellXml(ref: string, v: XCell): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${esc(v)}</t></is></c>`;
  if (typeof v === 'number') return `<c r="${ref}"><v>${v}</v></c>`;
  if (v instanceof Date) return `<c r="${ref}" s="1"><v>${serial(v)}</v></c>`;
  if ('pct' in v) return `<c r="${ref}" s="2"><v>${v.pct}</v></c>`;
  const attrs = [v.t ? ` t="${v.t}"` : '', v.ref ? ` ref="${v.ref}"` : '', v.si !== undefined ? ` si="${v.si}"` : ''].join('');
  const f = v.f ? `<f${attrs}>${esc(v.f)}</f>` : `<f${attrs}/>`;
  return typeof v.result === 'string'
    ? `<c r="${ref}" t="str">${f}<v>${esc(v.result)}</v></c>`
    : `<c r="${ref}" s="2">${f}<v>${v.result}</v></c>`;
}

/** A row of cells from column A (or `from`), 1-based row number. */
export interface XRow {
  r: number;
  cells: XCell[];
  from?: number;
}

export interface XSheet {
  name: string;
  state?: 'hidden' | 'veryHidden';
  rows: XRow[];
  merges?: string[];
  /** Raw XML put inside <sheetData> before the rows (e.g. a zip bomb's padding). */
  padding?: string;
}

export function sheetXml(s: XSheet): string {
  const rows = [...s.rows]
    .sort((a, b) => a.r - b.r)
    .map((row) => {
      const from = row.from ?? 1;
      const cells = row.cells.map((v, i) => cellXml(`${col(from + i)}${row.r}`, v)).join('');
      return `<row r="${row.r}">${cells}</row>`;
    })
    .join('');
  const merges = s.merges?.length
    ? `<mergeCells count="${s.merges.length}">${s.merges.map((m) => `<mergeCell ref="${m}"/>`).join('')}</mergeCells>`
    : '';
  return `${XML_HEAD}<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><sheetData>${s.padding ?? ''}${rows}</sheetData>${merges}</worksheet>`;
}

const STYLES = `${XML_HEAD}<styleSheet xmlns="${MAIN}"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="10" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>`;

/** The parts of a minimal .xlsx package; callers may swap a part before zipping. */
export function xlsxParts(sheets: XSheet[]): ZipEntry[] {
  const types = `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>${sheets
    .map(
      (_, i) =>
        `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
    )
    .join('')}</Types>`;
  const rels = `${XML_HEAD}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
  const workbook = `${XML_HEAD}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><bookViews><workbookView/></bookViews><sheets>${sheets
    .map((s, i) => `<sheet name="${esc(s.name)}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ''} r:id="rId${i + 1}"/>`)
    .join('')}</sheets></workbook>`;
  const wbRels = `${XML_HEAD}<Relationships xmlns="${PKG_REL}">${sheets
    .map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`)
    .join('')}<Relationship Id="rId${sheets.length + 1}" Type="${REL}/styles" Target="styles.xml"/></Relationships>`;
  return [
    { name: '[Content_Types].xml', data: Buffer.from(types) },
    { name: '_rels/.rels', data: Buffer.from(rels) },
    { name: 'xl/workbook.xml', data: Buffer.from(workbook) },
    { name: 'xl/_rels/workbook.xml.rels', data: Buffer.from(wbRels) },
    { name: 'xl/styles.xml', data: Buffer.from(STYLES) },
    ...sheets.map((s, i) => ({ name: `xl/worksheets/sheet${i + 1}.xml`, data: Buffer.from(sheetXml(s)) })),
  ];
}

export function xlsx(sheets: XSheet[]): Buffer {
  return zip(xlsxParts(sheets));
}

// ---- the tables the hostile files carry ----------------------------------------------------

export const TURNOUT_HEAD = ['STT', 'Đơn vị', 'Số cử tri', 'Số cử tri đã bỏ phiếu', 'Tỷ lệ'];

/** A turnout table (header on `top`): one row per [unit, registered, voted]; rate as a % cell. */
export function turnoutRows(top: number, units: [string, number, number][]): XRow[] {
  return [
    { r: top, cells: TURNOUT_HEAD },
    ...units.map(([u, reg, voted], i) => ({
      r: top + 1 + i,
      cells: [i + 1, u, reg, voted, { pct: Math.round((voted / reg) * 10000) / 10000 }] as XCell[],
    })),
  ];
}

export const TITLE: XRow[] = [
  { r: 1, cells: ['UBND HUYỆN VŨ THƯ'] },
  { r: 2, cells: ['KẾT QUẢ BẦU CỬ NGÀY 23/5/2021'] },
];

// ---- the readable part of the hostile corpus, for tests that go through every file ---------

/** Workbooks of the hostile corpus a reader must read (the refused ones are built in hostile.test.ts). */
export function readableCorpus(): { name: string; bytes: Buffer }[] {
  const small: XSheet = {
    name: 'Tỷ lệ cử tri',
    rows: [
      ...TITLE,
      ...turnoutRows(4, [
        ['Xã An Bình', 1000, 990],
        ['Xã Vũ Hội', 1000, 950],
      ]),
    ],
  };
  const out: { name: string; bytes: Buffer }[] = [];
  out.push({ name: 'small.xlsx', bytes: xlsx([small]) });
  out.push({ name: 'zip64-small.xlsx', bytes: zip(xlsxParts([small]).map((p) => ({ ...p, zip64: 'field' as const }))) });
  out.push({
    name: 'formulas.xlsx',
    bytes: xlsx([
      {
        name: 'Tỷ lệ cử tri',
        rows: [
          ...TITLE,
          { r: 4, cells: TURNOUT_HEAD },
          {
            r: 5,
            cells: [
              1,
              'Xã An Bình',
              1000,
              { f: 'C5:C7-H5:H7', t: 'array', ref: 'D5:D7', result: 990 },
              { f: 'D5/C5', t: 'shared', ref: 'E5:E7', si: 0, result: 0.99 },
            ],
          },
          { r: 6, cells: [2, 'Xã Vũ Hội', 1000, 950, { f: '', t: 'shared', si: 0, result: 0.95 }] },
          { r: 7, cells: [3, 'Xã Vũ Tiến', 1000, 999, { f: '', t: 'shared', si: 0, result: 'lỗi' }] },
        ],
      },
    ]),
  });
  out.push({
    name: 'merged-header.xlsx',
    bytes: xlsx([
      {
        name: 'Kết quả bầu cử',
        rows: [
          ...TITLE,
          { r: 3, cells: ['STT', 'Đơn vị', 'Cử tri', null, 'Tỷ lệ (%)'] },
          { r: 4, cells: [null, null, 'Tổng số', 'Đã bỏ phiếu', null] },
          { r: 6, cells: [1, 'Xã An Bình', 1000, 990, { pct: 0.99 }] },
          { r: 7, cells: [2, 'Xã Vũ Hội', 1000, 950, { pct: 0.95 }] },
        ],
        merges: ['A3:A4', 'B3:B4', 'C3:D3', 'E3:E4', 'A1:E1', 'A2:E2'],
      },
    ]),
  });
  out.push({
    name: 'hidden.xlsx',
    bytes: xlsx([
      small,
      {
        name: 'Đoàn viên',
        state: 'hidden',
        rows: [
          { r: 1, cells: ['STT', 'Họ và tên', 'Ngày sinh'] },
          { r: 2, cells: [1, 'Nguyễn Văn An', new Date(Date.UTC(1980, 4, 23))] },
        ],
      },
      {
        name: 'DS đề nghị',
        state: 'veryHidden',
        rows: [
          { r: 1, cells: ['STT', 'Họ và tên'] },
          { r: 2, cells: [1, 'Lê Văn Cường'] },
        ],
      },
    ]),
  });
  out.push({
    name: 'names.xlsx',
    bytes: xlsx([
      { name: 'Đề nghị (2021) – BK & GK', rows: [{ r: 1, cells: ['STT', 'Họ và tên'] }] },
      { name: "DS huyện 'Vũ Thư' #1", rows: [{ r: 1, cells: ['=HYPERLINK("http://x","y")', '+1', '-2', '@SUM(A1)'] }] },
    ]),
  });
  const long = `Xã ${'Ân Bình '.repeat(5000)}`.slice(0, 40_000);
  out.push({ name: 'long.xlsx', bytes: xlsx([{ name: 'Tỷ lệ cử tri', rows: turnoutRows(1, [[long, 1000, 950]]) }]) });
  const edge = xlsxParts([{ name: 'Tỷ lệ cử tri', rows: [] }]);
  edge.find((p) => p.name === 'xl/worksheets/sheet1.xml')!.data = Buffer.from(
    `${XML_HEAD}<worksheet xmlns="${MAIN}"><dimension ref="A1:XFD1048576"/><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>UBND</t></is></c><c r="XFD1" t="inlineStr"><is><t>ô cuối</t></is></c></row><row r="1048576"><c r="A1048576"><v>1</v></c></row></sheetData></worksheet>`,
  );
  out.push({ name: 'edges.xlsx', bytes: zip(edge) });
  return out;
}

/** Every entry of a zip as stored: method, CRC and the compressed bytes (read without inflating). */
export function rawEntries(buf: Buffer): Map<string, { method: number; crc: number; size: number; packed: Buffer }> {
  let eocd = buf.length - 22;
  while (eocd >= 0 && buf.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  if (eocd < 0) throw new Error('not a zip');
  const count = buf.readUInt16LE(eocd + 10);
  let off = buf.readUInt32LE(eocd + 16);
  const out = new Map<string, { method: number; crc: number; size: number; packed: Buffer }>();
  for (let i = 0; i < count; i++) {
    const method = buf.readUInt16LE(off + 10);
    const crc = buf.readUInt32LE(off + 16);
    const packedSize = buf.readUInt32LE(off + 20);
    const size = buf.readUInt32LE(off + 24);
    const nameLen = buf.readUInt16LE(off + 28);
    const extraLen = buf.readUInt16LE(off + 30);
    const commentLen = buf.readUInt16LE(off + 32);
    const localOff = buf.readUInt32LE(off + 42);
    const name = buf.toString('utf8', off + 46, off + 46 + nameLen);
    const dataStart = localOff + 30 + buf.readUInt16LE(localOff + 26) + buf.readUInt16LE(localOff + 28);
    out.set(name, { method, crc, size, packed: buf.subarray(dataStart, dataStart + packedSize) });
    off += 46 + nameLen + extraLen + commentLen;
  }
  return out;
}
