/**
 * The bundled samples as the dossier tests read them: each checked with its expected.json
 * options, its summary export data (the figures of Tổng hợp) and its *Danh sách đề nghị*
 * sheet (the rows the dossier's list must repeat), and one assertion set shared by the two
 * readers of the drafted document (its XML, and LibreOffice's text): both see one paragraph
 * (or table cell) per line.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { openWorkbook } from '../../src/cli/open-workbook';
import { check, type CheckResult } from '../../src/engine/check';
import { buildExportData, type ExportData } from '../../src/engine/export/data';
import { buildNomineeListSheet } from '../../src/engine/export/nominee-list';
import { getPreset } from '../../src/engine/plan/presets';
import type { Plan } from '../../src/engine/plan/schema';

export const EXAMPLES = join(__dirname, '..', '..', 'examples');
export const SAMPLE_FILES = readdirSync(EXAMPLES)
  .filter((f) => f.endsWith('.xlsx'))
  .sort();

export interface Sample {
  file: string;
  name: string;
  plan: Plan;
  options: { unit?: string; conferenceDate?: string };
  result: CheckResult;
  data: ExportData;
  /** The Danh sách đề nghị sheet's rows below its header, as values. */
  listRows: (string | number)[][];
}

const NOW = () => new Date('2021-06-20T00:00:00Z');

export async function loadSample(file: string, plan?: Plan): Promise<Sample> {
  const expected = JSON.parse(readFileSync(join(EXAMPLES, file.replace(/\.xlsx$/, '.expected.json')), 'utf8')) as {
    plan: string;
    options: { unit?: string; conferenceDate?: string };
  };
  const p = plan ?? getPreset(expected.plan)!;
  const { book, name } = await openWorkbook(join(EXAMPLES, file), 'vi');
  const result = check({ model: await book.readModel(), plan: p, lang: 'vi', ...expected.options, now: NOW });
  const data = buildExportData(result, p, name, expected.options.unit);
  const sheet = buildNomineeListSheet(data, p, 'vi');
  const listRows = sheet.rows.slice(4).map((r) => r.map((c) => (typeof c.v === 'number' ? c.v : String(c.v ?? ''))));
  return { file, name, plan: p, options: expected.options, result, data, listRows };
}

/** NFC, one space: how the document writes what the workbook holds. */
export const norm = (s: string): string => s.normalize('NFC').replace(/\s+/g, ' ').trim();
const pad = (n: number) => (n < 10 ? `0${n}` : String(n));
const vnd = (n: number) => `${String(n).replace(/\B(?=(\d{3})+$)/g, '.')} đồng`;

/** "06 tập thể và 08 cá nhân", "01 cá nhân": counts as a Vietnamese office writes them. */
export function countsText(collectives: number, individuals: number): string {
  const c = collectives ? `${pad(collectives)} tập thể` : '';
  const i = individuals ? `${pad(individuals)} cá nhân` : '';
  return c && i ? `${c} và ${i}` : c || i;
}

/** The list's lines as a word processor reads the table: group, kind and nominee rows, cell by cell. */
export function expectedListLines(s: Sample): string[] {
  const out: string[] = [];
  for (const r of s.listRows) {
    if (r.length === 2) out.push(...r.map((x) => norm(String(x))));
    else {
      const [stt, name, position, unit, form] = r.map((x) => norm(String(x)));
      out.push(stt!, name!);
      if (position) out.push(position);
      if (unit && !(position && looseInclude(position, unit))) out.push(unit);
      out.push(form!);
    }
  }
  return out.filter(Boolean);
}

function looseInclude(a: string, b: string): boolean {
  const k = (x: string) =>
    x
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/đ/gi, 'd')
      .toLowerCase()
      .replace(/\s+/g, ' ');
  return k(a).includes(k(b));
}

/**
 * Everything the dossier must say for the sample, checked on its text one paragraph per line:
 * counts per award form and in total, money, "(có danh sách kèm theo)", every row of the
 * attached list in the list's order, one section per nominee with its achievement text, and
 * none of thidua's findings.
 */
export function assertDossierText(raw: string[], s: Sample): void {
  const lines = raw.map(norm).filter(Boolean);
  const all = lines.join('\n');
  const listAt = lines.indexOf('DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG');
  const summaryAt = lines.indexOf('BẢN TÓM TẮT THÀNH TÍCH');
  expect(listAt, 'the attached list').toBeGreaterThan(0);
  expect(summaryAt, 'the achievement summaries').toBeGreaterThan(listAt);
  const letter = lines.slice(0, listAt);
  const letterText = letter.join('\n');

  // The form of the Tờ trình.
  for (const x of ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'TỜ TRÌNH', 'Nơi nhận:', '- Lưu: VT.'])
    expect(letter, x).toContain(x);
  expect(letterText).toMatch(/^Số: …\/TTr-…$/m);
  expect(letterText).toMatch(/^Kính gửi: /m);
  // Căn cứ lines end with ";", the last with ".".
  const bases = letter.filter((l) => l.startsWith('Căn cứ '));
  expect(bases.length).toBeGreaterThan(0);
  bases.forEach((b, i) => expect(b.endsWith(i === bases.length - 1 ? '.' : ';'), b).toBe(true));

  // Counts and money per award form: the summary's figures.
  const sm = s.result.summary;
  const total = sm.nominees.collectives + sm.nominees.individuals;
  if (total === 0) {
    expect(letterText).toContain('chưa có tập thể, cá nhân nào trong danh sách đề nghị khen thưởng');
  } else {
    expect(letterText).toContain(
      `kính đề nghị xem xét, khen thưởng ${countsText(sm.nominees.collectives, sm.nominees.individuals)} có thành tích`,
    );
    expect(letter).toContain('(có danh sách kèm theo)');
  }
  const formLines = letter.filter((l) => /^- .+: \d\d+ (tập thể|cá nhân)/.test(l) && !l.startsWith('- Chưa ghi hình thức'));
  expect(formLines).toHaveLength(s.data.awards.length);
  let money = 0;
  s.data.awards.forEach((a, i) => {
    const line = formLines[i]!;
    expect(line.startsWith(`- ${norm(a.form)}: ${countsText(a.collectives, a.individuals)}`), line).toBe(true);
    // Read the figures back from the words, not from the code that wrote them.
    const col = /(\d+) tập thể/.exec(line);
    const ind = /(\d+) cá nhân/.exec(line);
    expect(col ? Number(col[1]) : 0).toBe(a.collectives);
    expect(ind ? Number(ind[1]) : 0).toBe(a.individuals);
    const amount = /tiền thưởng dự kiến ([\d.]+) đồng/.exec(line);
    expect(amount ? Number(amount[1]!.replace(/\./g, '')) : null).toBe(a.amountVnd);
    money += amount ? Number(amount[1]!.replace(/\./g, '')) : 0;
  });
  const summed = s.data.awards.reduce((x, a) => ({ c: x.c + a.collectives, i: x.i + a.individuals }), { c: 0, i: 0 });
  const noForm = letter.find((l) => l.startsWith('- Chưa ghi hình thức khen thưởng:'));
  if (summed.c < sm.nominees.collectives || summed.i < sm.nominees.individuals)
    expect(noForm).toBe(
      `- Chưa ghi hình thức khen thưởng: ${countsText(sm.nominees.collectives - summed.c, sm.nominees.individuals - summed.i)}.`,
    );
  else expect(noForm).toBeUndefined();
  const totalLine = letter.find((l) => l.startsWith('Tổng số tiền thưởng dự kiến: '));
  if (s.data.awards.some((a) => a.amountVnd !== null)) {
    expect(totalLine).toContain(vnd(sm.totalAmountVnd));
    expect(money).toBe(s.data.totalAmountVnd);
    expect(money).toBe(sm.totalAmountVnd);
  } else expect(totalLine).toBeUndefined();

  // The attached list: the Danh sách đề nghị's rows, in its order, under the same group headings.
  const head = ['STT', 'Họ và tên / Tên tập thể', 'Chức vụ, đơn vị', 'Hình thức khen thưởng'];
  const listLines = lines.slice(listAt + 2, summaryAt);
  expect(listLines.slice(0, 4)).toEqual(head);
  const expectedList = expectedListLines(s);
  expect(listLines.slice(4)).toEqual(expectedList.length ? expectedList : ['Không có tập thể, cá nhân nào.']);
  expect(lines[listAt + 1]).toBe(`(Kèm theo Tờ trình số …/TTr-… ngày … tháng … năm … của ${norm(s.data.unit.name)})`);

  // One section per nominee, in the list's order, with its achievement text.
  const summary = lines.slice(summaryAt + 2);
  const headings: number[] = [];
  const nominees = s.listRows.filter((r) => r.length > 2);
  let from = 0;
  for (const r of nominees) {
    const at = summary.indexOf(`${r[0]}. ${norm(String(r[1]))}`, from);
    expect(at, `section of ${String(r[1])}`).toBeGreaterThanOrEqual(from);
    headings.push(at);
    from = at + 1;
  }
  nominees.forEach((r, k) => {
    const section = summary.slice(headings[k]!, headings[k + 1] ?? summary.length).join('\n');
    const text = String(r[5] ?? '')
      .split(/\r?\n/)
      .map(norm)
      .filter(Boolean);
    if (text.length) for (const t of text) expect(section).toContain(t);
    else expect(section).toContain('[cần điền: tóm tắt thành tích]');
    expect(section).toContain(`Hình thức khen thưởng đề nghị: ${norm(String(r[4])) || '[cần điền: hình thức khen thưởng]'}`);
  });
  if (nominees.length === 0) expect(summary).toContain('Không có tập thể, cá nhân nào.');

  // thidua's findings never appear in the document.
  for (const f of s.result.findings) expect(all.includes(norm(f.message)), f.message).toBe(false);
  expect(all).not.toMatch(/[✖⚠○]|Kết quả kiểm tra|[A-Z]+_[A-Z_]+/);
}
