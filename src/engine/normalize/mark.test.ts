import { describe, expect, it } from 'vitest';
import type { Cell } from '../model';
import { parseMark, type Mark } from './mark';

const c = (v: Cell['v'], f?: string): Cell => (f ? { v, f } : { v });
const nfd = (s: string): string => s.normalize('NFD');

describe('parseMark', () => {
  it.each<[string, Mark]>([
    ['x', 'yes'],
    ['X', 'yes'],
    [' x ', 'yes'],
    ['(x)', 'yes'],
    ['x.', 'yes'],
    ['×', 'yes'],
    ['✓', 'yes'],
    ['✔', 'yes'],
    ['√', 'yes'],
    ['v', 'yes'],
    ['V', 'yes'],
    ['có', 'yes'],
    ['Có', 'yes'],
    [nfd('CÓ'), 'yes'],
    ['co', 'yes'],
    ['rồi', 'yes'],
    ['roi', 'yes'],
    ['Rồi.', 'yes'],
    ['đã', 'yes'],
    ['Đã bỏ phiếu', 'yes'],
    [nfd('đã bỏ phiếu'), 'yes'],
    ['da bo phieu', 'yes'],
    ['đã bầu', 'yes'],
    ['Đi bầu', 'yes'],
    ['Đạt', 'yes'],
    ['ĐẠT', 'yes'],
    ['dat', 'yes'],
    ['Hoàn thành', 'yes'],
    ['1', 'yes'],
    ['01', 'yes'],
    ['yes', 'yes'],
    ['Y', 'yes'],
    ['OK', 'yes'],
    ['không', 'no'],
    ['Không', 'no'],
    [nfd('KHÔNG'), 'no'],
    ['khong', 'no'],
    ['ko', 'no'],
    ['K', 'no'],
    ['0', 'no'],
    ['no', 'no'],
    ['N', 'no'],
    ['chưa', 'no'],
    ['Chưa bầu', 'no'],
    ['Không đạt', 'no'],
    [nfd('không đạt'), 'no'],
    ['KHONG DAT', 'no'],
    ['Không bỏ phiếu', 'no'],
    ['vắng', 'no'],
    ['Vắng mặt', 'no'],
    ['-', 'no'],
    ['–', 'no'],
    ['—', 'no'],
    ['', 'blank'],
    ['   ', 'blank'],
    ['\u00A0', 'blank'],
    ['?', 'unreadable'],
    ['2', 'unreadable'],
    ['0,5', 'unreadable'],
    ['xx', 'unreadable'],
    ['#N/A', 'unreadable'],
    ['23/05/2021', 'unreadable'],
    ['đạt yêu cầu một phần', 'unreadable'],
    ['✗', 'unreadable'],
    ['Hòa', 'unreadable'],
  ])('%j → %s', (text, expected) => {
    expect(parseMark(c(text))).toBe(expected);
  });

  it.each<[string, Cell | null | undefined, Mark]>([
    ['missing cell', undefined, 'blank'],
    ['null cell', null, 'blank'],
    ['null value', c(null), 'blank'],
    ['number 1', c(1), 'yes'],
    ['number 0', c(0), 'no'],
    ['number 2', c(2), 'unreadable'],
    ['true', c(true), 'yes'],
    ['false', c(false), 'no'],
    ['a Date', c(new Date(Date.UTC(2021, 4, 20))), 'unreadable'],
    ['a serial formatted as a date', c(44336, 'dd/mm/yyyy'), 'unreadable'],
    ['an error', c({ error: '#N/A' }), 'unreadable'],
  ])('%s', (_name, cell, expected) => {
    expect(parseMark(cell)).toBe(expected);
  });

  it.each<[string, Cell, Mark]>([
    ['a Date', c(new Date(Date.UTC(2021, 4, 20))), 'yes'],
    ['a serial formatted as a date', c(44336, 'dd/mm/yyyy'), 'yes'],
    ['date text', c('20/05/2021'), 'yes'],
    ['x still yes', c('x'), 'yes'],
    ['không still no', c('không'), 'no'],
    ['? still unreadable', c('?'), 'unreadable'],
  ])('dateMeansYes: %s', (_name, cell, expected) => {
    expect(parseMark(cell, { dateMeansYes: true })).toBe(expected);
  });
});
