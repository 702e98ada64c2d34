import { describe, expect, it } from 'vitest';
import type { Cell } from '../model';
import {
  addDaysIso,
  compareIso,
  daysBetweenIso,
  isDateFormat,
  isoToDmy,
  isoToSerial,
  isValidIso,
  parseDate,
  serialToIso,
  weekdayIso,
  type DateResult,
} from './date';

const d = (iso: string): DateResult => ({ kind: 'date', iso });
const bad = (raw: string): DateResult => ({ kind: 'invalid', raw });
const EMPTY: DateResult = { kind: 'empty' };
const c = (v: Cell['v'], f?: string, t?: string): Cell => ({ v, ...(f ? { f } : {}), ...(t ? { t } : {}) });
const utc = (...a: [number, number, number, number?, number?, number?]): Date =>
  new Date(Date.UTC(a[0], a[1] - 1, a[2], a[3] ?? 0, a[4] ?? 0, a[5] ?? 0));

describe('parseDate', () => {
  it.each<[string, Cell | null | undefined, DateResult]>([
    ['missing', undefined, EMPTY],
    ['null value', c(null), EMPTY],
    ['blank text', c('  '), EMPTY],
    ['UTC midnight Date', c(utc(2021, 5, 23)), d('2021-05-23')],
    ['Vietnam midnight shifted to 17:00 UTC the day before', c(utc(2021, 5, 22, 17)), d('2021-05-23')],
    ['US midnight shifted to 05:00 UTC', c(utc(2021, 5, 23, 5)), d('2021-05-23')],
    ['Paris midnight shifted to 22:00 UTC', c(utc(2021, 5, 22, 22)), d('2021-05-23')],
    ['a time of day keeps its day', c(utc(2021, 5, 23, 15, 37, 12)), d('2021-05-23')],
    ['invalid Date', c(new Date(Number.NaN)), bad('Invalid Date')],
    ['serial with date format', c(44339, 'dd/mm/yyyy'), d('2021-05-23')],
    ['serial with time part', c(44339.75, 'dd/mm/yyyy hh:mm'), d('2021-05-23')],
    ['serial with [$-vi-VN] format', c(44235, '[$-42A]dd/mm/yyyy;@'), d('2021-02-08')],
    ['serial 61 is 1900-03-01', c(61, 'd/m/yyyy'), d('1900-03-01')],
    ['serial 59 is 1900-02-28', c(59, 'd/m/yyyy'), d('1900-02-28')],
    ['serial 1 is 1900-01-01', c(1, 'd/m/yyyy'), d('1900-01-01')],
    ['Lotus phantom 1900-02-29', c(60, 'd/m/yyyy'), bad('60')],
    ['serial without format', c(44339), bad('44339')],
    ['serial with number format', c(44339, '#,##0'), bad('44339')],
    ['time format is not a date', c(0.5, 'h:mm'), bad('0.5')],
    ['text dd/mm/yyyy', c('23/05/2021'), d('2021-05-23')],
    ['text d/m/yyyy', c('8/2/2021'), d('2021-02-08')],
    ['text dd-mm-yyyy', c('23-05-2021'), d('2021-05-23')],
    ['text dd.mm.yyyy', c('23.05.2021'), d('2021-05-23')],
    ['text dd/mm/yy', c('23/05/21'), d('2021-05-23')],
    ['text with spaces', c(' 23 / 05 / 2021 '), d('2021-05-23')],
    ['text with time', c('23/05/2021 08:30'), d('2021-05-23')],
    ['day first even when both ≤ 12', c('05/06/2021'), d('2021-06-05')],
    ['ISO text', c('2021-05-23'), d('2021-05-23')],
    ['ISO datetime text', c('2021-05-23T00:00:00Z'), d('2021-05-23')],
    ['Vietnamese long form', c('ngày 23 tháng 5 năm 2021'), d('2021-05-23')],
    ['Vietnamese long form, NFD and capital', c('Ngày 23 tháng 05 năm 2021'.normalize('NFD')), d('2021-05-23')],
    ['Vietnamese with comma', c('23 tháng 5, 2021'), d('2021-05-23')],
    ['Vietnamese without diacritics', c('ngay 10 thang 9 nam 2021'), d('2021-09-10')],
    ['ngày + numeric', c('Ngày 22/4/2021'), d('2021-04-22')],
    ['trailing period', c('13/5/2021.'), d('2021-05-13')],
    ['leap day', c('29/02/2024'), d('2024-02-29')],
    ['31/02 is not a date', c('31/02/2021'), bad('31/02/2021')],
    ['29/02 in 2021 is not a date', c('29/02/2021'), bad('29/02/2021')],
    ['month 13', c('01/13/2021'), bad('01/13/2021')],
    ['words', c('chưa nộp'), bad('chưa nộp')],
    ['signature line is not a date', c('Thái Bình, ngày 23 tháng 5 năm 2021'), bad('Thái Bình, ngày 23 tháng 5 năm 2021')],
    ['boolean', c(true), bad('TRUE')],
    ['error', c({ error: '#N/A' }), bad('#N/A')],
  ])('%s', (_name, cell, expected) => {
    expect(parseDate(cell)).toEqual(expected);
  });

  it.each<[string, Cell, DateResult]>([
    ['plain serial', c(44339), d('2021-05-23')],
    ['plain serial with General', c(44339, 'General'), d('2021-05-23')],
    ['below range', c(19999), bad('19999')],
    ['above range', c(80001), bad('80001')],
    ['a percent is not a date', c(44339, '0%'), bad('44339')],
  ])('serialsWithoutFormat: %s', (_name, cell, expected) => {
    expect(parseDate(cell, { serialsWithoutFormat: true })).toEqual(expected);
  });

  it('two-digit years follow Excel (00-29 → 20xx, 30-99 → 19xx)', () => {
    expect(parseDate(c('15/03/85'))).toEqual(d('1985-03-15'));
    expect(parseDate(c('15/03/29'))).toEqual(d('2029-03-15'));
  });
});

describe('serials', () => {
  it.each<[number, string | null]>([
    [44339, '2021-05-23'],
    [44235, '2021-02-08'],
    [44449, '2021-09-10'],
    [46096, '2026-03-15'],
    [2958465, '9999-12-31'],
    [0, null],
    [60, null],
    [2958466, null],
  ])('%s → %s', (serial, iso) => {
    expect(serialToIso(serial)).toBe(iso);
    if (iso !== null) expect(isoToSerial(iso)).toBe(serial);
  });
});

describe('isDateFormat', () => {
  it.each<[string | undefined, boolean]>([
    ['dd/mm/yyyy', true],
    ['d/m/yy', true],
    ['[$-42A]dd/mm/yyyy;@', true],
    ['mmmm yyyy', true],
    ['mmm', true],
    ['dd/mm/yyyy hh:mm', true],
    ['h:mm', false],
    ['[h]:mm:ss', false],
    ['mm:ss', false],
    ['General', false],
    ['0.0%', false],
    ['#,##0 "đồng"', false],
    ['"ngày" 0', false],
    ['@', false],
    [undefined, false],
  ])('%s → %s', (f, expected) => {
    expect(isDateFormat(f)).toBe(expected);
  });
});

describe('ISO helpers', () => {
  it.each<[string, string]>([
    ['2021-05-23', '23/05/2021'],
    ['2021-02-08', '08/02/2021'],
  ])('isoToDmy %s', (iso, dmy) => {
    expect(isoToDmy(iso)).toBe(dmy);
  });

  it.each<[string, number, string]>([
    ['2021-05-23', 1, '2021-05-24'],
    ['2021-02-28', 1, '2021-03-01'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2021-12-31', 1, '2022-01-01'],
    ['2021-09-10', -16, '2021-08-25'],
    ['2021-03-01', -1, '2021-02-28'],
  ])('addDaysIso(%s, %s)', (iso, n, expected) => {
    expect(addDaysIso(iso, n)).toBe(expected);
  });

  it.each<[string, number]>([
    ['2021-05-23', 0], // election day, a Sunday
    ['2021-09-10', 5], // Friday
    ['2021-08-25', 3], // Wednesday
    ['2026-03-15', 0],
  ])('weekdayIso(%s) = %s', (iso, wd) => {
    expect(weekdayIso(iso)).toBe(wd);
  });

  it('compareIso sorts', () => {
    expect(compareIso('2021-05-23', '2021-05-24')).toBeLessThan(0);
    expect(compareIso('2021-05-23', '2021-05-23')).toBe(0);
    expect(compareIso('2021-12-01', '2021-05-30')).toBeGreaterThan(0);
    expect(['2021-05-23', '2020-12-31', '2021-02-08'].sort(compareIso)).toEqual(['2020-12-31', '2021-02-08', '2021-05-23']);
  });

  it('daysBetweenIso and isValidIso', () => {
    expect(daysBetweenIso('2021-05-02', '2021-05-23')).toBe(21);
    expect(isValidIso('2021-02-29')).toBe(false);
    expect(isValidIso('2021-5-2')).toBe(false);
    expect(isValidIso('2024-02-29')).toBe(true);
  });
});
