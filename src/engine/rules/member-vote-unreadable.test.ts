import { describe, expect, it } from 'vitest';
import { found, run, sheet, workbook, type CellInput } from '../../../test/helpers/model';

/** A member list under a title row: data from row 3. */
function members(marks: CellInput[], unit = 'CĐCS Trường THPT Văn Giang') {
  return workbook(
    sheet('Đoàn viên', [
      ['DANH SÁCH ĐOÀN VIÊN THAM GIA BẦU CỬ'],
      ['STT', 'Họ và tên', 'Ngày sinh', 'Công đoàn cơ sở', 'Đã bỏ phiếu'],
      ...marks.map((m, i): CellInput[] => [i + 1, `Người Số ${i + 1}`, '01/01/1980', unit, m]),
    ]),
  );
}

describe('MEMBER_VOTE_UNREADABLE', () => {
  const cases: { name: string; marks: CellInput[]; expected: number[][] }[] = [
    { name: 'yes marks: x, có, rồi, 1, ✓, Đã bỏ phiếu', marks: ['x', 'có', 'rồi', 1, '✓', 'Đã bỏ phiếu', 'X'], expected: [] },
    { name: 'no marks: blank, không, 0, chưa', marks: ['', null, 'không', 0, 'Chưa', 'Không'.normalize('NFD')], expected: [] },
    { name: 'a question mark', marks: ['x', '?', 'x'], expected: [[4]] },
    { name: 'a note instead of a mark', marks: ['ốm, đi viện', 'x'], expected: [[3]] },
    { name: 'a number other than 0 or 1', marks: ['x', 'x', 2], expected: [[5]] },
    { name: 'a broken formula', marks: [{ error: '#N/A' }, 'x'], expected: [[3]] },
    { name: 'a stray date', marks: [{ v: 44339, f: 'dd/mm/yyyy' }], expected: [[3]] },
    { name: 'each unreadable row on its own', marks: ['?', 'x', '??', 'có'], expected: [[3], [5]] },
  ];
  it.each(cases)('$name', ({ marks, expected }) => {
    const r = run(members(marks), 'hung-yen-cdn-gd-2021');
    expect(found(r, 'MEMBER_VOTE_UNREADABLE').map((f) => f.rows)).toEqual(expected);
    expect(found(r, 'MEMBER_VOTE_UNREADABLE').every((f) => f.sheet === 'Đoàn viên')).toBe(true);
  });

  it('is a warning quoting the mark', () => {
    const f = run(members(['x', '?']), 'hung-yen-cdn-gd-2021').findings.filter((x) => x.rule === 'MEMBER_VOTE_UNREADABLE');
    expect(f.map((x) => [x.severity, x.unit, x.values.mark])).toEqual([['warning', 'CĐCS Trường THPT Văn Giang', '?']]);
  });

  it('an unreadable mark counts as not voted', () => {
    // Plan C: 100% minimum. 24 x and one `?`: 24/25.
    const r = run(members([...Array.from({ length: 24 }, () => 'x'), '?'], 'Công đoàn Quỹ Đầu tư phát triển'), 'vinh-phuc-quy-dtpt-2021');
    expect(found(r, 'MEMBER_VOTE_UNREADABLE').map((f) => f.rows)).toEqual([[27]]);
    const below = r.findings.filter((f) => f.rule === 'TURNOUT_BELOW_MIN');
    expect(below.map((f) => [f.values.voted, f.values.registered])).toEqual([[24, 25]]);
  });
});
