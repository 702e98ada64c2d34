import { describe, expect, it } from 'vitest';
import type { Cell } from '../model';
import {
  formatNumberEn,
  formatNumberVi,
  formatPercentEn,
  formatPercentVi,
  formatVnd,
  parseCount,
  parseNumber,
  parseNumberText,
  parseRate,
  type NumberResult,
} from './number';

const n = (value: number): NumberResult => ({ kind: 'number', value });
const EMPTY: NumberResult = { kind: 'empty' };
const err = (raw: string): NumberResult => ({ kind: 'error', raw });
const bad = (raw: string): NumberResult => ({ kind: 'invalid', raw });
const c = (v: Cell['v'], f?: string, t?: string): Cell => ({ v, ...(f ? { f } : {}), ...(t ? { t } : {}) });

describe('parseNumber', () => {
  it.each<[string, Cell | null | undefined, NumberResult]>([
    ['missing cell', undefined, EMPTY],
    ['null cell', null, EMPTY],
    ['null value', c(null), EMPTY],
    ['blank text', c('   '), EMPTY],
    ['NBSP only', c('\u00A0'), EMPTY],
    ['number', c(6850), n(6850)],
    ['fraction', c(0.985), n(0.985)],
    ['negative number', c(-3), n(-3)],
    ['text integer', c('6850'), n(6850)],
    ['decimal comma', c('98,5'), n(98.5)],
    ['decimal comma, 2 digits', c('98,50'), n(98.5)],
    ['decimal dot', c('98.5'), n(98.5)],
    ['dot thousands', c('6.850'), n(6850)],
    ['comma thousands (3 digits after)', c('6,850'), n(6850)],
    ['space thousands', c('6 850'), n(6850)],
    ['NBSP thousands', c('6\u00A0850'), n(6850)],
    ['narrow NBSP thousands', c('1\u202F234\u202F567'), n(1234567)],
    ['dot groups', c('1.234.567'), n(1234567)],
    ['comma groups', c('1,234,567'), n(1234567)],
    ['vi grouping with decimals', c('1.234.567,89'), n(1234567.89)],
    ['en grouping with decimals', c('1,234,567.89'), n(1234567.89)],
    ['space grouping with decimal comma', c('12 345,5'), n(12345.5)],
    ['leading zero decimal', c('0,850'), n(0.85)],
    ['leading zero dot', c('0.985'), n(0.985)],
    ['no leading digit', c(',5'), n(0.5)],
    ['four digits after the comma', c('6,8500'), n(6.85)],
    ['two digits after the dot', c('6.85'), n(6.85)],
    ['plus sign', c('+12'), n(12)],
    ['minus sign', c('-1.200'), n(-1200)],
    ['unicode minus', c('\u22125'), n(-5)],
    ['accounting negative', c('(1.200)'), n(-1200)],
    ['surrounding spaces', c('  1.200  '), n(1200)],
    ['scientific', c('1,5E+06'), n(1500000)],
    ['error value', c({ error: '#DIV/0!' }), err('#DIV/0!')],
    ['#N/A value', c({ error: '#N/A' }), err('#N/A')],
    ['error typed as text', c('#VALUE!'), err('#VALUE!')],
    ['error text lower case', c(' #n/a '), err('#N/A')],
    ['boolean', c(true), bad('TRUE')],
    ['date', c(new Date(Date.UTC(2021, 4, 23)), 'dd/mm/yyyy', '23/05/2021'), bad('23/05/2021')],
    ['words', c('sáu nghìn'), bad('sáu nghìn')],
    ['unit word (only parseCount)', c('1.200 người'), bad('1.200 người')],
    ['bad grouping', c('1.23.456'), bad('1.23.456')],
    ['two decimal separators', c('1,234,5'), bad('1,234,5')],
    ['mixed in wrong order', c('1,234.567,8'), bad('1,234.567,8')],
    ['trailing separator', c('98,'), bad('98,')],
    ['percent (only parseRate)', c('98,5%'), bad('98,5%')],
    ['NaN', c(Number.NaN), bad('NaN')],
  ])('%s', (_name, cell, expected) => {
    expect(parseNumber(cell)).toEqual(expected);
  });
});

describe('parseNumberText decimalOnly', () => {
  it.each<[string, number | null]>([
    ['98,500', 98.5],
    ['6.850', 6.85],
    ['1.234.567', 1234567],
  ])('%s → %s', (s, expected) => {
    expect(parseNumberText(s, { decimalOnly: true })).toBe(expected);
  });
});

describe('parseCount', () => {
  it.each<[string, Cell | null | undefined, NumberResult]>([
    ['number', c(6850), n(6850)],
    ['dot thousands', c('6.850'), n(6850)],
    ['with người', c('1.200 người'), n(1200)],
    ['with cử tri (NFD)', c('6 850 cử tri'.normalize('NFD')), n(6850)],
    ['with phiếu', c('345 phiếu'), n(345)],
    ['no space before unit', c('42người'), n(42)],
    ['unit in capitals', c('120 NGƯỜI'), n(120)],
    ['đoàn viên', c('35 đoàn viên'), n(35)],
    ['non-integer kept', c('12,5'), n(12.5)],
    ['negative kept', c(-4), n(-4)],
    ['empty', c(''), EMPTY],
    ['unknown word', c('12 tháng'), bad('12 tháng')],
    ['text only', c('không rõ'), bad('không rõ')],
    ['error', c({ error: '#REF!' }), err('#REF!')],
  ])('%s', (_name, cell, expected) => {
    expect(parseCount(cell)).toEqual(expected);
  });
});

describe('parseRate', () => {
  it.each<[string, Cell | null | undefined, NumberResult]>([
    ['fraction with % format', c(0.985, '0.0%'), n(0.985)],
    ['1 with % format', c(1, '0%'), n(1)],
    ['% shown in text, no format', c(0.974, undefined, '97,4%'), n(0.974)],
    ['percent number', c(98.5), n(0.985)],
    ['fraction number', c(0.985), n(0.985)],
    ['one', c(1), n(1)],
    ['hundred', c(100), n(1)],
    ['zero', c(0), n(0)],
    ['text 98,5%', c('98,5%'), n(0.985)],
    ['text 98.5 %', c('98.5 %'), n(0.985)],
    ['text 98,50%', c('98,50%'), n(0.985)],
    ['text 98,500%', c('98,500%'), n(0.985)],
    ['text 100%', c('100%'), n(1)],
    ['text NBSP before %', c('97,4\u00A0%'), n(0.974)],
    ['text percent number', c('98,5'), n(0.985)],
    ['text fraction', c('0,985'), n(0.985)],
    ['error value', c({ error: '#DIV/0!' }), err('#DIV/0!')],
    ['error text', c('#DIV/0!'), err('#DIV/0!')],
    ['empty', c(null), EMPTY],
    ['blank text', c(' '), EMPTY],
    ['text', c('cao'), bad('cao')],
    ['boolean', c(false), bad('FALSE')],
  ])('%s', (_name, cell, expected) => {
    const r = parseRate(cell);
    if (expected.kind === 'number' && r.kind === 'number') expect(r.value).toBeCloseTo(expected.value, 12);
    else expect(r).toEqual(expected);
  });
});

describe('formatting', () => {
  it.each<[number, number | undefined, string, string]>([
    [0.974, undefined, '97,4%', '97.4%'],
    [0.98, undefined, '98,0%', '98.0%'],
    [1, undefined, '100,0%', '100.0%'],
    [0.97449, 2, '97,45%', '97.45%'],
    [0.9745, 1, '97,5%', '97.5%'],
    [0.5, 0, '50%', '50%'],
    [12.345, 1, '1.234,5%', '1,234.5%'],
    [-0.0001, 1, '0,0%', '0.0%'],
  ])('percent %s (%s digits)', (fraction, digits, vi, en) => {
    expect(formatPercentVi(fraction, digits)).toBe(vi);
    expect(formatPercentEn(fraction, digits)).toBe(en);
  });

  it.each<[number, string, string]>([
    [6850, '6.850', '6,850'],
    [1234567, '1.234.567', '1,234,567'],
    [98.5, '98,5', '98.5'],
    [0, '0', '0'],
    [-1200, '-1.200', '-1,200'],
    [999, '999', '999'],
    [1234.5678, '1.234,5678', '1,234.5678'],
  ])('number %s', (value, vi, en) => {
    expect(formatNumberVi(value)).toBe(vi);
    expect(formatNumberEn(value)).toBe(en);
  });

  it('fixed digits', () => {
    expect(formatNumberVi(2.5, 2)).toBe('2,50');
    expect(formatNumberEn(1234.567, 1)).toBe('1,234.6');
  });

  it.each<[number, string, string]>([
    [1490000, '1.490.000 đồng', '1,490,000 VND'],
    [2980000.4, '2.980.000 đồng', '2,980,000 VND'],
    [447000, '447.000 đồng', '447,000 VND'],
  ])('VND %s', (value, vi, en) => {
    expect(formatVnd(value, 'vi')).toBe(vi);
    expect(formatVnd(value, 'en')).toBe(en);
  });
});
