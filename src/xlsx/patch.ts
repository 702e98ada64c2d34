/**
 * The flagged copy: the input package with thidua's additions and nothing else changed.
 *
 * - every part the copy does not touch is carried over as it is stored (compressed bytes,
 *   local header and central record copied; only its offset moves);
 * - a sheet that gets a status column is rewritten in one streaming pass (patch-sheet.ts);
 * - the summary sheet is a new part — or replaces thidua's own summary from an earlier run
 *   (the sheet whose A1 is the summary title) — and any further new sheets follow it;
 * - `workbook.xml`, its relationships, `[Content_Types].xml` and `styles.xml` change only by
 *   what is appended (a `<sheet>`, a `<Relationship>`, an `<Override>`, styles at the end of
 *   their lists, and the counts that follow).
 *
 * Charts, drawings, pictures, comments, data validation, tables, pivot tables, slicers,
 * defined names of every scope, print settings, custom XML, external links and VBA are in
 * parts (or in the untouched parts of a sheet) this never rewrites; a macro-enabled workbook
 * keeps its content type.
 */
import { messages } from '../engine/i18n';
import type { FlagPlan } from '../engine/output/flags';
import type { SummarySheet } from '../engine/output/summary-sheet';
import { XlsxError } from './errors';
import { CT, folderOf, inPart, REL_TYPES, relsPartOf, type XlsxPackage } from './package';
import { SheetPatcher, type SheetEdits } from './patch-sheet';
import { colLetters, sheetXml, type NewSheet } from './sheet-xml';
import { MINIMAL_STYLES, StylesEditor } from './styles-edit';
import { escAttr, NS, parseXml } from './xml';
import { ZipWriter } from './zip-writer';

export interface PatchOptions {
  flags: FlagPlan;
  summary?: { sheet: SummarySheet; names: { preferred: string; alternative: string } };
  /** Further new sheets after the summary (the roll-up's nominee list and data block). */
  extraSheets?: NewSheet[];
  /** Deflate level of the parts written anew (default 6; a part above 8 MB unpacked gets at most 4). */
  level?: number;
}

export interface PatchResult {
  bytes: Uint8Array;
  /** The summary sheet's name (the preferred one, or the alternative beside a user's sheet of that name). */
  summaryName?: string;
  /** Names the extra sheets got. */
  extraNames: string[];
  /** Statuses left out because a user's cell holds that place. */
  skipped: number;
}

/** A free sheet name: the preferred one unless taken, then the alternative, then numbered. */
export function freeSheetName(taken: Iterable<string>, names: { preferred: string; alternative: string }): string {
  const t = new Set([...taken].map((n) => n.toLowerCase()));
  if (!t.has(names.preferred.toLowerCase())) return names.preferred;
  if (!t.has(names.alternative.toLowerCase())) return names.alternative;
  for (let i = 2; ; i++) {
    const n = `${names.alternative.slice(0, 25)} ${i}`;
    if (!t.has(n.toLowerCase())) return n;
  }
}

const SUMMARY_TITLES = new Set((['vi', 'en'] as const).map((l) => messages(l).summary.title));
/** Per package (which never changes), the worksheets whose A1 is thidua's summary title. */
const ownSummaries = new WeakMap<XlsxPackage, number[]>();

/** The worksheet index (into `pkg.worksheets`) of thidua's own summary sheet, if the workbook has one. */
export async function findOwnSummary(pkg: XlsxPackage, names: { preferred: string; alternative: string }): Promise<number> {
  let found = ownSummaries.get(pkg);
  if (!found) {
    found = [];
    for (let i = 0; i < pkg.worksheets.length; i++) {
      const s = await pkg.readSheet(i, { maxRows: 1 });
      const a1 = s.rows[0]?.[0]?.v;
      if (typeof a1 === 'string' && SUMMARY_TITLES.has(a1.trim())) found.push(i);
    }
    ownSummaries.set(pkg, found);
  }
  const wanted = [names.preferred, names.alternative].map((n) => n.toLowerCase());
  return found.find((i) => wanted.includes(pkg.worksheets[i]!.name.toLowerCase())) ?? found[0] ?? -1;
}

/** What the flag plan writes into each sheet, gathered per sheet. */
export function sheetEdits(flags: FlagPlan): Map<string, SheetEdits> {
  const out = new Map<string, SheetEdits>();
  for (const f of flags.sheets) {
    let e = out.get(f.sheet);
    if (!e) {
      e = { cells: new Map(), owned: [], widths: [], cf: [], dropCf: new Set() };
      out.set(f.sheet, e);
    }
    const col = f.statusColumn;
    const put = (row: number, text: string, header: boolean) => {
      const list = e!.cells.get(row) ?? [];
      const at = list.findIndex((c) => c.col === col);
      if (at >= 0) list.splice(at, 1);
      list.push({ col, text, header });
      e!.cells.set(row, list);
    };
    const headerRow = f.headerRows[0]!;
    put(headerRow, f.header, true);
    for (const [row, text] of f.statuses) put(row, text, false);
    e.owned.push({ col, top: headerRow, bottom: Math.max(f.lastDataRow, headerRow) });
    if (!e.widths.includes(col)) e.widths.push(col);
    const letter = colLetters(col);
    e.cf.push({ sqref: `${colLetters(f.firstColumn)}${f.firstDataRow}:${letter}${f.lastDataRow}`, letter, firstRow: f.firstDataRow });
    e.dropCf.add(letter);
  }
  return out;
}

interface NewPart {
  name: string;
  data: Uint8Array;
}

const enc = new TextEncoder();

/** Unpacked size above which a rewritten part is compressed faster. */
const BIG_PART = 8 * 1048576;

/** Inserts `text` just before the end tag of the element `node` spans (`<a>…</a>`), or expands `<a/>`. */
function appendInto(xml: string, start: number, end: number, selfClosing: boolean, name: string, text: string): string {
  if (selfClosing) {
    const open = xml.slice(start, end).replace(/\s*\/>$/, '>');
    return xml.slice(0, start) + open + text + `</${name}>` + xml.slice(end);
  }
  const at = xml.lastIndexOf('</', end - 1);
  return xml.slice(0, at) + text + xml.slice(at);
}

export async function patchWorkbook(pkg: XlsxPackage, opts: PatchOptions): Promise<PatchResult> {
  const level = opts.level ?? 6;
  const codec = pkg.codec;
  const zip = pkg.zip;
  const replaced = new Map<string, { packed: Uint8Array[]; compressedSize: number; size: number; crc: number }>();
  const added: NewPart[] = [];
  const stylesText = pkg.stylesPart ? pkg.partText(pkg.stylesPart) : null;
  const styles = new StylesEditor(stylesText ?? MINIMAL_STYLES, pkg.stylesPart ?? 'styles.xml');
  let skipped = 0;

  // ---- the flagged sheets, each rewritten in one streaming pass ----
  const edits = sheetEdits(opts.flags);
  for (const [name, e] of edits) {
    const info = pkg.worksheets.find((s) => s.name === name);
    if (!info) continue;
    const entry = zip.get(info.part)!;
    const patcher = new SheetPatcher(
      e,
      {
        part: info.part,
        styles,
        sharedStrings: () => pkg.sharedStrings(),
        header: opts.flags.sheets.find((f) => f.sheet === name)!.header,
      },
      pkg.rowIndexes.get(info.part),
    );
    // A big sheet (the 200,000-row benchmark's is 66 MB) at level 4: 95 % of level 6's
    // compression in 45 % of its time, and still smaller than most writers' own output.
    const deflater = codec.deflater(entry.size > BIG_PART ? Math.min(level, 4) : level);
    let crc = 0;
    let size = 0;
    const write = async (chunks: Uint8Array[]) => {
      for (const c of chunks) {
        crc = codec.crc32(c, crc);
        size += c.length;
        await deflater.write(c);
      }
    };
    try {
      for await (const chunk of pkg.textChunks(entry)) await write(patcher.push(chunk));
      await write(patcher.end());
    } catch (err) {
      throw inPart(err, info.part);
    }
    const packed = await deflater.end();
    skipped += patcher.skipped;
    replaced.set(entry.name, { packed, compressedSize: packed.reduce((n, p) => n + p.length, 0), size, crc });
  }

  // ---- new sheets: the summary (or thidua's earlier one replaced), then the extra sheets ----
  const taken = pkg.sheets.map((s) => s.name);
  const wbFolder = folderOf(pkg.workbookPart);
  let workbookXml: string | null = null;
  const newSheetEntries: string[] = [];
  const newRels: string[] = [];
  const newOverrides: string[] = [];
  let nextSheetId = Math.max(0, ...pkg.sheets.map((s) => s.sheetId)) + 1;
  const relIds = new Set(pkg.workbookRels.map((r) => r.id));
  let relNo = pkg.workbookRels.reduce((n, r) => Math.max(n, Number(/^rId(\d+)$/.exec(r.id)?.[1] ?? 0)), 0);
  const nextRelId = () => {
    let id: string;
    do id = `rId${++relNo}`;
    while (relIds.has(id));
    relIds.add(id);
    return id;
  };
  const partNames = new Set(zip.entries.map((e) => e.name.toLowerCase()));
  let sheetNo = 1;
  const nextSheetPart = () => {
    let p: string;
    do p = `${wbFolder}worksheets/sheet${sheetNo++}.xml`;
    while (partNames.has(p.toLowerCase()));
    partNames.add(p.toLowerCase());
    return p;
  };
  const strictNs = pkg.strict;
  const wsRelType = strictNs ? REL_TYPES.worksheet[1] : REL_TYPES.worksheet[0];
  // The prefix workbook.xml binds to the relationships namespace (for r:id on the new <sheet>).
  const wbText = pkg.partText(pkg.workbookPart)!;
  const wbTree = parseXml(wbText, pkg.workbookPart);
  const sheetsNode = wbTree.children.find((c) => c.local === 'sheets')!;
  const firstSheet = sheetsNode.children.find((c) => c.local === 'sheet');
  const idAttrName =
    (firstSheet &&
      [...firstSheet.attrs.entries()].find(([, a]) => a.local === 'id' && (a.uri === NS.rel || a.uri === NS.relStrict))?.[0]) ??
    'r:id';
  const sheetEl = firstSheet ? firstSheet.name : 'sheet';
  const addSheet = (sheet: NewSheet, name: string) => {
    const part = nextSheetPart();
    const rId = nextRelId();
    added.push({ name: part, data: enc.encode(sheetXml({ ...sheet, name }, styles, { strict: strictNs })) });
    const state = sheet.state && sheet.state !== 'visible' ? ` state="${sheet.state}"` : '';
    newSheetEntries.push(`<${sheetEl} name="${escAttr(name)}" sheetId="${nextSheetId++}"${state} ${idAttrName}="${rId}"/>`);
    newRels.push(`<Relationship Id="${rId}" Type="${wsRelType}" Target="${escAttr(part.slice(wbFolder.length))}"/>`);
    newOverrides.push(`<Override PartName="/${escAttr(part)}" ContentType="${CT.worksheet}"/>`);
    taken.push(name);
  };

  let summaryName: string | undefined;
  if (opts.summary) {
    const own = await findOwnSummary(pkg, opts.summary.names);
    if (own >= 0) {
      const info = pkg.worksheets[own]!;
      summaryName = info.name;
      const data = enc.encode(sheetXml({ ...opts.summary.sheet, name: info.name }, styles, { strict: strictNs }));
      const packed = codec.deflateSync(data, level);
      replaced.set(zip.get(info.part)!.name, {
        packed: [packed],
        compressedSize: packed.length,
        size: data.length,
        crc: codec.crc32(data),
      });
    } else {
      summaryName = freeSheetName(taken, opts.summary.names);
      addSheet({ ...opts.summary.sheet, name: summaryName }, summaryName);
    }
  }
  const extraNames: string[] = [];
  for (const s of opts.extraSheets ?? []) {
    const name = freeSheetName(taken, { preferred: s.name, alternative: `${s.name.slice(0, 27)} (2)` });
    addSheet(s, name);
    extraNames.push(name);
  }

  // ---- styles.xml: appended to (or added, for a workbook without one) ----
  if (styles.changed) {
    const data = enc.encode(styles.toText());
    if (pkg.stylesPart) {
      const packed = codec.deflateSync(data, level);
      replaced.set(zip.get(pkg.stylesPart)!.name, {
        packed: [packed],
        compressedSize: packed.length,
        size: data.length,
        crc: codec.crc32(data),
      });
    } else {
      let part = `${wbFolder}styles.xml`;
      for (let i = 2; partNames.has(part.toLowerCase()); i++) part = `${wbFolder}styles${i}.xml`;
      added.push({ name: part, data });
      newRels.push(
        `<Relationship Id="${nextRelId()}" Type="${strictNs ? REL_TYPES.styles[1] : REL_TYPES.styles[0]}" Target="${escAttr(part.slice(wbFolder.length))}"/>`,
      );
      newOverrides.push(`<Override PartName="/${escAttr(part)}" ContentType="${CT.styles}"/>`);
    }
  }

  // ---- workbook.xml, its relationships and the content types: appended to ----
  if (newSheetEntries.length) {
    workbookXml = appendInto(wbText, sheetsNode.start, sheetsNode.end, sheetsNode.selfClosing, sheetsNode.name, newSheetEntries.join(''));
  }
  if (newRels.length) {
    const relsPart = relsPartOf(pkg.workbookPart);
    const text = pkg.partText(relsPart);
    if (text === null) {
      const xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${NS.pkgRel}">${newRels.join('')}</Relationships>`;
      added.push({ name: relsPart, data: enc.encode(xml) });
    } else {
      const root = parseXml(text, relsPart);
      replace(relsPart, appendInto(text, root.start, root.end, root.selfClosing, root.name, newRels.join('')));
    }
  }
  if (newOverrides.length) {
    const root = pkg.contentTypes.tree;
    replace(
      '[Content_Types].xml',
      appendInto(pkg.contentTypes.text, root.start, root.end, root.selfClosing, root.name, newOverrides.join('')),
    );
  }
  if (workbookXml !== null) replace(pkg.workbookPart, workbookXml);

  function replace(part: string, text: string): void {
    const e = zip.get(part);
    if (!e) throw new XlsxError('damaged', { reason: 'part-missing', part });
    const data = enc.encode(text);
    const packed = codec.deflateSync(data, level);
    replaced.set(e.name, { packed: [packed], compressedSize: packed.length, size: data.length, crc: codec.crc32(data) });
  }

  // ---- the zip: every entry in its place, copied or replaced; new parts at the end ----
  const w = new ZipWriter(codec);
  for (const e of zip.entries) {
    const r = replaced.get(e.name);
    if (r) w.addPacked(e.name, r.packed, r.compressedSize, r.size, r.crc);
    else w.copy(zip, e);
  }
  for (const a of added) w.add(a.name, a.data, level);
  return { bytes: w.finish(), ...(summaryName !== undefined ? { summaryName } : {}), extraNames, skipped };
}
