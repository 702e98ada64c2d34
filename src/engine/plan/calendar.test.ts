import { describe, expect, it } from 'vitest';
import {
  addDays,
  daysOffOf,
  dossierDeadline,
  isIsoDate,
  isWorkingDay,
  makeUpWorkingDaysOf,
  subtractWorkingDays,
  VN_HOLIDAYS,
  vnHolidayYears,
  weekday,
} from './calendar';
import { getPreset } from './presets';
import { planSchema } from './schema';

const planA = getPreset('thai-binh-32-2021')!;
const OFF = daysOffOf(planA);
const MAKEUP = makeUpWorkingDaysOf(planA);
const NONE = new Set<string>();

describe('subtractWorkingDays', () => {
  it.each([
    // [name, from, n, expected, daysOff]
    ['PLANS.md example: Fri 10/09/2021, N=10, 2/9 and 3/9 off', '2021-09-10', 10, '2021-08-25', OFF],
    ['same without holidays lands two days later', '2021-09-10', 10, '2021-08-27', NONE],
    ['N=0 is the day itself', '2021-09-10', 0, '2021-09-10', OFF],
    ['N=1 from a Monday skips the weekend', '2021-09-13', 1, '2021-09-10', OFF],
    ['N=1 from a Tuesday is the Monday', '2021-09-14', 1, '2021-09-13', OFF],
    ['a week back from a Wednesday', '2021-06-16', 5, '2021-06-09', NONE],
    ['from a Sunday, the conference day is not counted', '2021-06-13', 1, '2021-06-11', NONE],
    ['Tết 2021 (10–16/02) is skipped', '2021-02-17', 1, '2021-02-09', OFF],
    ['Tết 2021 over a longer span', '2021-02-19', 5, '2021-02-05', OFF],
    ['1/5/2021 Saturday → compensatory Mon 3/5', '2021-05-04', 1, '2021-04-29', OFF],
    ['Giỗ Tổ 21/04/2021 (Wed)', '2021-04-22', 1, '2021-04-20', OFF],
    ['New Year 2021 (Fri 1/1) and the year boundary', '2021-01-04', 1, '2020-12-31', OFF],
    ['2026: Giỗ Tổ Sun 26/4 → Mon 27/4 off, then 30/4 and 1/5', '2026-05-04', 3, '2026-04-24', OFF],
    ['2026: Tết 14–22/02', '2026-02-23', 1, '2026-02-13', OFF],
    // Notice 9441/TB-BNV: Mon 31/8 swapped off, 1/9 and 2/9 off → 29/8–2/9 is one break.
    ['2026: Quốc khánh 31/8 (swapped), 1/9 and 2/9 off', '2026-09-03', 1, '2026-08-28', OFF],
    ['2026: issue 12 example, conference Thu 03/09, N=2', '2026-09-03', 2, '2026-08-27', OFF],
    ['2026: Sat 22/8 is worked in exchange for Mon 31/8', '2026-08-24', 1, '2026-08-22', OFF],
    ['2026: back over the whole National Day break', '2026-09-07', 5, '2026-08-26', OFF],
    ['2026: 2/1 swapped off, Sat 10/1 worked', '2026-01-12', 1, '2026-01-10', OFF],
    ['2026: back over New Year 1/1 and 2/1', '2026-01-05', 1, '2025-12-31', OFF],
  ] as const)('%s', (_name, from, n, expected, daysOff) => {
    expect(subtractWorkingDays(from, n, daysOff, daysOff === OFF ? MAKEUP : undefined)).toBe(expected);
  });

  it('the PLANS.md deadline is a Wednesday', () => {
    expect(weekday('2021-08-25')).toBe(3);
    expect(weekday('2021-09-10')).toBe(5);
  });

  it('rejects bad input', () => {
    expect(() => subtractWorkingDays('2021-02-30', 1, NONE)).toThrow(RangeError);
    expect(() => subtractWorkingDays('10/09/2021', 1, NONE)).toThrow(RangeError);
    expect(() => subtractWorkingDays('2021-09-10', -1, NONE)).toThrow(RangeError);
    expect(() => subtractWorkingDays('2021-09-10', 1.5, NONE)).toThrow(RangeError);
  });
});

describe('isWorkingDay', () => {
  it.each([
    ['2021-09-08', true], // Wednesday
    ['2021-09-04', false], // Saturday
    ['2021-09-05', false], // Sunday
    ['2021-09-02', false], // Quốc khánh
    ['2021-09-03', false], // adjacent day
    ['2021-02-10', false], // Tết 2021 starts (29 tháng Chạp)
    ['2021-02-16', false], // Tết 2021 ends (mùng 5)
    ['2021-02-17', true],
    ['2021-05-03', false], // compensatory for Sat 1/5
    ['2026-01-02', false], // swapped off
    ['2026-01-10', true], // Saturday made a working day
    ['2026-01-17', false], // an ordinary Saturday
    ['2026-02-16', false],
    ['2026-02-20', false],
    ['2026-04-27', false], // compensatory for Sun 26/4
    ['2026-08-22', true], // Saturday worked in exchange for Mon 31/8 (9441/TB-BNV)
    ['2026-08-29', false], // the Saturday that opens the National Day break
    ['2026-08-31', false], // swapped off (9441/TB-BNV)
    ['2026-09-01', false],
    ['2026-09-02', false],
    ['2026-09-03', true],
    ['2026-03-16', true],
  ] as const)('%s → %s', (iso, expected) => {
    expect(isWorkingDay(iso, OFF, MAKEUP)).toBe(expected);
  });

  it('a day off wins over a make-up day', () => {
    expect(isWorkingDay('2026-01-10', new Set(['2026-01-10']), new Set(['2026-01-10']))).toBe(false);
  });

  it('is not affected by the process time zone (pure UTC arithmetic)', () => {
    // addDays over a DST change in zones that have one stays on calendar days
    expect(addDays('2021-03-27', 2)).toBe('2021-03-29');
    expect(addDays('2021-10-30', 2)).toBe('2021-11-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2021-01-01', -1)).toBe('2020-12-31');
  });

  it('isIsoDate accepts real dates only', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2021-02-29')).toBe(false);
    expect(isIsoDate('2021-9-2')).toBe(false);
  });
});

describe('dossierDeadline', () => {
  it('plan A: conference Fri 10/09/2021 → Wed 25/08/2021', () => {
    expect(dossierDeadline(planA, '2021-09-10')).toBe('2021-08-25');
  });

  it('uses the plan conference date when none is given, and the argument overrides it', () => {
    const p = { ...planA, dossier: { workingDaysBeforeConference: 10, conferenceDate: '2021-09-10' } };
    expect(dossierDeadline(p)).toBe('2021-08-25');
    expect(dossierDeadline(p, '2021-09-13')).toBe('2021-08-26');
  });

  it('is undefined without a dossier rule or a date', () => {
    expect(dossierDeadline(planA)).toBeUndefined();
    expect(dossierDeadline(getPreset('vinh-phuc-quy-dtpt-2021')!, '2021-09-10')).toBeUndefined();
  });

  it('user days off count', () => {
    const p = { ...planA, extraDaysOff: ['2021-08-25'] };
    expect(dossierDeadline(p, '2021-09-10')).toBe('2021-08-24');
  });

  it('issue 12: conference Thu 03/09/2026 with N = 2 → Thu 27/08/2026 (31/08 is off)', () => {
    const p = { ...planA, dossier: { workingDaysBeforeConference: 2 } };
    expect(dossierDeadline(p, '2026-09-03')).toBe('2026-08-27');
  });

  it('a 2026 plan can reference the built-in calendar by year', () => {
    const p = planSchema.parse({
      id: 'ke-hoach-2026',
      name: { vi: 'Kế hoạch 2026' },
      source: { vi: 'Thử' },
      electionDate: '2026-03-15',
      turnout: { min: 0.99, target: null },
      awardForms: null,
      dossier: { workingDaysBeforeConference: 10 },
      holidayYears: [2026],
    });
    expect(daysOffOf(p).has('2026-04-27')).toBe(true);
    expect(makeUpWorkingDaysOf(p).has('2026-01-10')).toBe(true);
    // Thu 07/05/2026 − 10 working days, skipping 30/4, 1/5 and 27/4 → Mon 20/04/2026
    expect(dossierDeadline(p, '2026-05-07')).toBe('2026-04-20');
    expect(makeUpWorkingDaysOf(p).has('2026-08-22')).toBe(true);
    expect(dossierDeadline({ ...p, dossier: { workingDaysBeforeConference: 2 } }, '2026-09-03')).toBe('2026-08-27');
  });
});

/** Every weekday that is not a working day, and every weekend day that is, in `year`. */
function exceptions(year: number, off: ReadonlySet<string>, makeUp: ReadonlySet<string>) {
  const weekdaysOff: string[] = [];
  const weekendsWorked: string[] = [];
  for (let d = `${year}-01-01`; d.startsWith(String(year)); d = addDays(d, 1)) {
    const weekend = weekday(d) === 0 || weekday(d) === 6;
    const working = isWorkingDay(d, off, makeUp);
    if (!weekend && !working) weekdaysOff.push(d);
    if (weekend && working) weekendsWorked.push(d);
  }
  return { weekdaysOff, weekendsWorked };
}

// The whole year as the official schedules give it (sources and what was verified: holidays.md).
describe('the whole calendar, day by day', () => {
  it('2021: 11 weekdays off, no Saturday worked (MOLISA Notice 4875/TB-LĐTBXH; Labour Code Art. 111–112)', () => {
    expect(exceptions(2021, OFF, MAKEUP)).toEqual({
      weekdaysOff: [
        '2021-01-01', // Tết Dương lịch (Fri)
        '2021-02-10', // Tết: 29 tháng Chạp
        '2021-02-11', // 30 tháng Chạp
        '2021-02-12', // mùng 1
        '2021-02-15', // mùng 4 (for mùng 2 on Sat)
        '2021-02-16', // mùng 5 (for mùng 3 on Sun)
        '2021-04-21', // Giỗ Tổ 10/3 Tân Sửu (Wed)
        '2021-04-30', // Victory Day (Fri)
        '2021-05-03', // compensatory for Sat 1/5
        '2021-09-02', // National Day (Thu)
        '2021-09-03', // adjacent day (Fri)
      ],
      weekendsWorked: [],
    });
  });

  it('2026: 13 weekdays off, Saturdays 10/01 and 22/08 worked (12729/VPCP-KGVX, 9441/TB-BNV; Labour Code Art. 111–112)', () => {
    expect(exceptions(2026, OFF, MAKEUP)).toEqual({
      weekdaysOff: [
        '2026-01-01', // Tết Dương lịch (Thu)
        '2026-01-02', // swapped with Sat 10/01 (12729/VPCP-KGVX)
        '2026-02-16', // Tết: 29 tháng Chạp (9441/TB-BNV)
        '2026-02-17', // mùng 1
        '2026-02-18', // mùng 2
        '2026-02-19', // mùng 3
        '2026-02-20', // mùng 4
        '2026-04-27', // compensatory for Giỗ Tổ on Sun 26/04
        '2026-04-30', // Victory Day (Thu)
        '2026-05-01', // Labour Day (Fri)
        '2026-08-31', // swapped with Sat 22/08 (9441/TB-BNV)
        '2026-09-01', // National Day, adjacent day (Tue)
        '2026-09-02', // National Day (Wed)
      ],
      weekendsWorked: ['2026-01-10', '2026-08-22'],
    });
  });

  it('2026 breaks as announced: 1–4/01, 14–22/02, 25–27/04, 30/04–03/05, 29/08–02/09', () => {
    const run = (from: string, to: string) => {
      for (let d = from; d <= to; d = addDays(d, 1)) expect(isWorkingDay(d, OFF, MAKEUP), d).toBe(false);
      expect(isWorkingDay(addDays(from, -1), OFF, MAKEUP), addDays(from, -1)).toBe(true);
      expect(isWorkingDay(addDays(to, 1), OFF, MAKEUP), addDays(to, 1)).toBe(true);
    };
    run('2026-01-01', '2026-01-04');
    run('2026-02-14', '2026-02-22');
    run('2026-04-25', '2026-04-27');
    run('2026-04-30', '2026-05-03');
    run('2026-08-29', '2026-09-02');
  });

  it('the built-in calendar and every preset give the same days', () => {
    const p = planSchema.parse({
      id: 'chi-lich',
      name: { vi: 'Chỉ lịch' },
      source: { vi: 'Thử' },
      electionDate: '2026-03-15',
      turnout: { min: null, target: null },
      awardForms: null,
      holidayYears: [2021, 2026],
    });
    for (const year of [2021, 2026]) {
      const builtIn = exceptions(year, daysOffOf(p), makeUpWorkingDaysOf(p));
      for (const id of ['thai-binh-32-2021', 'hung-yen-cdn-gd-2021', 'vinh-phuc-quy-dtpt-2021']) {
        const preset = getPreset(id)!;
        expect(exceptions(year, daysOffOf(preset), makeUpWorkingDaysOf(preset)), `${id} ${year}`).toEqual(builtIn);
      }
    }
  });
});

describe('holidays-vn.json', () => {
  it('covers 2021 and 2026 with real, sorted, unique dates of the right year', () => {
    expect(vnHolidayYears()).toEqual([2021, 2026]);
    for (const [year, cal] of Object.entries(VN_HOLIDAYS)) {
      const dates = cal.daysOff.map((d) => d.date);
      expect(dates.every((d) => isIsoDate(d) && d.startsWith(year))).toBe(true);
      expect([...dates].sort()).toEqual(dates);
      expect(new Set(dates).size).toBe(dates.length);
      for (const d of cal.makeUpWorkingDays) expect([0, 6]).toContain(weekday(d.date));
      for (const d of [...cal.daysOff, ...cal.makeUpWorkingDays]) {
        expect(d.vi.length).toBeGreaterThan(0);
        expect(d.en.length).toBeGreaterThan(0);
      }
    }
  });

  it('compensatory days fall on weekdays after a weekend holiday', () => {
    for (const cal of Object.values(VN_HOLIDAYS)) {
      for (const d of cal.daysOff.filter((x) => x.kind === 'compensatory' || x.kind === 'swap')) {
        expect([1, 2, 3, 4, 5]).toContain(weekday(d.date));
      }
    }
  });
});
