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
    ['2026: Quốc khánh 1/9 and 2/9 off', '2026-09-03', 1, '2026-08-31', OFF],
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
