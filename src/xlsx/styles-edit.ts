/**
 * Adds the styles thidua needs to a workbook's `styles.xml` by appending only: new fonts,
 * fills, number formats, cell formats (`cellXfs`) and differential formats (`dxfs`, for the
 * conditional formats) go at the end of their lists, whose `count` follows; nothing already
 * there changes index or text. A container the part lacks is added in its schema place.
 * The same editor, over a minimal stylesheet, styles the workbooks thidua writes from scratch.
 */
import { builtinId } from './numfmt';
import { attr, child, escAttr, parseXml, type XNode } from './xml';

/** The look of a cell thidua writes. */
export interface CellLook {
  bold?: boolean;
  /** A link: blue, underlined. */
  link?: boolean;
  /** Solid fill, RGB hex (`FFC7CE`). */
  fill?: string;
  numFmt?: string;
  wrap?: boolean;
  /** Vertical alignment with `wrap` (default top). */
  vertical?: 'top' | 'center';
}

/** Order of the containers of a stylesheet (CT_Stylesheet). */
const ORDER = ['numFmts', 'fonts', 'fills', 'borders', 'cellStyleXfs', 'cellXfs', 'cellStyles', 'dxfs', 'tableStyles', 'colors', 'extLst'];

export const LINK_COLOR = 'FF0563C1';

export const MINIMAL_STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1"><font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '<dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>' +
  '</styleSheet>';

interface List {
  node: XNode | undefined;
  /** Raw XML of the items already there. */
  items: string[];
  added: string[];
}

export class StylesEditor {
  private readonly root: XNode;
  private readonly p: string;
  private readonly lists = new Map<string, List>();
  private readonly customFormats = new Map<string, number>();
  private nextFmtId = 164;
  private readonly lookCache = new Map<string, number>();
  private readonly headerCache = new Map<number, number>();

  constructor(
    private readonly text: string,
    part: string,
  ) {
    this.root = parseXml(text, part);
    const colon = this.root.name.indexOf(':');
    this.p = colon < 0 ? '' : this.root.name.slice(0, colon + 1);
    for (const name of ['numFmts', 'fonts', 'fills', 'cellXfs', 'dxfs']) {
      const node = child(this.root, name);
      this.lists.set(name, { node, items: node ? node.children.map((c) => text.slice(c.start, c.end)) : [], added: [] });
    }
    const numFmts = child(this.root, 'numFmts');
    for (const f of numFmts?.children ?? []) {
      const id = Number(attr(f, 'numFmtId'));
      const code = attr(f, 'formatCode');
      if (code !== undefined && !this.customFormats.has(code)) this.customFormats.set(code, id);
      if (id >= this.nextFmtId) this.nextFmtId = id + 1;
    }
  }

  get changed(): boolean {
    return [...this.lists.values()].some((l) => l.added.length > 0);
  }

  private list(name: string): List {
    return this.lists.get(name)!;
  }

  /** Index of an item: an identical one already added or present, else appended. */
  private add(name: string, xml: string): number {
    const l = this.list(name);
    const at = l.added.indexOf(xml);
    if (at >= 0) return l.items.length + at;
    const old = l.items.indexOf(xml);
    if (old >= 0) return old;
    l.added.push(xml);
    return l.items.length + l.added.length - 1;
  }

  private el(name: string): string {
    return `${this.p}${name}`;
  }

  /** A font like `base` (an existing font index), made bold, or a link. */
  private font(base: number, look: { bold?: boolean; link?: boolean }): number {
    const fonts = this.list('fonts');
    const baseNode = fonts.node?.children[base];
    let inner = '';
    let hasB = false;
    for (const c of baseNode?.children ?? []) {
      if (c.local === 'b') hasB = true;
      if (look.link && (c.local === 'u' || c.local === 'color')) continue;
      inner += this.text.slice(c.start, c.end);
    }
    if (!look.bold && !look.link) return base;
    const f = this.el('font');
    const xml =
      `<${f}>` +
      (look.bold && !hasB ? `<${this.el('b')}/>` : '') +
      (look.link ? `<${this.el('u')}/><${this.el('color')} rgb="${LINK_COLOR}"/>` : '') +
      inner +
      `</${f}>`;
    if (look.bold && hasB && !look.link) return base;
    return this.add('fonts', xml);
  }

  private fill(hex: string): number {
    const f = this.el('fill');
    const pf = this.el('patternFill');
    return this.add(
      'fills',
      `<${f}><${pf} patternType="solid"><${this.el('fgColor')} rgb="FF${hex}"/><${this.el('bgColor')} indexed="64"/></${pf}></${f}>`,
    );
  }

  private numFmtId(code: string): number {
    const b = builtinId(code);
    if (b !== undefined) return b;
    const known = this.customFormats.get(code);
    if (known !== undefined) return known;
    const id = this.nextFmtId++;
    this.customFormats.set(code, id);
    this.add('numFmts', `<${this.el('numFmt')} numFmtId="${id}" formatCode="${escAttr(code)}"/>`);
    return id;
  }

  /** The cell format (`s`) of a look, on the workbook's default font. */
  look(look: CellLook): number {
    const key = JSON.stringify(look);
    const known = this.lookCache.get(key);
    if (known !== undefined) return known;
    if (!look.bold && !look.link && !look.fill && !look.numFmt && !look.wrap) {
      this.lookCache.set(key, 0);
      return 0;
    }
    const fontId = this.font(0, look);
    const fillId = look.fill ? this.fill(look.fill) : 0;
    const numFmtId = look.numFmt ? this.numFmtId(look.numFmt) : 0;
    const x = this.el('xf');
    const xml =
      `<${x} numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="0" xfId="0"` +
      (numFmtId ? ' applyNumberFormat="1"' : '') +
      (fontId ? ' applyFont="1"' : '') +
      (fillId ? ' applyFill="1"' : '') +
      (look.wrap ? ` applyAlignment="1"><${this.el('alignment')} vertical="${look.vertical ?? 'top'}" wrapText="1"/></${x}>` : '/>');
    const id = this.add('cellXfs', xml);
    this.lookCache.set(key, id);
    return id;
  }

  /**
   * The status header's format: the cell's own format (`base`, its `s`) with a bold font and
   * wrapped text, vertically centred, as exceljs gave it. Kept as it is when it already is.
   */
  header(base: number): number {
    const known = this.headerCache.get(base);
    if (known !== undefined) return known;
    const xfs = this.list('cellXfs');
    const node = xfs.node?.children[base] ?? xfs.node?.children[0];
    const fontId = Number(node ? (attr(node, 'fontId') ?? 0) : 0);
    const align = node ? child(node, 'alignment') : undefined;
    const fontNode = this.list('fonts').node?.children[fontId];
    const bold = !!fontNode?.children.some((c) => c.local === 'b' && attr(c, 'val') !== '0' && attr(c, 'val') !== 'false');
    const wrapped = !!align && (attr(align, 'wrapText') === '1' || attr(align, 'wrapText') === 'true');
    if (node && bold && wrapped) {
      this.headerCache.set(base, base);
      return base;
    }
    const newFont = this.font(fontId, { bold: true });
    const x = this.el('xf');
    let attrs = '';
    for (const [name, a] of node?.attrs ?? []) {
      if (['fontId', 'applyFont', 'applyAlignment'].includes(a.local) && !a.uri) continue;
      attrs += ` ${name}="${escAttr(a.value)}"`;
    }
    if (!node) attrs = ' numFmtId="0" fillId="0" borderId="0" xfId="0"';
    let alignAttrs = '';
    for (const [name, a] of align?.attrs ?? []) {
      if (['wrapText', 'vertical'].includes(a.local) && !a.uri) continue;
      alignAttrs += ` ${name}="${escAttr(a.value)}"`;
    }
    let rest = '';
    for (const c of node?.children ?? []) if (c.local !== 'alignment') rest += this.text.slice(c.start, c.end);
    const xml = `<${x}${attrs} fontId="${newFont}" applyFont="1" applyAlignment="1"><${this.el('alignment')}${alignAttrs} vertical="center" wrapText="1"/>${rest}</${x}>`;
    const id = this.add('cellXfs', xml);
    this.headerCache.set(base, id);
    return id;
  }

  /** A differential format with a solid background (a conditional format's fill). */
  dxfFill(hex: string): number {
    const f = this.el('fill');
    const pf = this.el('patternFill');
    return this.add(
      'dxfs',
      `<${this.el('dxf')}><${f}><${pf} patternType="solid"><${this.el('bgColor')} rgb="FF${hex}"/></${pf}></${f}></${this.el('dxf')}>`,
    );
  }

  /** How many cell formats there are (an `s` at or above it does not exist). */
  get xfCount(): number {
    const l = this.list('cellXfs');
    return l.items.length + l.added.length;
  }

  /** The stylesheet with what was added: appended at the end of each list, counts updated. */
  toText(): string {
    const edits: { at: number; end: number; text: string }[] = [];
    for (const [name, l] of this.lists) {
      if (!l.added.length) continue;
      const count = l.items.length + l.added.length;
      const addition = l.added.join('');
      const n = l.node;
      if (n && !n.selfClosing) {
        const closeAt = this.text.lastIndexOf('</', n.end - 1);
        edits.push({ at: closeAt, end: closeAt, text: addition });
        edits.push(countEdit(this.text, n, count));
      } else if (n) {
        // `<dxfs count="0"/>`: the same element, now with its items.
        const open = this.text
          .slice(n.start, n.end)
          .replace(/\s*\/>$/, '>')
          .replace(/\bcount\s*=\s*(["'])\d*\1/, `count="${count}"`);
        const withCount = /\bcount\s*=/.test(open) ? open : open.replace(/>$/, ` count="${count}">`);
        edits.push({ at: n.start, end: n.end, text: `${withCount}${addition}</${n.name}>` });
      } else {
        const at = this.insertionPoint(name);
        edits.push({ at, end: at, text: `<${this.el(name)} count="${count}">${addition}</${this.el(name)}>` });
      }
    }
    edits.sort((a, b) => a.at - b.at || a.end - b.end);
    let out = '';
    let pos = 0;
    for (const e of edits) {
      out += this.text.slice(pos, e.at) + e.text;
      pos = e.end;
    }
    return out + this.text.slice(pos);
  }

  /** Where a missing container goes: before the first container that follows it in the schema. */
  private insertionPoint(name: string): number {
    const after = ORDER.slice(ORDER.indexOf(name) + 1);
    const next = this.root.children.find((c) => after.includes(c.local));
    if (next) return next.start;
    return this.text.lastIndexOf('</', this.root.end - 1);
  }
}

/** Replaces the value of `count` in an element's start tag (or adds it). */
function countEdit(text: string, n: XNode, count: number): { at: number; end: number; text: string } {
  const open = text.slice(n.start, n.openEnd);
  const m = /\bcount\s*=\s*(["'])(\d*)\1/.exec(open);
  if (m) {
    const at = n.start + m.index;
    return { at, end: at + m[0].length, text: `count="${count}"` };
  }
  const at = n.openEnd - 1;
  return { at, end: at, text: ` count="${count}"` };
}
