/**
 * An OOXML spreadsheet package opened for reading: what it is (refused when it is an
 * .ods, an .xlsb, an old .xls, encrypted, not a zip, without a workbook), its workbook part
 * found through the package relationships (never by a fixed name), its sheets in workbook
 * order with their state, the 1904 date system, the cell styles' number formats, and each
 * sheet read on demand into the engine's model — one sheet at a time, streamed.
 */
import type { SheetModel, WorkbookModel } from '../engine/model';
import { fflateCodec, type Codec } from './codec';
import { damaged, XlsxError } from './errors';
import { BUILTIN_FORMATS, isDateFormat } from './numfmt';
import { SharedStringsReader, SheetReader, type CellStyles, type RowIndex } from './scan';
import { attr, child, children, decodePart, NS, parseXml, relAttr, type XNode } from './xml';
import { ZipArchive, type ZipEntry } from './zip';

export const CT = {
  workbook: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
  workbookMacro: 'application/vnd.ms-excel.sheet.macroEnabled.main+xml',
  template: 'application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml',
  templateMacro: 'application/vnd.ms-excel.template.macroEnabled.main+xml',
  addin: 'application/vnd.ms-excel.addin.macroEnabled.main+xml',
  binary: 'application/vnd.ms-excel.sheet.binary.macroEnabled.main',
  worksheet: 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
  styles: 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml',
  relationships: 'application/vnd.openxmlformats-package.relationships+xml',
} as const;

/** What kind of workbook a package is, by its workbook part's content type. */
export type WorkbookKind = 'xlsx' | 'xlsm' | 'xltx' | 'xltm' | 'xlam';

const KIND_OF: Record<string, WorkbookKind> = {
  [CT.workbook]: 'xlsx',
  [CT.workbookMacro]: 'xlsm',
  [CT.template]: 'xltx',
  [CT.templateMacro]: 'xltm',
  [CT.addin]: 'xlam',
};

export const REL_TYPES = {
  officeDocument: [
    'http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument',
    'http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument',
  ],
  worksheet: [
    'http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet',
    'http://purl.oclc.org/ooxml/officeDocument/relationships/worksheet',
  ],
  styles: [
    'http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles',
    'http://purl.oclc.org/ooxml/officeDocument/relationships/styles',
  ],
  sharedStrings: [
    'http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings',
    'http://purl.oclc.org/ooxml/officeDocument/relationships/sharedStrings',
  ],
} as const;

export interface Relationship {
  id: string;
  type: string;
  /** Resolved zip path of the target (no leading slash); '' for external targets. */
  target: string;
  external: boolean;
}

export interface SheetInfo {
  name: string;
  state: 'visible' | 'hidden' | 'veryHidden';
  sheetId: number;
  rId: string;
  /** Zip path of the sheet part. */
  part: string;
  /** Only worksheets hold cells; chart sheets and dialog sheets are listed (their names are taken) but not read. */
  isWorksheet: boolean;
}

export interface ContentTypes {
  defaults: Map<string, string>;
  overrides: Map<string, string>;
  text: string;
  tree: XNode;
}

export interface OpenOptions {
  /** The file's name, for the model (no folders). */
  name?: string;
  codec?: Codec;
  /** Refused above this many unpacked bytes (default 1024 MB). */
  maxUnzippedBytes?: number;
}

export const DEFAULT_MAX_UNZIPPED_BYTES = 1024 * 1048576;

/** The folder of a part (`xl/workbook.xml` → `xl/`). */
export function folderOf(part: string): string {
  const i = part.lastIndexOf('/');
  return i < 0 ? '' : part.slice(0, i + 1);
}

/** The relationships part of a part (`xl/workbook.xml` → `xl/_rels/workbook.xml.rels`). */
export function relsPartOf(part: string): string {
  return `${folderOf(part)}_rels/${part.slice(folderOf(part).length)}.rels`;
}

/** A relationship target resolved against the folder of its source part, as a zip path. */
export function resolveTarget(sourceFolder: string, target: string): string {
  let t = target.split('#')[0]!;
  try {
    t = decodeURI(t);
  } catch {
    // A malformed escape: keep the target as written.
  }
  const path = t.startsWith('/') ? t.slice(1) : sourceFolder + t;
  const out: string[] = [];
  for (const seg of path.split('/')) {
    if (seg === '..') out.pop();
    else if (seg !== '.' && seg !== '') out.push(seg);
  }
  return out.join('/');
}

/** Every relationship of a relationships part (none when the part is absent). */
export function parseRelationships(text: string | null, part: string, sourceFolder: string): Relationship[] {
  if (text === null) return [];
  const root = parseXml(text, part);
  return children(root, 'Relationship').map((r) => {
    const external = (attr(r, 'TargetMode') ?? '').toLowerCase() === 'external';
    const target = attr(r, 'Target') ?? '';
    return { id: attr(r, 'Id') ?? '', type: attr(r, 'Type') ?? '', target: external ? '' : resolveTarget(sourceFolder, target), external };
  });
}

export class XlsxPackage {
  readonly zip: ZipArchive;
  readonly codec: Codec;
  readonly name: string;
  readonly contentTypes: ContentTypes;
  /** Zip path of the workbook part. */
  readonly workbookPart: string;
  readonly kind: WorkbookKind;
  readonly strict: boolean;
  readonly date1904: boolean;
  readonly sheets: SheetInfo[];
  readonly workbookRels: Relationship[];
  readonly stylesPart: string | null;
  readonly sharedStringsPart: string | null;
  private styles: CellStyles | null = null;
  private sst: string[] | null = null;
  /** Where the rows of each sheet read so far start (see SheetReader.rowIndex). */
  readonly rowIndexes = new Map<string, RowIndex>();

  private constructor(init: {
    zip: ZipArchive;
    codec: Codec;
    name: string;
    contentTypes: ContentTypes;
    workbookPart: string;
    kind: WorkbookKind;
    strict: boolean;
    date1904: boolean;
    sheets: SheetInfo[];
    workbookRels: Relationship[];
  }) {
    this.zip = init.zip;
    this.codec = init.codec;
    this.name = init.name;
    this.contentTypes = init.contentTypes;
    this.workbookPart = init.workbookPart;
    this.kind = init.kind;
    this.strict = init.strict;
    this.date1904 = init.date1904;
    this.sheets = init.sheets;
    this.workbookRels = init.workbookRels;
    const rel = (types: readonly string[]) => init.workbookRels.find((r) => !r.external && types.includes(r.type))?.target ?? null;
    this.stylesPart = rel(REL_TYPES.styles);
    this.sharedStringsPart = rel(REL_TYPES.sharedStrings);
  }

  static open(bytes: Uint8Array, opts: OpenOptions = {}): XlsxPackage {
    const codec = opts.codec ?? fflateCodec;
    const zip = ZipArchive.open(bytes, opts.maxUnzippedBytes ?? DEFAULT_MAX_UNZIPPED_BYTES);
    const mimetype = zip.get('mimetype');
    if (mimetype) {
      const type = new TextDecoder().decode(zip.read(mimetype, codec)).trim();
      if (type.startsWith('application/vnd.oasis.opendocument')) throw new XlsxError('ods', { detail: type });
    }
    const ctEntry = zip.get('[Content_Types].xml');
    const relsEntry = zip.get('_rels/.rels');
    if (!ctEntry || !relsEntry) throw new XlsxError('no-workbook', { detail: 'no [Content_Types].xml or _rels/.rels' });
    const text = (e: ZipEntry) => decodePart(zip.read(e, codec), e.name);
    const ctText = text(ctEntry);
    const ctTree = parseXml(ctText, ctEntry.name);
    const contentTypes: ContentTypes = { defaults: new Map(), overrides: new Map(), text: ctText, tree: ctTree };
    for (const d of children(ctTree, 'Default'))
      contentTypes.defaults.set((attr(d, 'Extension') ?? '').toLowerCase(), attr(d, 'ContentType') ?? '');
    for (const o of children(ctTree, 'Override'))
      contentTypes.overrides.set((attr(o, 'PartName') ?? '').replace(/^\//, '').toLowerCase(), attr(o, 'ContentType') ?? '');

    const docRel = parseRelationships(text(relsEntry), relsEntry.name, '').find(
      (r) => !r.external && (REL_TYPES.officeDocument as readonly string[]).includes(r.type),
    );
    if (!docRel) throw new XlsxError('no-workbook', { detail: 'no officeDocument relationship' });
    const workbookPart = docRel.target;
    const type = contentTypeOf(contentTypes, workbookPart);
    if (type === CT.binary) throw new XlsxError('xlsb');
    const kind = KIND_OF[type];
    if (!kind) throw new XlsxError('no-workbook', { detail: `the main part ${workbookPart} is ${type || 'of no known type'}` });
    const wbEntry = zip.get(workbookPart);
    if (!wbEntry) throw new XlsxError('no-workbook', { detail: `${workbookPart} is missing` });

    const wb = parseXml(text(wbEntry), wbEntry.name);
    if (wb.local !== 'workbook' || (wb.uri !== NS.main && wb.uri !== NS.mainStrict))
      throw damaged('xml', wbEntry.name, `root is ${wb.name}`);
    const strict = wb.uri === NS.mainStrict || attr(wb, 'conformance') === 'strict';
    const pr = child(wb, 'workbookPr');
    const d1904 = pr ? attr(pr, 'date1904') : undefined;
    const date1904 = d1904 === '1' || d1904 === 'true';
    const relsPart = relsPartOf(workbookPart);
    const relsEntryWb = zip.get(relsPart);
    const workbookRels = parseRelationships(relsEntryWb ? text(relsEntryWb) : null, relsPart, folderOf(workbookPart));
    const byId = new Map(workbookRels.map((r) => [r.id, r]));
    const sheetsNode = child(wb, 'sheets');
    const sheets: SheetInfo[] = (sheetsNode ? children(sheetsNode, 'sheet') : []).map((s) => {
      const name = attr(s, 'name') ?? '';
      const rId = relAttr(s) ?? '';
      const rel = byId.get(rId);
      const st = attr(s, 'state');
      checkSheetName(name, wbEntry.name);
      return {
        name,
        state: st === 'hidden' ? 'hidden' : st === 'veryHidden' ? 'veryHidden' : 'visible',
        sheetId: Number(attr(s, 'sheetId') ?? 0),
        rId,
        part: rel && !rel.external ? rel.target : '',
        isWorksheet: !!rel && (REL_TYPES.worksheet as readonly string[]).includes(rel.type),
      };
    });
    if (!sheets.length) throw new XlsxError('no-sheets');
    for (const s of sheets) if (s.isWorksheet && !zip.get(s.part)) throw damaged('part-missing', s.part, `sheet "${s.name}"`);
    return new XlsxPackage({ zip, codec, name: opts.name ?? '', contentTypes, workbookPart, kind, strict, date1904, sheets, workbookRels });
  }

  /** The worksheets (the sheets that hold cells), in workbook order. */
  get worksheets(): SheetInfo[] {
    return this.sheets.filter((s) => s.isWorksheet);
  }

  /** A part's text (null when the package has no such part). */
  partText(part: string): string | null {
    const e = this.zip.get(part);
    return e ? decodePart(this.zip.read(e, this.codec), e.name) : null;
  }

  cellStyles(): CellStyles {
    if (!this.styles) this.styles = readCellStyles(this.stylesPart ? this.partText(this.stylesPart) : null, this.stylesPart ?? '');
    return this.styles;
  }

  sharedStrings(): string[] {
    if (this.sst) return this.sst;
    const e = this.sharedStringsPart ? this.zip.get(this.sharedStringsPart) : undefined;
    if (!e) return (this.sst = []);
    const r = new SharedStringsReader(e.name);
    const data = this.zip.read(e, this.codec);
    try {
      if (data[0] === 0xff || data[0] === 0xfe) r.push(new TextEncoder().encode(decodePart(data, e.name)));
      else r.push(data);
      this.sst = r.end();
    } catch (err) {
      throw inPart(err, e.name);
    }
    return this.sst;
  }

  /**
   * Reads one worksheet (index into `worksheets`) into the engine's model, streamed: the
   * part is inflated and scanned chunk by chunk. `onProgress` gets the fraction read;
   * `maxRows` stops after that many rows (the first cells of a sheet, cheaply).
   */
  async readSheet(index: number, opts: { onProgress?: (done: number) => void; maxRows?: number } = {}): Promise<SheetModel> {
    const info = this.worksheets[index];
    if (!info) throw new RangeError(`no worksheet ${index}`);
    const entry = this.zip.get(info.part)!;
    const reader = new SheetReader(
      { part: info.part, sharedStrings: () => this.sharedStrings(), styles: this.cellStyles(), date1904: this.date1904 },
      opts.maxRows ? { maxRows: opts.maxRows } : {},
    );
    let done = 0;
    let lastReport = 0;
    let rows: SheetModel['rows'];
    try {
      for await (const chunk of this.textChunks(entry)) {
        reader.push(chunk);
        if (reader.stopped) break;
        done += chunk.length;
        if (opts.onProgress && done - lastReport > 1 << 22) {
          lastReport = done;
          opts.onProgress(Math.min(1, done / Math.max(1, entry.size)));
        }
      }
      rows = reader.end();
    } catch (e) {
      throw inPart(e, info.part);
    }
    const rowIndex = reader.rowIndex();
    if (rowIndex) this.rowIndexes.set(info.part, rowIndex);
    opts.onProgress?.(1);
    const sheet: SheetModel = { name: info.name, rows };
    if (info.state !== 'visible') sheet.hidden = true;
    if (reader.merged.length) sheet.merged = reader.merged;
    return sheet;
  }

  /** The whole workbook, sheet after sheet; `onProgress` gets the fraction of all sheets' bytes. */
  async readModel(onProgress?: (done: number) => void): Promise<WorkbookModel> {
    const list = this.worksheets;
    const sizes = list.map((s) => this.zip.get(s.part)!.size);
    const total = Math.max(
      1,
      sizes.reduce((a, b) => a + b, 0),
    );
    const sheets: SheetModel[] = [];
    let before = 0;
    for (let i = 0; i < list.length; i++) {
      const size = sizes[i]!;
      sheets.push(await this.readSheet(i, { onProgress: (f) => onProgress?.((before + f * size) / total) }));
      before += size;
    }
    onProgress?.(1);
    return { name: this.name, sheets };
  }

  /** A part's bytes as UTF-8 chunks (a UTF-16 part is transcoded). */
  async *textChunks(entry: ZipEntry): AsyncIterable<Uint8Array> {
    let first = true;
    let utf16: TextDecoder | null = null;
    const encoder = new TextEncoder();
    for await (const chunk of this.zip.stream(entry, this.codec)) {
      if (first) {
        first = false;
        if (chunk[0] === 0xff && chunk[1] === 0xfe) utf16 = new TextDecoder('utf-16le');
        else if (chunk[0] === 0xfe && chunk[1] === 0xff) utf16 = new TextDecoder('utf-16be');
        if (utf16) {
          yield encoder.encode(utf16.decode(chunk.subarray(2), { stream: true }));
          continue;
        }
      }
      yield utf16 ? encoder.encode(utf16.decode(chunk, { stream: true })) : chunk;
    }
    if (utf16) yield encoder.encode(utf16.decode());
  }
}

/** An error of the scanners (which do not know the part they read) with its part named. */
export function inPart(e: unknown, part: string): unknown {
  if (e instanceof XlsxError && !e.part) {
    return new XlsxError(e.code, {
      ...(e.reason ? { reason: e.reason } : {}),
      part,
      ...(e.detail ? { detail: e.detail } : {}),
      ...(e.sheet ? { sheet: e.sheet } : {}),
    });
  }
  return e;
}

export function contentTypeOf(ct: ContentTypes, part: string): string {
  const o = ct.overrides.get(part.toLowerCase());
  if (o !== undefined) return o;
  const dot = part.lastIndexOf('.');
  return ct.defaults.get(dot < 0 ? '' : part.slice(dot + 1).toLowerCase()) ?? '';
}

/** Excel refuses sheet names with `: \ / ? * [ ]`, empty ones and ones starting or ending with an apostrophe. */
function checkSheetName(name: string, part: string): void {
  if (!name || /[:\\/?*[\]]/.test(name) || name.startsWith("'") || name.endsWith("'"))
    throw new XlsxError('damaged', { reason: 'sheet-name', part, sheet: name, detail: `sheet name "${name}" is not allowed by Excel` });
}

/** Number format (and whether it is a date) of every cell style (`cellXfs`). */
export function readCellStyles(text: string | null, part: string): CellStyles {
  const formats: (string | undefined)[] = [];
  const dates: boolean[] = [];
  if (text === null) return { formats, dates };
  const root = parseXml(text, part);
  const custom = new Map<number, string>();
  const numFmts = child(root, 'numFmts');
  for (const f of numFmts ? children(numFmts, 'numFmt') : []) custom.set(Number(attr(f, 'numFmtId')), attr(f, 'formatCode') ?? '');
  const xfs = child(root, 'cellXfs');
  for (const xf of xfs ? children(xfs, 'xf') : []) {
    const id = Number(attr(xf, 'numFmtId') ?? 0);
    const code = id ? (custom.get(id) ?? BUILTIN_FORMATS[id]) : undefined;
    const f = code && code !== 'General' ? code : undefined;
    formats.push(f);
    dates.push(isDateFormat(f));
  }
  return { formats, dates };
}
