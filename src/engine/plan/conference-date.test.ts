import { describe, expect, it } from 'vitest';
import { parseConferenceDate } from './conference-date';

describe('parseConferenceDate', () => {
  it.each([
    // [typed, expected]
    ['2021-09-10', '2021-09-10'],
    ['10/09/2021', '2021-09-10'],
    ['1/9/2021', '2021-09-01'],
    ['01/9/2021', '2021-09-01'],
    ['10-09-2021', '2021-09-10'],
    ['10.09.2021', '2021-09-10'],
    ['2021/09/10', '2021-09-10'],
    ['2021.9.10', '2021-09-10'],
    ['2021-9-1', '2021-09-01'],
    ['  25/06/2021 ', '2021-06-25'],
    ['25 / 06 / 2021', '2021-06-25'],
    ['\u00a025/06/2021\u00a0', '2021-06-25'],
    ['２５/０６/２０２１', '2021-06-25'],
    ['29/02/2024', '2024-02-29'],
    ['31/12/2026', '2026-12-31'],
  ])('%j → %s', (text, iso) => {
    expect(parseConferenceDate(text)).toBe(iso);
  });

  it.each([
    ['', 'empty'],
    ['   ', 'blank'],
    ['31/06/2021', 'no 31 June'],
    ['29/02/2021', 'no 29 February in 2021'],
    ['30/02/2024', 'no 30 February'],
    ['00/09/2021', 'day 0'],
    ['10/00/2021', 'month 0'],
    ['10/13/2021', 'month 13'],
    ['2021-13-01', 'ISO month 13'],
    ['2021-02-30', 'ISO 30 February'],
    ['10/09/21', 'two-digit year'],
    ['10/09-2021', 'mixed separators'],
    ['2021-09-10T00:00', 'a time of day'],
    ['ngày 10 tháng 9 năm 2021', 'words'],
    ['10092021', 'no separators'],
    ['10/09/0999', 'before 1900'],
    ['hôm nay', 'not a date'],
  ])('%j is not a conference date (%s)', (text) => {
    expect(parseConferenceDate(text)).toBeNull();
  });
});
