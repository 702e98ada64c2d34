/**
 * The dossier as a Word document, in the form of an administrative document of Nghị định
 * 30/2020/NĐ-CP (Phụ lục I: thể thức và kỹ thuật trình bày văn bản hành chính; the layout of
 * Mục IV and the Tờ trình of Phụ lục III). The sizes below are the decree's ranges; where it
 * gives a range, the value chosen is noted. README, section "Dossier", lists them with sources.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  HighlightColor,
  LineRuleType,
  PageNumber,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  convertMillimetersToTwip as mm,
  type ISectionOptions,
} from 'docx';
import { VERSION } from '../engine/version';
import type { DossierModel, Grouped, Line, ListRow, Span, SummaryEntry } from './compose';

/** Phụ lục I, I.1–I.4: A4 portrait, margins top/bottom 20–25 mm, left 30–35, right 15–20; Times New Roman. */
export const PAGE = { widthMm: 210, heightMm: 297, topMm: 20, bottomMm: 20, leftMm: 30, rightMm: 15 } as const;
/** A4 in twips as Word writes it (210 × 297 mm rounded to the twip). */
const A4_TWIPS = { width: 11906, height: 16838 } as const;
export const FONT = 'Times New Roman';
const TEXT_MM = PAGE.widthMm - PAGE.leftMm - PAGE.rightMm; // 165 mm

/** Point sizes (half-points in docx): each within the decree's range for its element. */
export const SIZE = {
  /** Quốc hiệu 12–13, in hoa, đứng, đậm. 12 keeps it on one line in the right column. */
  nationalTitle: 12,
  /** Tiêu ngữ 13–14, in thường, đứng, đậm. */
  motto: 13,
  /** Tên cơ quan chủ quản and ban hành 12–13, in hoa (the issuing body bold). */
  body: 12,
  /** Số, ký hiệu 13. */
  number: 13,
  /** Địa danh và thời gian 13–14, nghiêng. */
  date: 14,
  /** Tên loại 13–14, in hoa, đứng, đậm; trích yếu 13–14, đứng, đậm. */
  kind: 14,
  /** Nội dung, căn cứ, Kính gửi 13–14. */
  text: 14,
  /** Quyền hạn, chức vụ người ký 13–14, in hoa, đậm. */
  signer: 14,
  /** "Nơi nhận:" 12 nghiêng đậm; the recipients 11. */
  recipientsLabel: 12,
  recipients: 11,
  /** Tables of the attached list: 13. Page numbers 13–14. */
  table: 13,
  pageNumber: 13,
} as const;

const half = (pt: number) => pt * 2;
const LINE_SINGLE = 240;
/** Body text: 6 pt after each paragraph (at least 6 pt), line spacing 1.15 (between single and 1.5 lines). */
const BODY_SPACING = { before: 0, after: 120, line: 276 } as const;
/** First-line indent 1–1.27 cm: 1.27 cm (one default tab). */
const FIRST_LINE = mm(12.7);
const NO_BORDERS = TableBorders.NONE;

interface RunStyle {
  size: number;
  bold?: boolean;
  italics?: boolean;
}

function runs(line: Line, st: RunStyle): TextRun[] {
  return line.map(
    (s: Span) =>
      new TextRun({
        text: s.text,
        size: half(st.size),
        bold: st.bold,
        italics: st.italics,
        ...(s.placeholder ? { highlight: HighlightColor.YELLOW } : {}),
      }),
  );
}

const text = (t: string): Line => [{ text: t }];

function para(
  line: Line,
  st: RunStyle,
  opts: {
    align?: (typeof AlignmentType)[keyof typeof AlignmentType];
    firstLine?: boolean;
    after?: number;
    before?: number;
    keepNext?: boolean;
    indentLeft?: number;
  } = {},
): Paragraph {
  return new Paragraph({
    alignment: opts.align ?? AlignmentType.JUSTIFIED,
    spacing: { before: opts.before ?? 0, after: opts.after ?? BODY_SPACING.after, line: BODY_SPACING.line },
    ...(opts.firstLine || opts.indentLeft
      ? { indent: { ...(opts.firstLine ? { firstLine: FIRST_LINE } : {}), ...(opts.indentLeft ? { left: opts.indentLeft } : {}) } }
      : {}),
    keepNext: opts.keepNext,
    children: runs(line, st),
  });
}

/** A centred line of one paragraph, single-spaced (headings). */
function centred(line: Line, st: RunStyle, after = 0, before = 0): Paragraph {
  return new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before, after, line: LINE_SINGLE }, children: runs(line, st) });
}

/**
 * The short solid rule under the issuing body, the motto and the trích yếu (Phụ lục I, II.1–II.2,
 * II.5): the bottom border of an empty paragraph a few points high, narrowed by its indents.
 */
function rule(widthMm: number, spaceMm: number, after = 0): Paragraph {
  const side = mm(Math.max(0, (spaceMm - widthMm) / 2));
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: 0, after, line: 80, lineRule: LineRuleType.EXACT },
    indent: { left: side, right: side },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 0 } },
    run: { size: 4 },
    children: [],
  });
}

function cell(children: Paragraph[], widthMm: number, opts: { span?: number; vcenter?: boolean } = {}): TableCell {
  return new TableCell({
    children: children.length ? children : [new Paragraph({})],
    width: { size: mm(widthMm), type: WidthType.DXA },
    ...(opts.span ? { columnSpan: opts.span } : {}),
    ...(opts.vcenter ? { verticalAlign: VerticalAlignTable.CENTER } : {}),
    margins: { left: mm(1.5), right: mm(1.5), top: mm(0.5), bottom: mm(0.5) },
  });
}

function borderless(widths: number[], rows: TableCell[][]): Table {
  return new Table({
    width: { size: mm(TEXT_MM), type: WidthType.DXA },
    columnWidths: widths.map(mm),
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    rows: rows.map((children) => new TableRow({ children, cantSplit: true })),
  });
}

/** Ô 1–4 of the layout: issuing body and number on the left, national title and date on the right. */
function heading(model: DossierModel): Table {
  const h = model.heading;
  const LEFT = 62;
  const RIGHT = TEXT_MM - LEFT;
  const up = (l: Line): Line => l.map((s) => (s.placeholder ? s : { ...s, text: s.text.toUpperCase() }));
  const left = [
    ...h.parent.map((p) => centred(text(p.toUpperCase()), { size: SIZE.body })),
    centred(up(h.unit), { size: SIZE.body, bold: true }),
    rule(22, LEFT - 3),
  ];
  const right = [
    centred(text(h.nationalTitle), { size: SIZE.nationalTitle, bold: true }),
    centred(text(h.motto), { size: SIZE.motto, bold: true }),
    rule(RIGHT - 3 - 38, RIGHT - 3),
  ];
  return borderless(
    [LEFT, RIGHT],
    [
      [cell(left, LEFT), cell(right, RIGHT)],
      [
        cell([centred(text(h.number), { size: SIZE.number }, 0, 80)], LEFT),
        cell([centred(h.dateLine, { size: SIZE.date, italics: true }, 0, 80)], RIGHT),
      ],
    ],
  );
}

/** Kính gửi: one addressee on the line itself, several as a list under it. */
function addressees(model: DossierModel, label: string): Paragraph[] {
  const st = { size: SIZE.text };
  if (model.to.length === 1) return [centred([{ text: `${label} ` }, ...model.to[0]!], st, 120, 120)];
  const indent = mm(45);
  return model.to.map((l, i) =>
    i === 0
      ? new Paragraph({
          spacing: { before: 120, after: 0, line: LINE_SINGLE },
          indent: { left: indent, hanging: mm(20) },
          children: runs([{ text: `${label} ` }, ...l], st),
        })
      : new Paragraph({
          spacing: { before: 0, after: i === model.to.length - 1 ? 120 : 0, line: LINE_SINGLE },
          indent: { left: indent },
          children: runs(l, st),
        }),
  );
}

/** Nơi nhận (ô 9a) on the left, the signer's authority and title with room to sign (ô 7) on the right. */
function signature(model: DossierModel, label: string): Table {
  const LEFT = 70;
  const RIGHT = TEXT_MM - LEFT;
  const left = [
    new Paragraph({
      spacing: { before: 0, after: 0, line: LINE_SINGLE },
      children: runs(text(label), { size: SIZE.recipientsLabel, bold: true, italics: true }),
    }),
    ...model.recipients.map(
      (l) => new Paragraph({ spacing: { before: 0, after: 0, line: LINE_SINGLE }, children: runs(l, { size: SIZE.recipients }) }),
    ),
  ];
  const right = [
    ...model.signer.map((l) => centred(l, { size: SIZE.signer, bold: true })),
    // The place to sign and, below it, the name the office writes in (ô 7b, 7c).
    ...[0, 1, 2, 3, 4].map(() => centred(text(''), { size: SIZE.signer })),
    centred(text(''), { size: SIZE.signer, bold: true }),
  ];
  return borderless([LEFT, RIGHT], [[cell(left, LEFT), cell(right, RIGHT)]]);
}

function pageHeader(): Header {
  return new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: [PageNumber.CURRENT], size: half(SIZE.pageNumber) })],
      }),
    ],
  });
}

/** Every part starts on a new page, numbered from 1, its first page without a number (Phụ lục I, I.7). */
function section(children: ISectionOptions['children']): ISectionOptions {
  return {
    properties: {
      page: {
        size: A4_TWIPS,
        margin: {
          top: mm(PAGE.topMm),
          bottom: mm(PAGE.bottomMm),
          left: mm(PAGE.leftMm),
          right: mm(PAGE.rightMm),
          header: mm(10),
          footer: mm(10),
        },
        pageNumbers: { start: 1 },
      },
      titlePage: true,
    },
    headers: { default: pageHeader(), first: new Header({ children: [] }) },
    children,
  };
}

function submissionPart(model: DossierModel): ISectionOptions['children'] {
  const labels = model.labels;
  return [
    heading(model),
    centred(text(model.kind), { size: SIZE.kind, bold: true }, 0, 360),
    centred(text(model.subject), { size: SIZE.kind, bold: true }),
    rule(55, TEXT_MM, 0),
    ...addressees(model, labels.to),
    ...model.bases.map((b) => para(text(b), { size: SIZE.text, italics: true }, { firstLine: true })),
    ...model.body.map((l) => para(l, { size: SIZE.text }, { firstLine: true })),
    new Paragraph({ spacing: { before: 0, after: 0 }, children: [] }),
    signature(model, labels.recipients),
  ];
}

function attachmentTitle(title: string, attachedTo: Line): Paragraph[] {
  return [centred(text(title), { size: SIZE.kind, bold: true }), centred(attachedTo, { size: SIZE.text, italics: true }, 240)];
}

const LIST_WIDTHS = [12, 50, 63, 40];

function listTable(model: DossierModel): Table {
  const st = { size: SIZE.table };
  const p = (t: string, bold = false, align: (typeof AlignmentType)[keyof typeof AlignmentType] = AlignmentType.LEFT) =>
    new Paragraph({ alignment: align, spacing: { before: 40, after: 40, line: LINE_SINGLE }, children: runs(text(t), { ...st, bold }) });
  const head = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: model.list.head.map((h, i) => cell([p(h, true, AlignmentType.CENTER)], LIST_WIDTHS[i]!, { vcenter: true })),
  });
  const rows: TableRow[] = [head];
  const rest = LIST_WIDTHS.slice(1).reduce((a, b) => a + b, 0);
  for (const g of model.list.groups as Grouped<ListRow>[]) {
    rows.push(
      new TableRow({
        cantSplit: true,
        children: [
          cell([p(g.numeral, true, AlignmentType.CENTER)], LIST_WIDTHS[0]!),
          cell([p(g.form.toUpperCase(), true)], rest, { span: 3 }),
        ],
      }),
    );
    for (const k of g.kinds) {
      rows.push(new TableRow({ cantSplit: true, children: [cell([p('')], LIST_WIDTHS[0]!), cell([p(k.label, true)], rest, { span: 3 })] }));
      for (const r of k.items)
        rows.push(
          new TableRow({
            cantSplit: true,
            children: [
              cell([p(String(r.stt), false, AlignmentType.CENTER)], LIST_WIDTHS[0]!),
              cell([p(r.name)], LIST_WIDTHS[1]!),
              cell(r.positionUnit.length ? r.positionUnit.map((x) => p(x)) : [p('')], LIST_WIDTHS[2]!),
              cell([p(r.form)], LIST_WIDTHS[3]!),
            ],
          }),
        );
    }
  }
  if (model.list.groups.length === 0)
    rows.push(new TableRow({ children: [cell([p('')], LIST_WIDTHS[0]!), cell([p(model.list.empty)], rest, { span: 3 })] }));
  return new Table({
    width: { size: mm(TEXT_MM), type: WidthType.DXA },
    columnWidths: LIST_WIDTHS.map(mm),
    layout: TableLayoutType.FIXED,
    rows,
  });
}

function listPart(model: DossierModel): ISectionOptions['children'] {
  return [...attachmentTitle(model.list.title, model.list.attachedTo), listTable(model)];
}

function summaryPart(model: DossierModel): ISectionOptions['children'] {
  const s = model.summary;
  const st = { size: SIZE.text };
  const out: ISectionOptions['children'][number][] = [...attachmentTitle(s.title, s.attachedTo)];
  if (s.groups.length === 0) out.push(para(text(s.empty), st, { align: AlignmentType.CENTER }));
  for (const g of s.groups as Grouped<SummaryEntry>[]) {
    out.push(
      para(
        text(`${g.numeral}. ${g.form.toUpperCase()}`),
        { ...st, bold: true },
        { align: AlignmentType.LEFT, keepNext: true, before: 120 },
      ),
    );
    for (const k of g.kinds) {
      out.push(para(text(k.label), { ...st, bold: true, italics: true }, { align: AlignmentType.LEFT, keepNext: true }));
      for (const e of k.items) {
        out.push(
          para(text(`${e.stt}. ${e.name}`), { ...st, bold: true }, { align: AlignmentType.LEFT, keepNext: true, indentLeft: mm(5) }),
        );
        const facts: [string, Line][] = [
          [s.labels.position, e.position ? text(e.position) : []],
          [s.labels.unit, e.unit ? text(e.unit) : []],
          [s.labels.form, e.form],
        ];
        for (const [label, value] of facts)
          if (value.length) out.push(para([{ text: `${label}: ` }, ...value], st, { keepNext: true, firstLine: true, after: 0 }));
        out.push(para(text(`${s.labels.achievement}:`), { ...st, italics: true }, { keepNext: true, firstLine: true, after: 0 }));
        e.achievement.forEach((l, i) => out.push(para(l, st, { firstLine: true, after: i === e.achievement.length - 1 ? 200 : 60 })));
      }
    }
  }
  return out;
}

export function renderDossier(model: DossierModel): Document {
  const lang = model.lang === 'en' ? 'en-GB' : 'vi-VN';
  return new Document({
    title: model.title,
    subject: model.subject,
    creator: `thidua ${VERSION}`,
    lastModifiedBy: `thidua ${VERSION}`,
    styles: {
      default: {
        document: {
          run: { font: FONT, size: half(SIZE.text), language: { value: lang } },
          paragraph: { spacing: { line: LINE_SINGLE } },
        },
      },
    },
    sections: [section(submissionPart(model)), section(listPart(model)), section(summaryPart(model))],
  });
}
