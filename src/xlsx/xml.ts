/**
 * The small XML parts of a package (content types, relationships, workbook, styles) read
 * with saxes into a little tree that remembers where each element starts and ends in the
 * text, so that the patch writer can append to a part without rewriting what is there.
 * Namespaces are resolved (prefixed or default, Transitional or Strict); a DOCTYPE or an
 * entity declaration is refused, never expanded.
 *
 * Also the text rules of SpreadsheetML strings: XML escaping, and the `_xHHHH_` escapes
 * Excel uses for characters XML cannot hold.
 */
import { SaxesParser } from 'saxes';
import { causeOf, damaged, XlsxError } from './errors';

export const NS = {
  main: 'http://schemas.openxmlformats.org/spreadsheetml/2006/main',
  mainStrict: 'http://purl.oclc.org/ooxml/spreadsheetml/main',
  rel: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  relStrict: 'http://purl.oclc.org/ooxml/officeDocument/relationships',
  pkgRel: 'http://schemas.openxmlformats.org/package/2006/relationships',
  contentTypes: 'http://schemas.openxmlformats.org/package/2006/content-types',
} as const;

export function isMainNs(uri: string): boolean {
  return uri === NS.main || uri === NS.mainStrict;
}

export interface XAttr {
  value: string;
  uri: string;
  local: string;
}

export interface XNode {
  name: string;
  local: string;
  uri: string;
  attrs: Map<string, XAttr>;
  /** Offsets in the part's text: start of `<name`, just after the start tag's `>`, just after the end tag. */
  start: number;
  openEnd: number;
  end: number;
  selfClosing: boolean;
  children: XNode[];
  /** The element's own text (children's text not included). */
  text: string;
}

/** The value of an attribute by local name (no namespace) or by namespace and local name. */
export function attr(n: XNode, local: string, uri = ''): string | undefined {
  for (const a of n.attrs.values()) if (a.local === local && a.uri === uri) return a.value;
  return undefined;
}

/** A relationship id attribute (`r:id`, `r:embed`…) in either relationships namespace. */
export function relAttr(n: XNode, local = 'id'): string | undefined {
  return attr(n, local, NS.rel) ?? attr(n, local, NS.relStrict);
}

export function child(n: XNode, local: string): XNode | undefined {
  return n.children.find((c) => c.local === local);
}

export function children(n: XNode, local: string): XNode[] {
  return n.children.filter((c) => c.local === local);
}

/** Bytes of a part as text: UTF-8 (a BOM dropped) or UTF-16 with its BOM. Invalid UTF-8 is damage. */
export function decodePart(bytes: Uint8Array, part: string): string {
  try {
    if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le', { fatal: true }).decode(bytes.subarray(2));
    if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be', { fatal: true }).decode(bytes.subarray(2));
    const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(start));
  } catch (e) {
    throw damaged('xml', part, `not valid text: ${causeOf(e)}`);
  }
}

/** Parses a part into a tree with offsets. */
export function parseXml(text: string, part: string): XNode {
  const parser = new SaxesParser({ xmlns: true, position: true });
  const root: XNode = {
    name: '#document',
    local: '#document',
    uri: '',
    attrs: new Map(),
    start: 0,
    openEnd: 0,
    end: text.length,
    selfClosing: false,
    children: [],
    text: '',
  };
  const stack: XNode[] = [root];
  let tagStart = 0;
  parser.on('doctype', () => {
    throw new XlsxError('doctype', { part });
  });
  parser.on('error', (e) => {
    throw damaged('xml', part, e.message);
  });
  parser.on('opentagstart', () => {
    tagStart = text.lastIndexOf('<', parser.position - 1);
  });
  parser.on('opentag', (t) => {
    const attrs = new Map<string, XAttr>();
    for (const [k, a] of Object.entries(t.attributes)) attrs.set(k, { value: a.value, uri: a.uri, local: a.local });
    const node: XNode = {
      name: t.name,
      local: t.local,
      uri: t.uri,
      attrs,
      start: tagStart,
      openEnd: parser.position,
      end: parser.position,
      selfClosing: t.isSelfClosing,
      children: [],
      text: '',
    };
    stack[stack.length - 1]!.children.push(node);
    stack.push(node);
  });
  parser.on('text', (s) => {
    stack[stack.length - 1]!.text += s;
  });
  parser.on('cdata', (s) => {
    stack[stack.length - 1]!.text += s;
  });
  parser.on('closetag', () => {
    const node = stack.pop()!;
    node.end = parser.position;
  });
  try {
    parser.write(text).close();
  } catch (e) {
    if (e instanceof XlsxError) throw e;
    throw damaged('xml', part, causeOf(e));
  }
  const top = root.children[0];
  if (!top) throw damaged('xml', part, 'no root element');
  return top;
}

/** Escapes text for element content. */
export function escText(s: string): string {
  return s.replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'));
}

/** Escapes text for a double-quoted attribute value. */
export function escAttr(s: string): string {
  return s.replace(/[&<>"\n\r\t]/g, (c) =>
    c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '"' ? '&quot;' : `&#${c.charCodeAt(0)};`,
  );
}

/**
 * A string as SpreadsheetML stores it (ST_Xstring): characters XML 1.0 cannot hold (controls,
 * a carriage return, lone surrogates, U+FFFE/U+FFFF) as `_xHHHH_`, and an underscore that would
 * read as such an escape written `_x005F_`; then XML-escaped.
 */
export function xstring(s: string): string {
  // Surrogate pairs are matched first and kept; what is left of a pair alone is escaped.
  const encoded = s.replace(
    // eslint-disable-next-line no-control-regex -- these control characters are exactly what XML cannot hold
    /[\uD800-\uDBFF][\uDC00-\uDFFF]|_(?=x[0-9A-Fa-f]{4}_)|[\u0000-\u0008\u000B-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/g,
    (c) => (c.length === 2 ? c : `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`),
  );
  return escText(encoded);
}

/** Decodes `_xHHHH_` escapes (either case of hex digits). */
export function unescapeXstring(s: string): string {
  return s.indexOf('_x') < 0 ? s : s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
}
