/**
 * The drafted dossier (issue 13), read back from its XML: for every bundled sample the counts
 * per award form, the totals and money of the summary, the rows of Danh sách đề nghị and one
 * summary section per nominee; the form of Nghị định 30/2020/NĐ-CP (A4, margins, Times New
 * Roman, parts on new pages); placeholders where the plan or the check gives nothing; the
 * details the user types. LibreOffice reads the same documents in dossier-libreoffice.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { buildDossier, composeDossier, dateParts, placeOfUnit, type DossierDetails } from '../../src/dossier';
import { check } from '../../src/engine/check';
import { getPreset } from '../../src/engine/plan/presets';
import { planSchema, type Plan } from '../../src/engine/plan/schema';
import { readDocx } from '../helpers/docx';
import { assertDossierText, loadSample, norm, SAMPLE_FILES, type Sample } from '../helpers/dossier-samples';
import { sheet, workbook } from '../helpers/model';

async function draft(s: Sample, details: DossierDetails = { unit: s.options.unit }, lang: 'vi' | 'en' = 'vi', plan = s.plan) {
  const bytes = await buildDossier({ result: s.result, plan, workbookName: s.name, lang, details });
  return readDocx(bytes);
}

const line = (lines: string[], start: string) => lines.map(norm).find((l) => l.startsWith(start));

describe('dossier of each bundled sample, read from its XML', { timeout: 60_000 }, () => {
  it.each(SAMPLE_FILES)('%s: counts, money, list rows and one summary per nominee, as the summary says', async (file) => {
    const s = await loadSample(file);
    const doc = await draft(s);
    assertDossierText(doc.lines, s);
    // Three parts, each on its own A4 pages: the Tờ trình, the list, the summaries.
    expect(doc.parts).toHaveLength(3);
    expect(doc.parts[1]!.lines.map(norm)).toContain('DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG');
    expect(doc.parts[2]!.lines.map(norm)).toContain('BẢN TÓM TẮT THÀNH TÍCH');
  });

  it('has the numbers of the Vũ Thư district written out in full', async () => {
    const s = await loadSample('thai-binh-huyen-vu-thu.xlsx');
    const doc = await draft(s);
    const l = doc.lines.map(norm);
    expect(l).toContain('UBND HUYỆN VŨ THƯ');
    expect(l).toContain('Vũ Thư, ngày … tháng … năm …');
    expect(l).toContain(
      'UBND huyện Vũ Thư kính đề nghị xem xét, khen thưởng 06 tập thể và 10 cá nhân có thành tích xuất sắc, tiêu biểu, cụ thể như sau:',
    );
    expect(l).toContain('- Bằng khen của Chủ tịch UBND tỉnh: 06 tập thể và 08 cá nhân; tiền thưởng dự kiến 29.800.000 đồng.');
    expect(l).toContain('- Giấy khen: 01 cá nhân; tiền thưởng dự kiến 450.000 đồng.');
    expect(l).toContain('- Bằng khen của Thủ tướng Chính phủ: 01 cá nhân.');
    expect(l).toContain('Tổng số tiền thưởng dự kiến: 30.250.000 đồng (chưa gồm các hình thức kế hoạch không quy định mức thưởng).');
    // The plan's receiver and deadline sentence, with the date the conference gives (25/06/2021 − 10 working days).
    expect(line(l, 'Hồ sơ đề nghị khen thưởng (01 bộ)')).toContain(
      'gửi về Văn phòng Ủy ban bầu cử tỉnh (Sở Nội vụ) trước thời gian Ủy ban bầu cử tỉnh tổ chức tổng kết cuộc bầu cử 10 ngày làm việc (hạn nộp: ngày 11/06/2021).',
    );
    expect(l).toContain('Kính gửi: Chủ tịch Ủy ban nhân dân tỉnh Thái Bình');
    expect(l).toContain('Kính trình Chủ tịch Ủy ban nhân dân tỉnh Thái Bình xem xét, quyết định./.');
    expect(l[l.indexOf('TM. ỦY BAN NHÂN DÂN') + 1]).toBe('CHỦ TỊCH');
    expect(l).toContain('- Văn phòng Ủy ban bầu cử tỉnh (Sở Nội vụ);');
    // Căn cứ: the plan's own document first; the last ends with a full stop.
    const bases = l.filter((x) => x.startsWith('Căn cứ '));
    expect(bases[0]).toMatch(/^Căn cứ Kế hoạch số 32\/KH-UBND ngày 08\/02\/2021 .+;$/);
    expect(bases.at(-1)).toMatch(/91\/2017\/NĐ-CP.+\.$/);
    // The NFD, double-spaced "Trần  Thị Thuỷ" of the sheet is written NFC with one space.
    expect(l).toContain('Trần Thị Thuỷ');
    expect(doc.files['word/document.xml']!.normalize('NFC')).toBe(doc.files['word/document.xml']);
    // Phạm Thị Hương has no Tóm tắt thành tích: a visible placeholder (a MISSING_FIELD in the check).
    expect(doc.highlighted).toContain('[cần điền: tóm tắt thành tích]');
  });

  it('the election office is its own receiver: no "gửi về" sentence, no copy to itself; the no-form nominee counted apart', async () => {
    const s = await loadSample('thai-binh-vp-ubbc.xlsx');
    const l = (await draft(s)).lines.map(norm);
    expect(line(l, 'Hồ sơ đề nghị khen thưởng (01 bộ)')).toBeUndefined();
    expect(l).not.toContain('- Văn phòng Ủy ban bầu cử tỉnh (Sở Nội vụ);');
    expect(l).toContain('- Chưa ghi hình thức khen thưởng: 01 cá nhân.');
    // Not a district or commune: the plan's place.
    expect(l).toContain('Thái Bình, ngày … tháng … năm …');
  });

  it('plan B: the sector union is not printed above its own name; no deadline sentence', async () => {
    const s = await loadSample('hung-yen-cdn-giao-duc.xlsx');
    const doc = await draft(s);
    const l = doc.lines.map(norm);
    const top = doc.parts[0]!.tables[0]![0]![0]!.split('\n').map(norm).filter(Boolean);
    expect(top).toEqual(['CÔNG ĐOÀN NGÀNH GIÁO DỤC TỈNH HƯNG YÊN']);
    // Its own standing committee receives base unions' dossiers: no "gửi về" to itself.
    expect(line(l, 'Hồ sơ đề nghị khen thưởng (01 bộ)')).toBeUndefined();
    expect(l[l.indexOf('TM. BAN CHẤP HÀNH') + 1]).toBe('CHỦ TỊCH');
    // LĐLĐ tỉnh and the upper union's Giấy khen have no coefficient: no money on their lines.
    expect(l).toContain('- Bằng khen của LĐLĐ tỉnh: 01 tập thể và 02 cá nhân.');
  });

  it('a base union under plan B gets the sector union above its name, and sends its dossier there', async () => {
    const s = await loadSample('hung-yen-cdn-giao-duc.xlsx');
    const doc = await draft(s, { unit: 'CĐCS Trường THPT Văn Giang' });
    expect(line(doc.lines.map(norm), 'Hồ sơ đề nghị khen thưởng (01 bộ)')).toMatch(
      /gửi về Ban Thường vụ Công đoàn Ngành Giáo dục tỉnh Hưng Yên\.$/,
    );
    expect(doc.parts[0]!.tables[0]![0]![0]!.split('\n').map(norm).filter(Boolean)).toEqual([
      'CÔNG ĐOÀN NGÀNH GIÁO DỤC TỈNH HƯNG YÊN',
      'CĐCS TRƯỜNG THPT VĂN GIANG',
    ]);
  });
});

describe('form of the document (Nghị định 30/2020/NĐ-CP, Phụ lục I)', () => {
  it('A4 portrait, margins 20/20/30/15 mm, Times New Roman, first page of each part unnumbered', async () => {
    const s = await loadSample('thai-binh-huyen-vu-thu.xlsx');
    const doc = await draft(s);
    expect(doc.sections).toHaveLength(3);
    for (const sec of doc.sections) {
      expect(sec).toMatchObject({ width: 11906, height: 16838, titlePage: true });
      // 1 mm = 56.7 twips.
      expect([sec.top, sec.bottom, sec.left, sec.right].map((t) => Math.round(t / 56.7))).toEqual([20, 20, 30, 15]);
    }
    expect(doc.files['word/styles.xml']).toMatch(/w:rFonts w:ascii="Times New Roman"[^>]*w:hAnsi="Times New Roman"/);
    expect(doc.files['word/styles.xml']).toContain('w:val="vi-VN"');
    const xml = doc.files['word/document.xml']!;
    // Quốc hiệu 12 pt bold, tiêu ngữ 13 pt bold, TỜ TRÌNH 14 pt bold, the date line 14 pt italic.
    const runOf = (text: string) => new RegExp(`<w:r>(?:(?!</w:r>).)*<w:t[^>]*>${text}</w:t>`, 's').exec(xml)?.[0] ?? '';
    expect(runOf('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')).toMatch(/<w:b\/>.*<w:sz w:val="24"\/>/s);
    expect(runOf('Độc lập - Tự do - Hạnh phúc')).toMatch(/<w:b\/>.*<w:sz w:val="26"\/>/s);
    expect(runOf('TỜ TRÌNH')).toMatch(/<w:b\/>.*<w:sz w:val="28"\/>/s);
    expect(runOf(', ngày … tháng … năm …')).toMatch(/<w:i\/>.*<w:sz w:val="28"\/>/s);
    // Page numbers in the header, centred.
    const headers = Object.entries(doc.files).filter(([n]) => /^word\/header\d+\.xml$/.test(n));
    expect(headers.some(([, x]) => x.includes('PAGE'))).toBe(true);
  });

  it('the heading is a borderless two-column table: issuing body and number left, national title and date right', async () => {
    const s = await loadSample('thai-binh-huyen-vu-thu.xlsx');
    const doc = await draft(s, { unit: 'UBND huyện Vũ Thư', number: '15', date: '2021-06-05' });
    const [row1, row2] = doc.parts[0]!.tables[0]!;
    expect(row1!.map((c) => c.split('\n').map(norm).filter(Boolean))).toEqual([
      ['UBND HUYỆN VŨ THƯ'],
      ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'],
    ]);
    expect(row2!.map(norm)).toEqual(['Số: 15/TTr-…', 'Vũ Thư, ngày 05 tháng 6 năm 2021']);
    expect(doc.files['word/document.xml']).toMatch(/<w:tblBorders>(?:(?!<\/w:tblBorders>).)*w:val="none"/s);
  });
});

describe('what the user types for the dossier', () => {
  it('place, date, number; the list and the summaries say which Tờ trình they belong to', async () => {
    const s = await loadSample('thai-binh-huyen-vu-thu.xlsx');
    const l = (await draft(s, { unit: 'UBND huyện Vũ Thư', place: 'Thái Bình', date: '2021-02-03', number: '07/TTr-UBND' })).lines.map(
      norm,
    );
    expect(l).toContain('Số: 07/TTr-UBND');
    expect(l).toContain('Thái Bình, ngày 03 tháng 02 năm 2021');
    expect(l.filter((x) => x === '(Kèm theo Tờ trình số 07/TTr-UBND ngày 03 tháng 02 năm 2021 của UBND huyện Vũ Thư)')).toHaveLength(2);
  });

  it('a unit typed in NFD is written NFC, in capitals in the heading', async () => {
    const s = await loadSample('thai-binh-huyen-vu-thu.xlsx');
    const doc = await draft(s, { unit: 'Xã Vũ Hội'.normalize('NFD') });
    const l = doc.lines;
    expect(l).toContain('XÃ VŨ HỘI');
    expect(l).toContain('Vũ Hội, ngày … tháng … năm …');
    expect(l.some((x) => x.startsWith('Xã Vũ Hội kính đề nghị'))).toBe(true);
  });

  it('Nghị định 30 dates: a 0 before days under 10 and months 1 and 2', () => {
    expect(dateParts('2021-06-05')).toEqual({ day: '05', month: '6', year: '2021' });
    expect(dateParts('2021-02-13')).toEqual({ day: '13', month: '02', year: '2021' });
    expect(dateParts('2021-12-25')).toEqual({ day: '25', month: '12', year: '2021' });
    expect(dateParts('2021-02-30')).toBeNull();
    expect(dateParts(undefined)).toBeNull();
  });

  it.each([
    ['UBND huyện Vũ Thư', 'district', 'Vũ Thư'],
    ['UBND HUYỆN VŨ THƯ', 'district', 'Vũ Thư'],
    ['Ủy ban nhân dân thành phố Thái Bình', 'district', 'Thái Bình'],
    ['Xã Vũ Hội', 'commune', 'Vũ Hội'],
    ['UBND thị trấn Vũ Thư', 'commune', 'Vũ Thư'],
    ['UBND Quận 1', 'district', 'Quận 1'],
    ['Phường 3', 'commune', 'Phường 3'],
    ['Sở Nội vụ', 'provincial', null],
    ['CĐCS Trường THPT Văn Giang', 'base_union', null],
    ['Huyện', 'district', null],
  ] as const)('the địa danh of %s (%s) is %s', (unit, category, place) => {
    expect(placeOfUnit(unit, category)).toBe(place);
  });
});

describe('bad input still drafts, with visible placeholders', () => {
  const bare = (plan: Plan): Plan => {
    const p = structuredClone(plan);
    delete p.dossier;
    return planSchema.parse(p);
  };

  it('a plan without the dossier fields: addressee, receiver, signer and place are placeholders; Căn cứ is the plan source', async () => {
    const s = await loadSample('thai-binh-vp-ubbc.xlsx');
    const plan = bare(s.plan);
    const doc = await draft(s, { unit: s.options.unit }, 'vi', plan);
    const l = doc.lines.map(norm);
    expect(l).toContain('Kính gửi: [cần điền: nơi nhận Tờ trình (Kính gửi)]');
    expect(l).toContain('Kính trình [cần điền: nơi nhận Tờ trình (Kính gửi)] xem xét, quyết định./.');
    expect(line(l, 'Hồ sơ đề nghị khen thưởng (01 bộ)')).toMatch(/gửi về \[cần điền: cơ quan nhận hồ sơ\]\.$/);
    expect(l).toContain('[cần điền: chức vụ người ký]');
    expect(l).toContain('[cần điền: địa danh], ngày … tháng … năm …');
    expect(l).toContain('Căn cứ Kế hoạch số 32/KH-UBND ngày 08/02/2021 của Ủy ban nhân dân tỉnh Thái Bình.');
    expect(l).toContain('Về việc đề nghị khen thưởng tập thể, cá nhân');
    // Placeholders are drawn highlighted, so nobody prints them by mistake.
    for (const p of [
      '[cần điền: nơi nhận Tờ trình (Kính gửi)]',
      '[cần điền: cơ quan nhận hồ sơ]',
      '[cần điền: chức vụ người ký]',
      '[cần điền: địa danh]',
    ])
      expect(doc.highlighted).toContain(p);
    // The figures do not depend on the plan's texts.
    assertDossierText(doc.lines, { ...s, plan });
  });

  it('a signer with a mode but no names: both lines are placeholders', async () => {
    const s = await loadSample('thai-binh-huyen-vu-thu.xlsx');
    const plan = structuredClone(s.plan);
    plan.dossier!.submission!.signer = { mode: 'KT' };
    const l = (await draft(s, { unit: s.options.unit }, 'vi', plan)).lines.map(norm);
    const at = l.indexOf('KT. [cần điền: tập thể lãnh đạo hoặc chức vụ người đứng đầu]');
    expect(at).toBeGreaterThan(0);
    expect(l[at + 1]).toBe('[cần điền: chức vụ người ký]');
  });

  it('a workbook whose unit nobody knows: the unit is a placeholder, the figures still come out', async () => {
    const plan = getPreset('vinh-phuc-quy-dtpt-2021')!;
    const model = workbook(
      sheet('DS', [
        ['STT', 'Họ và tên', 'Ngày sinh', 'Hình thức khen thưởng', 'Tóm tắt thành tích'],
        [1, 'Nguyễn Văn An', '12/03/1980', 'Giấy khen', 'Hoàn thành tốt nhiệm vụ'],
      ]),
    );
    const result = check({ model, plan, lang: 'vi' });
    expect(result.workbookUnit.name).toBeNull();
    const doc = readDocx(await buildDossier({ result, plan, workbookName: 'ds.xlsx', lang: 'vi', details: {} }));
    const l = doc.lines.map(norm);
    // The heading writes names in capitals, but a placeholder as it is.
    expect(doc.parts[0]!.tables[0]![0]![0]!.split('\n').map(norm).filter(Boolean)).toEqual([
      'CÔNG ĐOÀN VIÊN CHỨC TỈNH VĨNH PHÚC',
      '[cần điền: tên cơ quan, đơn vị]',
    ]);
    expect(l).toContain(
      '[cần điền: tên cơ quan, đơn vị] kính đề nghị xem xét, khen thưởng 01 cá nhân có thành tích xuất sắc, tiêu biểu, cụ thể như sau:',
    );
    expect(l).toContain('- Giấy khen: 01 cá nhân.');
  });
});

describe('English', () => {
  it('frames the document in English around the plan’s own texts', async () => {
    const s = await loadSample('thai-binh-huyen-vu-thu.xlsx');
    const l = (await draft(s, { unit: s.options.unit }, 'en')).lines.map(norm);
    expect(l).toContain('SUBMISSION');
    expect(l).toContain('SOCIALIST REPUBLIC OF VIETNAM');
    expect(l).toContain(
      'UBND huyện Vũ Thư respectfully proposes awards for 6 collectives and 10 individuals with outstanding achievements, as follows:',
    );
    expect(l).toContain('- Bằng khen của Chủ tịch UBND tỉnh: 6 collectives and 8 individuals; estimated reward 29,800,000 VND.');
    expect(l).toContain('LIST OF PROPOSED AWARDS');
  });
});

describe('composeDossier', () => {
  it('is the figures of buildExportData, unchanged', async () => {
    const s = await loadSample('thai-binh-huyen-vu-thu.xlsx');
    const model = composeDossier({ result: s.result, plan: s.plan, workbookName: s.name, lang: 'vi', details: { unit: s.options.unit } });
    expect(model.data).toEqual(s.data);
  });
});
