import { describe, expect, it } from 'vitest';
import { d, found, plan, run, sheet, workbook, type CellInput } from '../../../test/helpers/model';

const BK = 'Bằng khen của Chủ tịch UBND tỉnh';

/** A nominee list with a dossier date column; data from row 3. */
function list(dates: CellInput[]) {
  return workbook(
    sheet('Đề nghị khen thưởng', [
      ['DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG'],
      ['STT', 'Họ và tên', 'Ngày sinh', 'Đơn vị đề nghị', 'Hình thức khen thưởng', 'Tóm tắt thành tích', 'Ngày nộp hồ sơ'],
      ...dates.map((x, i): CellInput[] => [i + 1, `Nguyễn Văn Người${i}`, `0${i + 1}/01/1980`, 'UBND huyện Vũ Thư', BK, 'Thành tích', x]),
    ]),
  );
}

// Conference Friday 10/09/2021, N = 10 working days; 2/9 and 3/9 are holidays → deadline Wednesday 25/08/2021.
const CONFERENCE = '2021-09-10';

describe('DOSSIER_LATE', () => {
  const cases: { name: string; dates: CellInput[]; expected: number[][] }[] = [
    { name: 'on the deadline (text)', dates: ['25/08/2021'], expected: [] },
    { name: 'the day after the deadline (text)', dates: ['26/08/2021'], expected: [[3]] },
    { name: 'on the deadline (real date)', dates: [d(25, 8, 2021)], expected: [] },
    { name: 'the day after the deadline (real date)', dates: [d(26, 8, 2021)], expected: [[3]] },
    { name: 'a date serial with a date format', dates: [{ v: 44434, f: 'dd/mm/yyyy' }], expected: [[3]] },
    { name: 'well before', dates: ['02/08/2021'], expected: [] },
    { name: 'a text date with single digits', dates: ['1/9/2021'], expected: [[3]] },
    { name: 'no dossier date on the row', dates: [''], expected: [] },
    { name: 'each late row on its own', dates: ['24/08/2021', '27/08/2021', '25/08/2021', '09/09/2021'], expected: [[4], [6]] },
  ];
  it.each(cases)('$name', ({ dates, expected }) => {
    const r = run(list(dates), 'thai-binh-32-2021', { conferenceDate: CONFERENCE });
    expect(found(r, 'DOSSIER_LATE').map((f) => f.rows)).toEqual(expected);
  });

  it('is an error with the date and the deadline', () => {
    const f = run(list(['26/08/2021']), 'thai-binh-32-2021', { conferenceDate: CONFERENCE }).findings.filter(
      (x) => x.rule === 'DOSSIER_LATE',
    );
    expect(f.map((x) => [x.severity, x.values])).toEqual([['error', { date: '2021-08-26', deadline: '2021-08-25' }]]);
  });

  it('without a conference date nothing is judged, and the result says so', () => {
    const r = run(list(['30/12/2021']), 'thai-binh-32-2021');
    expect(found(r, 'DOSSIER_LATE')).toEqual([]);
    expect(r.notices.map((n) => n.code)).toContain('no_conference_date');
  });

  it('a conference date in the plan data is used', () => {
    const p = plan('thai-binh-32-2021', (x) => {
      x.dossier = { workingDaysBeforeConference: 10, conferenceDate: CONFERENCE };
    });
    expect(found(run(list(['25/08/2021', '26/08/2021']), p), 'DOSSIER_LATE').map((f) => f.rows)).toEqual([[4]]);
  });

  it('N comes from the plan data', () => {
    const p = plan('thai-binh-32-2021', (x) => {
      x.dossier = { workingDaysBeforeConference: 5 };
    });
    // 5 working days before Fri 10/09 (2/9, 3/9 off): 9, 8, 7, 6, 1/9 → deadline Wednesday 01/09/2021.
    expect(found(run(list(['01/09/2021', '06/09/2021']), p, { conferenceDate: CONFERENCE }), 'DOSSIER_LATE').map((f) => f.rows)).toEqual([
      [4],
    ]);
  });

  it('a plan without a dossier deadline never fires', () => {
    expect(found(run(list(['30/12/2021']), 'hung-yen-cdn-gd-2021', { conferenceDate: CONFERENCE }), 'DOSSIER_LATE')).toEqual([]);
  });

  it('a plan whose dossier holds only its Tờ trình has no deadline, and asks for no conference date', () => {
    const r = run(list(['30/12/2021']), 'hung-yen-cdn-gd-2021');
    expect(plan('hung-yen-cdn-gd-2021').dossier).toEqual({ submission: expect.any(Object) });
    expect(found(r, 'DOSSIER_LATE')).toEqual([]);
    expect(r.notices.map((n) => n.code)).not.toContain('no_conference_date');
    expect(r.notices.map((n) => n.code)).not.toContain('deadline');
  });
});
