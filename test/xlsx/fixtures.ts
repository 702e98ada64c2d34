/** The workbooks the package module is tested on: the samples, the foreign re-saves, and hand-built packages. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { xlsxParts, zip, type ZipEntry } from '../hostile/make';

const HERE = dirname(fileURLToPath(import.meta.url));

export const ROOT = join(HERE, '..', '..');
export const EXAMPLES = join(ROOT, 'examples');
/**
 * `../shared/fixtures/foreign` beside the main checkout (the samples re-saved by openpyxl and
 * LibreOffice): THIDUA_FOREIGN_FIXTURES, else next to this checkout, else the project's shared folder.
 */
export const FOREIGN =
  [process.env.THIDUA_FOREIGN_FIXTURES, join(ROOT, '..', 'shared', 'fixtures', 'foreign'), '/work/shared/fixtures/foreign'].find(
    (p): p is string => !!p && existsSync(p),
  ) ?? join(ROOT, '..', 'shared', 'fixtures', 'foreign');

export interface Expected {
  plan: string;
  options?: { conferenceDate?: string; unit?: string };
  findings: { rule: string; sheet: string; rows: number[] }[];
}

export function expectedOf(sample: string): Expected {
  return JSON.parse(readFileSync(join(EXAMPLES, `${sample}.expected.json`), 'utf8')) as Expected;
}

export function sampleFiles(): { sample: string; path: string }[] {
  return readdirSync(EXAMPLES)
    .filter((f) => f.endsWith('.xlsx'))
    .map((f) => ({ sample: f.replace(/\.xlsx$/, ''), path: join(EXAMPLES, f) }));
}

/** Every file of the foreign fixtures, with the sample it re-saves. */
export function foreignFiles(filter: RegExp = /./): { sample: string; file: string; path: string }[] {
  if (!existsSync(FOREIGN)) return [];
  const out: { sample: string; file: string; path: string }[] = [];
  for (const sample of readdirSync(FOREIGN).sort()) {
    const dir = join(FOREIGN, sample);
    if (!existsSync(join(EXAMPLES, `${sample}.expected.json`))) continue;
    for (const file of readdirSync(dir).sort()) if (filter.test(file)) out.push({ sample, file, path: join(dir, file) });
  }
  return out;
}

export const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

/**
 * A one-sheet package with the given sheet XML (or just its `<sheetData>` content), shared
 * strings and styles: for the cases a test wants byte by byte.
 */
export function pkgWith(opts: {
  sheetData?: string;
  sheet?: string;
  sst?: string;
  styles?: string;
  sheetName?: string;
  edit?: (parts: ZipEntry[]) => void;
}): Buffer {
  const parts = xlsxParts([{ name: opts.sheetName ?? 'Trang 1', rows: [] }]);
  const sheet = parts.find((p) => p.name === 'xl/worksheets/sheet1.xml')!;
  sheet.data = Buffer.from(
    opts.sheet ??
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN}"><sheetData>${opts.sheetData ?? ''}</sheetData></worksheet>`,
  );
  if (opts.sst !== undefined) {
    parts.push({
      name: 'xl/sharedStrings.xml',
      data: Buffer.from(`<?xml version="1.0" encoding="UTF-8"?>\n<sst xmlns="${MAIN}">${opts.sst}</sst>`),
    });
    const rels = parts.find((p) => p.name === 'xl/_rels/workbook.xml.rels')!;
    rels.data = Buffer.from(
      rels.data
        .toString()
        .replace(
          '</Relationships>',
          '<Relationship Id="rId99" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>',
        ),
    );
  }
  if (opts.styles) parts.find((p) => p.name === 'xl/styles.xml')!.data = Buffer.from(opts.styles);
  opts.edit?.(parts);
  return zip(parts);
}

/** A stylesheet whose cell style 1 has the number format `code`. */
export function stylesWith(code: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<styleSheet xmlns="${MAIN}"><numFmts count="1"><numFmt numFmtId="164" formatCode="${code.replace(/"/g, '&quot;')}"/></numFmts><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>`;
}
