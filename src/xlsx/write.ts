/**
 * Workbooks thidua writes from scratch — the summary export, the roll-up's own sheets, the
 * nominee list, the very hidden data block: a minimal SpreadsheetML package (workbook,
 * styles, one part per sheet, document properties), text always as inline strings.
 */
import { fflateCodec, type Codec } from './codec';
import { CT } from './package';
import { sheetXml, type NewSheet } from './sheet-xml';
import { MINIMAL_STYLES, StylesEditor } from './styles-edit';
import { escAttr, escText, NS } from './xml';
import { ZipWriter } from './zip-writer';

const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const enc = new TextEncoder();

export function writeWorkbook(sheets: NewSheet[], opts: { codec?: Codec; creator?: string } = {}): Uint8Array {
  if (!sheets.length) throw new RangeError('a workbook needs at least one sheet');
  const codec = opts.codec ?? fflateCodec;
  const styles = new StylesEditor(MINIMAL_STYLES, 'xl/styles.xml');
  const parts = sheets.map((s) => sheetXml(s, styles));
  const firstVisible = Math.max(
    0,
    sheets.findIndex((s) => !s.state || s.state === 'visible'),
  );
  const creator = escText(opts.creator ?? 'thidua');
  const files: [string, string][] = [
    [
      '[Content_Types].xml',
      `${HEAD}<Types xmlns="${NS.contentTypes}"><Default Extension="rels" ContentType="${CT.relationships}"/><Default Extension="xml" ContentType="application/xml"/>` +
        `<Override PartName="/xl/workbook.xml" ContentType="${CT.workbook}"/><Override PartName="/xl/styles.xml" ContentType="${CT.styles}"/>` +
        sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="${CT.worksheet}"/>`).join('') +
        '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
        '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>',
    ],
    [
      '_rels/.rels',
      `${HEAD}<Relationships xmlns="${NS.pkgRel}"><Relationship Id="rId1" Type="${NS.rel}/officeDocument" Target="xl/workbook.xml"/>` +
        `<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>` +
        `<Relationship Id="rId3" Type="${NS.rel}/extended-properties" Target="docProps/app.xml"/></Relationships>`,
    ],
    [
      'docProps/core.xml',
      `${HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>${creator}</dc:creator></cp:coreProperties>`,
    ],
    [
      'docProps/app.xml',
      `${HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>${creator}</Application></Properties>`,
    ],
    [
      'xl/workbook.xml',
      `${HEAD}<workbook xmlns="${NS.main}" xmlns:r="${NS.rel}"><workbookPr/><bookViews><workbookView${firstVisible ? ` firstSheet="${firstVisible}" activeTab="${firstVisible}"` : ''}/></bookViews><sheets>` +
        sheets
          .map(
            (s, i) =>
              `<sheet name="${escAttr(s.name)}" sheetId="${i + 1}"${s.state && s.state !== 'visible' ? ` state="${s.state}"` : ''} r:id="rId${i + 1}"/>`,
          )
          .join('') +
        '</sheets></workbook>',
    ],
    [
      'xl/_rels/workbook.xml.rels',
      `${HEAD}<Relationships xmlns="${NS.pkgRel}">` +
        sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${NS.rel}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('') +
        `<Relationship Id="rId${sheets.length + 1}" Type="${NS.rel}/styles" Target="styles.xml"/></Relationships>`,
    ],
    ['xl/styles.xml', styles.toText()],
    ...parts.map((x, i): [string, string] => [`xl/worksheets/sheet${i + 1}.xml`, x]),
  ];
  const w = new ZipWriter(codec);
  for (const [name, text] of files) w.add(name, enc.encode(text));
  return w.finish();
}
