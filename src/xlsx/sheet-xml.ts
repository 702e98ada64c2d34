/**
 * A sheet thidua writes whole — the summary *Tổng hợp*, the nominee list, the data block, the
 * roll-up's own sheets — as worksheet XML: column widths, cells (text always as inline
 * strings, never formulas), bold, fills, wrapped text with the row height it needs, number
 * formats, and links to rows of other sheets of the same workbook.
 */
import type { SummaryCell, SummarySheet } from '../engine/output/summary-sheet';
import { SUMMARY_FILLS } from '../port/workbook-port';
import { dateToSerial } from './dates';
import type { StylesEditor } from './styles-edit';
import { escAttr, xstring } from './xml';

/** A cell of a sheet written whole: a summary cell, or any value a model cell may hold. */
export interface NewCell extends Omit<SummaryCell, 'v'> {
  v: string | number | boolean | Date | null;
}

/** A sheet written whole (`SummarySheet` plus its name and visibility). */
export interface NewSheet extends Omit<SummarySheet, 'rows'> {
  name: string;
  state?: 'visible' | 'hidden' | 'veryHidden';
  rows: (NewCell | null | undefined)[][];
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const MAIN_STRICT = 'http://purl.oclc.org/ooxml/spreadsheetml/main';

/** Column letters of a 1-based column number. */
export function colLetters(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

/** About how many lines a text takes in a column of `width` characters (as the exceljs writer measured it). */
export function wrappedLines(text: string, width: number): number {
  const per = Math.max(1, Math.floor(width * 1.1));
  return text.split('\n').reduce((n, line) => n + Math.max(1, Math.ceil(line.length / per)), 0);
}

/** A link target inside the workbook: `'Sheet name'!A12`. */
export function linkLocation(sheet: string, row: number): string {
  return `'${sheet.replace(/'/g, "''")}'!A${row}`;
}

/** The text of an inline-string cell. */
export function inlineString(text: string): string {
  return `<is><t xml:space="preserve">${xstring(text)}</t></is>`;
}

export function sheetXml(sheet: NewSheet, styles: StylesEditor, opts: { strict?: boolean } = {}): string {
  const rowsXml: string[] = [];
  const links: string[] = [];
  let maxCol = 0;
  sheet.rows.forEach((row, r) => {
    if (!row) return;
    let cells = '';
    let lines = 1;
    row.forEach((cell, c) => {
      if (!cell) return;
      const ref = `${colLetters(c + 1)}${r + 1}`;
      const v = cell.v;
      const isNum = typeof v === 'number' && Number.isFinite(v);
      const numFmt = cell.numFmt && (isNum || v instanceof Date) ? cell.numFmt : v instanceof Date ? 'mm-dd-yy' : undefined;
      const s = styles.look({
        ...(cell.bold ? { bold: true } : {}),
        ...(cell.link && typeof v !== 'object' ? { link: true } : {}),
        ...(cell.style ? { fill: SUMMARY_FILLS[cell.style] } : {}),
        ...(numFmt ? { numFmt } : {}),
        ...(cell.wrap ? { wrap: true } : {}),
      });
      const sAttr = s ? ` s="${s}"` : '';
      let body: string | null;
      if (v === null || v === undefined || (v === '' && !s)) body = null;
      else if (typeof v === 'string') body = v === '' ? null : `t="inlineStr">${inlineString(v)}`;
      else if (typeof v === 'boolean') body = `t="b"><v>${v ? 1 : 0}</v>`;
      else if (v instanceof Date) body = `><v>${dateToSerial(v)}</v>`;
      else if (isNum) body = `><v>${v}</v>`;
      else body = `t="inlineStr">${inlineString(String(v))}`;
      if (body === null) {
        if (!s) return;
        cells += `<c r="${ref}"${sAttr}/>`;
      } else {
        cells += body.startsWith('>') ? `<c r="${ref}"${sAttr}${body}</c>` : `<c r="${ref}"${sAttr} ${body}</c>`;
      }
      maxCol = Math.max(maxCol, c + 1);
      if (cell.link && typeof v !== 'object' && v !== null) {
        links.push(
          `<hyperlink ref="${ref}" location="${escAttr(linkLocation(cell.link.sheet, cell.link.row))}" display="${escAttr(String(v))}"/>`,
        );
      }
      if (cell.wrap && typeof v === 'string') lines = Math.max(lines, wrappedLines(v, sheet.widths[c] ?? 10));
    });
    if (!cells) return;
    // A file does not re-measure rows when opened: give wrapped rows the height they need.
    const ht = lines > 1 ? ` ht="${15 * lines}" customHeight="1"` : '';
    rowsXml.push(`<row r="${r + 1}"${ht}>${cells}</row>`);
  });
  const cols = sheet.widths.length
    ? `<cols>${sheet.widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join('')}</cols>`
    : '';
  const lastRow = rowsXml.length ? sheet.rows.length : 1;
  const dim = `A1:${colLetters(Math.max(1, maxCol))}${Math.max(1, lastRow)}`;
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<worksheet xmlns="${opts.strict ? MAIN_STRICT : MAIN}">` +
    `<dimension ref="${dim}"/><sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15"/>` +
    cols +
    `<sheetData>${rowsXml.join('')}</sheetData>` +
    (links.length ? `<hyperlinks>${links.join('')}</hyperlinks>` : '') +
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
    '</worksheet>'
  );
}
