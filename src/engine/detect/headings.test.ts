import { describe, expect, it } from 'vitest';
import { found, run, sheet, workbook } from '../../../test/helpers/model';

describe('group headings inside a table', () => {
  it('a nominee list grouped by award form takes the form from its heading', () => {
    const model = workbook(
      sheet('DS đề nghị', [
        ['DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG'],
        ['STT', 'Họ và tên', 'Chức vụ, đơn vị công tác', 'Tóm tắt thành tích'],
        ['I', 'BẰNG KHEN CỦA CHỦ TỊCH UBND TỈNH'],
        [1, 'Nguyễn Văn Hải', 'Chủ tịch UBND xã Bình Minh', 'Chỉ đạo tốt'],
        ['II', 'BẰNG KHEN CỦA THỦ TƯỚNG CHÍNH PHỦ'],
        [1, 'Trần Thị Lan', 'Công chức', 'Tham mưu tốt'],
      ]),
    );
    const r = run(model, 'thai-binh-32-2021', { unit: 'UBND huyện Kiến Xương' });
    expect(r.context.nominees.map((n) => [n.row, n.name, n.form?.id ?? n.formText])).toEqual([
      [4, 'Nguyễn Văn Hải', r.context.plan.awardForms![0]!.id],
      [6, 'Trần Thị Lan', ''],
    ]);
    // A heading that names no allowed form is not taken for one: the row has no form column value.
    expect(found(r, 'AWARD_FORM_NOT_ALLOWED')).toEqual([]);
  });

  it('a member list grouped under unit headings counts each unit', () => {
    const model = workbook(
      sheet('Đoàn viên', [
        ['STT', 'Họ và tên', 'Ngày sinh', 'Đã bỏ phiếu'],
        ['A', 'TRƯỜNG THPT VĂN GIANG'],
        [1, 'Nguyễn Văn A', '01/01/1980', 'x'],
        [2, 'Nguyễn Văn B', '01/01/1981', ''],
        ['B', 'TRƯỜNG THPT KHOÁI CHÂU'],
        [1, 'Lê Thị C', '01/01/1982', 'x'],
      ]),
    );
    const units = run(model, 'hung-yen-cdn-gd-2021').summary.units.map((u) => [u.unit, u.registered, u.voted]);
    expect(units).toEqual([
      ['TRƯỜNG THPT VĂN GIANG', 2, 1],
      ['TRƯỜNG THPT KHOÁI CHÂU', 1, 1],
    ]);
  });
});

describe('numbered sub-headings', () => {
  it('`1. Tập thể` under a form heading is a section, not a nominee', () => {
    const model = workbook(
      sheet('DS', [
        ['STT', 'Họ và tên', 'Tóm tắt thành tích'],
        ['I', 'BẰNG KHEN CỦA CHỦ TỊCH UBND TỈNH'],
        [1, 'Tập thể'],
        [1, 'Xã Bình Minh', 'Tốt'],
        [2, 'Cá nhân'],
        [1, 'Nguyễn Văn Hải', 'Tốt'],
      ]),
    );
    const r = run(model, 'thai-binh-32-2021', { unit: 'UBND huyện Kiến Xương' });
    expect(r.context.nominees.map((n) => [n.row, n.kind])).toEqual([
      [4, 'collective'],
      [6, 'individual'],
    ]);
  });
});
