import { describe, expect, it } from 'vitest';
import { found, plan, run, sheet, workbook } from '../../../test/helpers/model';

/** One nominee row (row 3, under a title row) with the given award form. */
function withForm(form: string) {
  return workbook(
    sheet('Đề nghị khen thưởng', [
      ['DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG'],
      ['STT', 'Họ và tên', 'Ngày sinh', 'Đơn vị đề nghị', 'Hình thức khen thưởng', 'Tóm tắt thành tích'],
      [1, 'Nguyễn Văn An', '01/02/1970', 'UBND huyện Vũ Thư', form, 'Thành tích'],
    ]),
  );
}

describe('AWARD_FORM_NOT_ALLOWED', () => {
  const cases: { planId: string; form: string; allowed: boolean }[] = [
    // Plan A: the chairman's Bằng khen, and the heads' own Giấy khen.
    { planId: 'thai-binh-32-2021', form: 'Bằng khen của Chủ tịch UBND tỉnh', allowed: true },
    { planId: 'thai-binh-32-2021', form: 'BK UBND tỉnh', allowed: true },
    { planId: 'thai-binh-32-2021', form: 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh Thái Bình', allowed: true },
    { planId: 'thai-binh-32-2021', form: 'bang khen chu tich ubnd tinh', allowed: true },
    { planId: 'thai-binh-32-2021', form: 'BẰNG KHEN CỦA CHỦ TỊCH UBND TỈNH', allowed: true },
    { planId: 'thai-binh-32-2021', form: 'Bằng khen của Chủ tịch UBND tỉnh'.normalize('NFD'), allowed: true },
    { planId: 'thai-binh-32-2021', form: 'Bằng  khen của Chủ tịch\nUBND tỉnh', allowed: true },
    { planId: 'thai-binh-32-2021', form: 'Bằng khen của Chủ tịch Uỷ ban nhân dân tỉnh', allowed: true },
    { planId: 'thai-binh-32-2021', form: 'Giấy khen', allowed: true },
    { planId: 'thai-binh-32-2021', form: 'Giấy khen của Chủ tịch UBND huyện Vũ Thư', allowed: true },
    { planId: 'thai-binh-32-2021', form: 'Giấy khen của Giám đốc Sở Nội vụ', allowed: true },
    { planId: 'thai-binh-32-2021', form: 'Bằng khen của Thủ tướng Chính phủ', allowed: false },
    { planId: 'thai-binh-32-2021', form: 'Cờ thi đua của UBND tỉnh', allowed: false },
    { planId: 'thai-binh-32-2021', form: 'Bằng khen của Chủ tịch UBND huyện', allowed: false },
    { planId: 'thai-binh-32-2021', form: 'Bằng khen của Tổng LĐLĐ Việt Nam', allowed: false },
    { planId: 'thai-binh-32-2021', form: 'Chiến sĩ thi đua cơ sở', allowed: false },
    // Plan B: four forms.
    { planId: 'hung-yen-cdn-gd-2021', form: 'Bằng khen của Tổng LĐLĐ Việt Nam', allowed: true },
    { planId: 'hung-yen-cdn-gd-2021', form: 'Bằng khen của Tổng Liên đoàn Lao động Việt Nam', allowed: true },
    { planId: 'hung-yen-cdn-gd-2021', form: 'BK LĐLĐ tỉnh', allowed: true },
    { planId: 'hung-yen-cdn-gd-2021', form: 'Bằng khen của Liên đoàn Lao động tỉnh Hưng Yên', allowed: true },
    { planId: 'hung-yen-cdn-gd-2021', form: 'Giấy khen của Công đoàn cấp trên trực tiếp cơ sở', allowed: true },
    { planId: 'hung-yen-cdn-gd-2021', form: 'GK CĐ Ngành', allowed: true },
    { planId: 'hung-yen-cdn-gd-2021', form: 'BK UBND tỉnh', allowed: true },
    { planId: 'hung-yen-cdn-gd-2021', form: 'Bằng khen của Bộ trưởng Bộ Giáo dục và Đào tạo', allowed: false },
    { planId: 'hung-yen-cdn-gd-2021', form: 'Giấy khen của Hiệu trưởng', allowed: false },
    // Plan C: no list of forms, anything goes.
    { planId: 'vinh-phuc-quy-dtpt-2021', form: 'Giấy khen của Giám đốc Quỹ', allowed: true },
    { planId: 'vinh-phuc-quy-dtpt-2021', form: 'Bằng khen của Thủ tướng Chính phủ', allowed: true },
  ];
  it.each(cases)('$planId: "$form" allowed=$allowed', ({ planId, form, allowed }) => {
    const r = run(withForm(form), planId);
    expect(found(r, 'AWARD_FORM_NOT_ALLOWED')).toEqual(allowed ? [] : [{ sheet: 'Đề nghị khen thưởng', rows: [3] }]);
  });

  it('an empty form is MISSING_FIELD, not this', () => {
    const r = run(withForm(''), 'thai-binh-32-2021');
    expect(found(r, 'AWARD_FORM_NOT_ALLOWED')).toEqual([]);
    expect(found(r, 'MISSING_FIELD')).toEqual([{ sheet: 'Đề nghị khen thưởng', rows: [3] }]);
  });

  it('is an error quoting the form as written and the allowed forms', () => {
    const f = run(withForm('Bằng khen của Thủ tướng Chính phủ'), 'thai-binh-32-2021').findings.filter(
      (x) => x.rule === 'AWARD_FORM_NOT_ALLOWED',
    );
    expect(f).toHaveLength(1);
    expect(f[0]!.severity).toBe('error');
    expect(f[0]!.message).toContain('Bằng khen của Thủ tướng Chính phủ');
    expect(f[0]!.values.allowed).toContain('Bằng khen của Chủ tịch UBND tỉnh');
  });

  it('uses the forms of the plan data', () => {
    const p = plan('thai-binh-32-2021', (x) => {
      x.awardForms!.push({ id: 'bk-ttg', name: 'Bằng khen của Thủ tướng Chính phủ', aliases: [], inQuota: false });
    });
    expect(found(run(withForm('Bằng khen của Thủ tướng Chính phủ'), p), 'AWARD_FORM_NOT_ALLOWED')).toEqual([]);
  });
});
