import { describe, expect, it } from 'vitest';
import {
  cleanText,
  foldKey,
  headerKey,
  isBlankText,
  isVietnameseSyllable,
  looseKey,
  parseSyllable,
  stripDiacritics,
  unifyToneMarks,
} from './text';

const nfd = (s: string): string => s.normalize('NFD');

describe('cleanText', () => {
  it.each<[string, string, string]>([
    ['NFD → NFC', nfd('Nguyễn Văn An'), 'Nguyễn Văn An'],
    ['NBSP and doubled spaces', 'Nguyễn\u00A0Văn  An', 'Nguyễn Văn An'],
    ['tabs and line breaks', 'Tỷ lệ\n(%)\t', 'Tỷ lệ (%)'],
    ['CRLF in a header', 'Số cử tri\r\nđã bỏ phiếu', 'Số cử tri đã bỏ phiếu'],
    ['zero-width chars are removed', '\uFEFFNgu\u200Byễn\u200D Thị', 'Nguyễn Thị'],
    ['trim', '   Thái Bình   ', 'Thái Bình'],
    ['narrow NBSP and ideographic space', '6\u202F850\u3000', '6 850'],
    ['OOXML escaped CR', 'Họ và tên_x000D_\nđơn vị', 'Họ và tên đơn vị'],
    ['tone typed before the circumflex', 'Nga\u0301\u0302n', 'Ngấn'],
    ['tone before the horn', 'Tru\u031Bo\u0300\u031Bng', 'Trường'],
    ['soft hyphen kept (TCVN3 ư)', 'H\u00ADng', 'H\u00ADng'],
    ['empty', '', ''],
  ])('%s', (_name, input, expected) => {
    expect(cleanText(input)).toBe(expected);
  });
});

describe('isBlankText', () => {
  it.each<[string, boolean]>([
    ['', true],
    ['   ', true],
    ['\u00A0\t\n', true],
    ['\u200B', true],
    ['x', false],
    [' 0 ', false],
  ])('%j → %s', (input, expected) => {
    expect(isBlankText(input)).toBe(expected);
  });
});

describe('unifyToneMarks', () => {
  // Pairs typed in the two styles must give the same string.
  it.each<[string, string]>([
    ['Hòa', 'Hoà'],
    ['hóa', 'hoá'],
    ['Khỏa', 'Khoả'],
    ['hõa', 'hoã'],
    ['họa', 'hoạ'],
    ['khỏe', 'khoẻ'],
    ['lòe', 'loè'],
    ['Thủy', 'Thuỷ'],
    ['thúy', 'thuý'],
    ['lũy', 'luỹ'],
    ['tụy', 'tuỵ'],
    ['Ủy ban', 'Uỷ ban'],
    ['HÒA', 'HOÀ'],
    ['THỦY', 'THUỶ'],
    ['Hòa Bình', nfd('Hoà Bình')],
    ['Lê Thị Thủy', nfd('Lê Thị Thuỷ')],
    ['quý', 'qúy'],
    ['hoàn', 'hòan'],
  ])('%s ≡ %s', (a, b) => {
    expect(unifyToneMarks(a)).toBe(unifyToneMarks(b));
  });

  it.each<[string, string]>([
    ['Hoà', 'Hòa'],
    ['Thuỷ', 'Thủy'],
    ['khoẻ', 'khỏe'],
    ['Uỷ ban nhân dân', 'Ủy ban nhân dân'],
    [nfd('Hoà'), 'Hòa'],
    ['qúy', 'quý'],
    ['hòan thành', 'hoàn thành'],
    ['gìa', 'già'],
  ])('%s → %s (old style is canonical)', (input, expected) => {
    expect(unifyToneMarks(input)).toBe(expected);
  });

  // Already canonical or unambiguous: unchanged.
  it.each([
    'quý',
    'Quỳnh',
    'quả',
    'quạ',
    'Quốc',
    'quyết',
    'thuở',
    'của',
    'mùa',
    'mía',
    'người',
    'Nguyễn',
    'rượu',
    'ngoài',
    'khuỷu',
    'xoáy',
    'hoàng',
    'Hoàng',
    'huỳnh',
    'Huỳnh',
    'giỏi',
    'giữa',
    'gì',
    'gìn',
    'Trường',
    'khuấy',
    'Thái Bình',
    'Vũ Thư',
    'Hưng Yên',
    'Đông Hưng',
    'Thu Hường',
    'Trần Đức Lương',
    'Phạm Quốc Việt',
    'hoạch',
    'toán',
    'Müller',
    'café',
    'Señor',
    'Zoé',
    'André',
    'CĐCS',
    '98,5%',
    'T1',
    '',
  ])('%s stays', (word) => {
    expect(unifyToneMarks(word)).toBe(word);
  });
});

describe('parseSyllable / isVietnameseSyllable', () => {
  it.each<[string, string, string, string]>([
    ['nghiêng', 'ngh', 'iê', 'ng'],
    ['quý', 'qu', 'y', ''],
    ['giữa', 'gi', 'ưa', ''],
    ['gì', 'g', 'i', ''],
    ['Người', 'ng', 'ươi', ''],
    ['Nguyễn', 'ng', 'uyê', 'n'],
    ['oanh', '', 'oa', 'nh'],
    ['Đặng', 'đ', 'ă', 'ng'],
  ])('%s = %s + %s + %s', (word, initial, nucleus, final) => {
    expect(parseSyllable(word)).toMatchObject({ initial, nucleus, final });
  });

  it.each<[string, boolean]>([
    ['Nguyễn', true],
    [nfd('Hường'), true],
    ['Đặng', true],
    ['ĐỨC', true],
    ['hòa', true],
    ['hoà', true],
    ['tiếng', true],
    ['An', true],
    ['Việt', true],
    ['việt', true],
    ['viềt', false], // a checked final takes only sắc or nặng
    ['viet', false],
    ['Thă', false], // ă needs a final
    ['Müller', false],
    ['café', false],
    ['Nguyeãn', false],
    ['§Æng', false],
    ['THCS', false],
    ['', false],
    ['hoà́', false], // two tones
  ])('%s → %s', (word, expected) => {
    expect(isVietnameseSyllable(word)).toBe(expected);
  });
});

describe('foldKey', () => {
  it.each<[string, string]>([
    ['  Nguyễn  Văn\u00A0An ', 'nguyễn văn an'],
    [nfd('NGUYỄN VĂN AN'), 'nguyễn văn an'],
    ['ĐẶNG THỊ HỒNG', 'đặng thị hồng'],
    ['Lê Thị Hoà', 'lê thị hòa'],
    [nfd('Lê Thị Hòa'), 'lê thị hòa'],
    ['Phạm Thị Thuỷ', 'phạm thị thủy'],
    ['ÐINH VĂN AN', 'đinh văn an'], // Latin-1 Ð (Windows-1258 read as Latin-1)
  ])('%s → %s', (input, expected) => {
    expect(foldKey(input)).toBe(expected);
  });

  it('keeps diacritics for identity', () => {
    expect(foldKey('Nguyễn Văn An')).not.toBe(foldKey('Nguyễn Văn Ân'));
    expect(foldKey('Trần Thị Hà')).not.toBe(foldKey('Trần Thị Hạ'));
  });

  it('unifies tone placement', () => {
    expect(foldKey('Hòa')).toBe(foldKey('HOÀ'));
    expect(foldKey('Nguyễn Thị Thủy')).toBe(foldKey(nfd('nguyễn thị thuỷ')));
    expect(foldKey('Khỏa')).toBe(foldKey('khoả'));
  });
});

describe('stripDiacritics', () => {
  it.each<[string, string]>([
    ['Nguyễn Văn An', 'Nguyen Van An'],
    [nfd('Đặng Thị Hồng'), 'Dang Thi Hong'],
    ['đường Đông Hưng', 'duong Dong Hung'],
    ['Trần Đức Lương', 'Tran Duc Luong'],
    ['Müller café', 'Muller cafe'],
    ['98,5%', '98,5%'],
  ])('%s → %s', (input, expected) => {
    expect(stripDiacritics(input)).toBe(expected);
  });
});

describe('looseKey', () => {
  it.each<[string, string]>([
    ['Hòa', 'hoa'],
    ['Hoa', 'hoa'],
    ['HOÀ', 'hoa'],
    [nfd('Hoà'), 'hoa'],
    ['Nguyễn Văn Ân', 'nguyen van an'],
    ['  ĐẶNG   Thị Hồng ', 'dang thi hong'],
  ])('%s → %s', (input, expected) => {
    expect(looseKey(input)).toBe(expected);
  });
});

describe('headerKey', () => {
  it.each<[string, string]>([
    ['Tỷ lệ\n(%)', 'ty le'],
    ['SỐ CỬ TRI ĐÃ BỎ PHIẾU', 'so cu tri da bo phieu'],
    [nfd('Số cử tri\r\nđã bỏ phiếu'), 'so cu tri da bo phieu'],
    ['Họ và tên', 'ho va ten'],
    ['HỌ VÀ TÊN', 'ho va ten'],
    ['Họ tên', 'ho ten'],
    ['Ngày hoàn thành (dd/mm/yyyy)', 'ngay hoan thanh dd mm yyyy'],
    ['(1)', '1'],
    ['T1', 't1'],
    ['a)', 'a'],
    ['Đơn vị cấp trên', 'don vi cap tren'],
    ['Tóm tắt thành tích', 'tom tat thanh tich'],
    ['—', ''],
  ])('%j → %j', (input, expected) => {
    expect(headerKey(input)).toBe(expected);
  });
});
