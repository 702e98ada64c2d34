/**
 * Reads a .docx back for tests, without the library that wrote it: unzip (fflate), then
 * `word/document.xml` through an XML tokenizer (saxes). Gives the text one paragraph per line
 * in document order (table cells included, as a word processor reads them out), the tables
 * row by row, the highlighted runs, and the parts between section breaks.
 */
import { strFromU8, unzipSync } from 'fflate';
import { SaxesParser } from 'saxes';

export interface DocxPart {
  /** Paragraph texts in order, cells included. */
  lines: string[];
  /** Each table: rows of cells, a cell's paragraphs joined by "\n". */
  tables: string[][][];
}

export interface DocxRead {
  files: Record<string, string>;
  /** One part per section of the document. */
  parts: DocxPart[];
  lines: string[];
  /** Text of the runs drawn with a highlight (the placeholders). */
  highlighted: string[];
  /** Every w:sectPr's page size and margins, in twips. */
  sections: { width: number; height: number; top: number; bottom: number; left: number; right: number; titlePage: boolean }[];
}

export function readDocx(bytes: Uint8Array): DocxRead {
  const zip = unzipSync(bytes);
  const files: Record<string, string> = {};
  for (const [name, data] of Object.entries(zip)) if (/\.(xml|rels)$/.test(name)) files[name] = strFromU8(data);
  const xml = files['word/document.xml'];
  if (!xml) throw new Error('no word/document.xml');

  const parts: DocxPart[] = [{ lines: [], tables: [] }];
  const highlighted: string[] = [];
  const sections: DocxRead['sections'] = [];
  let para: string | null = null;
  let run = '';
  let runHighlighted = false;
  let inText = false;
  const tables: { rows: string[][]; row: string[] | null; cell: string[] | null }[] = [];
  let sect: DocxRead['sections'][number] | null = null;

  const parser = new SaxesParser();
  parser.on('opentag', (tag) => {
    const a = tag.attributes as Record<string, string>;
    switch (tag.name) {
      case 'w:p':
        para = '';
        break;
      case 'w:r':
        run = '';
        runHighlighted = false;
        break;
      case 'w:highlight':
        runHighlighted = true;
        break;
      case 'w:t':
        inText = true;
        break;
      case 'w:tab':
        if (para !== null) run += '\t';
        break;
      case 'w:br':
        if (para !== null) run += '\n';
        break;
      case 'w:tbl':
        tables.push({ rows: [], row: null, cell: null });
        break;
      case 'w:tr':
        tables.at(-1)!.row = [];
        break;
      case 'w:tc':
        tables.at(-1)!.cell = [];
        break;
      case 'w:sectPr':
        sect = { width: 0, height: 0, top: 0, bottom: 0, left: 0, right: 0, titlePage: false };
        break;
      case 'w:pgSz':
        if (sect) Object.assign(sect, { width: Number(a['w:w']), height: Number(a['w:h']) });
        break;
      case 'w:pgMar':
        if (sect)
          Object.assign(sect, {
            top: Number(a['w:top']),
            bottom: Number(a['w:bottom']),
            left: Number(a['w:left']),
            right: Number(a['w:right']),
          });
        break;
      case 'w:titlePg':
        if (sect) sect.titlePage = a['w:val'] !== 'false' && a['w:val'] !== '0';
        break;
    }
  });
  parser.on('text', (t) => {
    if (inText) run += t;
  });
  parser.on('closetag', (tag) => {
    switch (tag.name) {
      case 'w:t':
        inText = false;
        break;
      case 'w:r':
        if (para !== null) para += run;
        if (runHighlighted && run) highlighted.push(run);
        run = '';
        break;
      case 'w:p': {
        const text = para ?? '';
        para = null;
        parts.at(-1)!.lines.push(text);
        tables.at(-1)?.cell?.push(text);
        break;
      }
      case 'w:tc': {
        const t = tables.at(-1)!;
        t.row!.push(t.cell!.join('\n'));
        t.cell = null;
        break;
      }
      case 'w:tr': {
        const t = tables.at(-1)!;
        t.rows.push(t.row!);
        t.row = null;
        break;
      }
      case 'w:tbl':
        parts.at(-1)!.tables.push(tables.pop()!.rows);
        break;
      case 'w:sectPr':
        sections.push(sect!);
        sect = null;
        // A section break inside a paragraph ends that part; the body's last sectPr ends the document.
        parts.push({ lines: [], tables: [] });
        break;
    }
  });
  parser.write(xml).close();
  const used = parts.filter((p, i) => i < parts.length - 1 || p.lines.length || p.tables.length);
  return { files, parts: used, lines: used.flatMap((p) => p.lines), highlighted, sections };
}
