import { describe, expect, it } from 'vitest';
import { decodeLegacy, detectLegacyEncoding, encodeLegacy, fixLegacyText } from './legacy';

const LOWER = [...'aàảãáạăằẳẵắặâầẩẫấậđeèẻẽéẹêềểễếệiìỉĩíịoòỏõóọôồổỗốộơờởỡớợuùủũúụưừửữứựyỳỷỹýỵ'];
const UPPER = LOWER.map((c) => c.toUpperCase());

// Real names, units and places from the plans' provinces.
const SAMPLES = [
  'Đặng Thị Hồng',
  'Nguyễn Văn An',
  'Nguyễn Thị Thu Hường',
  'Trần Đức Lương',
  'Phạm Quốc Việt',
  'Thái Bình',
  'Vũ Thư',
  'Hưng Yên',
  'Đông Hưng',
  'Vĩnh Phúc',
  'Kiến Xương',
  'Quỳnh Phụ',
  'Tiền Hải',
  'Hưng Hà',
  'Thái Thụy',
  'Khoái Châu',
  'Văn Giang',
  'Mỹ Hào',
  'Bùi Thị Thủy',
  'Lê Quang Huy',
  'Hoàng Minh Tuấn',
  'Đỗ Thị Ngọc Ánh',
  'Vũ Đình Khoa',
  'Ngô Thị Quỳnh',
  'Đinh Công Tráng',
  'Trường THCS Đông Hưng',
  'Công đoàn cơ sở Trường Tiểu học Lê Lợi',
  'Ủy ban nhân dân xã Vũ Hội',
  'Văn phòng Ủy ban bầu cử tỉnh',
  'Bằng khen của Chủ tịch UBND tỉnh',
  'Danh sách đề nghị khen thưởng',
  'Hồ Chí Minh',
  'Dương Văn Quyết',
  'Lương Thị Huế',
  'Trịnh Xuân Trường',
  'Hà Thị Kiều Oanh',
];

describe('the tables', () => {
  it('VNI round-trips all 134 letters', () => {
    for (const ch of [...LOWER, ...UPPER]) {
      expect(decodeLegacy(encodeLegacy(ch, 'vni'), 'vni')).toBe(ch);
    }
  });

  it('TCVN3 round-trips the 67 lower-case letters and the 7 upper-case ones it has', () => {
    for (const ch of [...LOWER, ...'ĂÂĐÊÔƠƯ']) {
      expect(decodeLegacy(encodeLegacy(ch, 'tcvn3'), 'tcvn3')).toBe(ch);
    }
  });

  it('TCVN3 codes are one character each and distinct', () => {
    const codes = LOWER.filter((c) => !'aeiouy'.includes(c)).map((c) => encodeLegacy(c, 'tcvn3'));
    expect(codes.every((c) => [...c].length === 1)).toBe(true);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('TCVN3 upper case with a tone uses the lower-case code', () => {
    expect(encodeLegacy('Ễ', 'tcvn3')).toBe(encodeLegacy('ễ', 'tcvn3'));
    expect(encodeLegacy('Ê', 'tcvn3')).toBe('£');
  });
});

describe('known encodings from real files', () => {
  it.each<[string, 'tcvn3' | 'vni', string]>([
    ['§Æng ThÞ Hång', 'tcvn3', 'Đặng Thị Hồng'],
    ['NguyÔn V¨n An', 'tcvn3', 'Nguyễn Văn An'],
    ['Th¸i B×nh', 'tcvn3', 'Thái Bình'],
    ['H\u00ADng Yªn', 'tcvn3', 'Hưng Yên'],
    ['Vò Th\u00AD', 'tcvn3', 'Vũ Thư'],
    ['M\u00ADêng Kh\u00AD¬ng', 'tcvn3', 'Mường Khương'],
    ['Nguyeãn Vaên An', 'vni', 'Nguyễn Văn An'],
    ['Ñaëng Thò Hoàng', 'vni', 'Đặng Thị Hồng'],
    ['Thaùi Bình', 'vni', 'Thái Bình'],
    ['Höng Yeân', 'vni', 'Hưng Yên'],
    ['Xin chaøo caùc baïn', 'vni', 'Xin chào các bạn'],
  ])('%s (%s) → %s', (input, enc, expected) => {
    expect(detectLegacyEncoding(input)).toBe(enc);
    expect(fixLegacyText(input)).toEqual({ text: expected, encoding: enc });
  });
});

describe('round trips through my own encoder', () => {
  it.each(SAMPLES)('TCVN3: %s', (name) => {
    const encoded = encodeLegacy(name, 'tcvn3');
    expect(detectLegacyEncoding(encoded)).toBe('tcvn3');
    const decoded = decodeLegacy(encoded, 'tcvn3');
    // A capital with a tone inside a sentence (Văn phòng Ủy ban) has no code: it comes back
    // lower case. Title Case names come back exactly.
    const titleCase = name.split(' ').every((w) => /^\p{Lu}/u.test(w));
    if (titleCase) expect(decoded).toBe(name);
    else expect(decoded.toLowerCase()).toBe(name.toLowerCase());
    expect(fixLegacyText(encoded).text).toBe(decoded);
  });

  // Hồ Chí Minh in VNI is `Hoà Chí Minh`, which is also valid Unicode: left alone (below).
  it.each(SAMPLES.filter((s) => s !== 'Hồ Chí Minh'))('VNI: %s', (name) => {
    const encoded = encodeLegacy(name, 'vni');
    expect(detectLegacyEncoding(encoded)).toBe('vni');
    expect(decodeLegacy(encoded, 'vni')).toBe(name);
    expect(fixLegacyText(encoded).text).toBe(name);
  });

  it.each(SAMPLES.map((s) => s.toUpperCase()))('TCVN3 all caps: %s', (name) => {
    const encoded = encodeLegacy(name, 'tcvn3');
    expect(fixLegacyText(encoded)).toEqual({ text: name, encoding: 'tcvn3' });
  });

  it.each(SAMPLES.filter((s) => s !== 'Hồ Chí Minh').map((s) => s.toUpperCase()))('VNI all caps: %s', (name) => {
    expect(fixLegacyText(encodeLegacy(name, 'vni'))).toEqual({ text: name, encoding: 'vni' });
  });

  it('TCVN3 Title Case restores a capital with a tone at the start of a word', () => {
    expect(fixLegacyText(encodeLegacy('Đỗ Thị Ánh', 'tcvn3')).text).toBe('Đỗ Thị Ánh');
    expect(fixLegacyText(encodeLegacy('Lê Văn Ổn', 'tcvn3')).text).toBe('Lê Văn Ổn');
  });

  it('TCVN3 without context decodes toned capitals as lower case (documented)', () => {
    expect(decodeLegacy(encodeLegacy('Ủy ban nhân dân', 'tcvn3'), 'tcvn3')).toBe('ủy ban nhân dân');
  });

  it('VNI accepts a lower-case mark after a capital (Aù)', () => {
    expect(decodeLegacy('Aùnh', 'vni')).toBe('Ánh');
  });

  it('decodes NFC even for NFD-looking input and keeps other characters', () => {
    expect(decodeLegacy('Tæng sè: 6.850 (98,5%)', 'tcvn3')).toBe('Tổng số: 6.850 (98,5%)');
  });
});

describe('not legacy', () => {
  it.each([
    'Đặng Thị Hồng',
    'Nguyễn Văn An'.normalize('NFD'),
    'Hòa Bình',
    'Hoàng',
    'Thò',
    'Lê Thái Tô',
    'Bùi Văn Hòa',
    'Müller',
    'café',
    'Señor José',
    'Hélène Noël',
    'Grüße aus Köln',
    'garçon',
    'Où est la gare',
    'Zürich',
    'Straße',
    'naïve',
    'Ångström',
    '12.345',
    '98,5%',
    '#N/A',
    '#DIV/0!',
    'T1',
    'L6',
    'CĐCS',
    'THCS',
    'QĐ-UBND',
    '23/05/2021',
    'x',
    '',
    '©2021',
    '± 5',
    '¼',
  ])('%s', (s) => {
    expect(detectLegacyEncoding(s)).toBeNull();
    expect(fixLegacyText(s)).toEqual({ text: s, encoding: null });
  });

  it('VNI text that is also valid Unicode Vietnamese is not guessed', () => {
    // `Hoà Chí Minh` is VNI for Hồ Chí Minh, but also a correct Unicode spelling.
    expect(encodeLegacy('Hồ Chí Minh', 'vni')).toBe('Hoà Chí Minh');
    expect(detectLegacyEncoding('Hoà Chí Minh')).toBeNull();
  });

  it('a Vietnamese-only letter means Unicode, whatever else is there', () => {
    expect(detectLegacyEncoding('Nguyễn §Æng')).toBeNull();
    expect(detectLegacyEncoding('Văn Nguyeãn')).toBeNull();
  });
});

describe('robustness', () => {
  it('decodes TCVN3 that went through NFD', () => {
    const nfdInput = encodeLegacy('Hồ Thị Thảo', 'tcvn3').normalize('NFD');
    expect(decodeLegacy(nfdInput, 'tcvn3')).toBe('Hồ Thị Thảo');
    expect(fixLegacyText(nfdInput).encoding).toBe('tcvn3');
  });

  it('a lone Latin-1 letter is not enough evidence', () => {
    expect(detectLegacyEncoding('Ü')).toBeNull();
  });

  it('a longer TCVN3 sentence with numbers and abbreviations', () => {
    const text = 'Tæng sè cö tri: 6.850 ng\u00ADêi, ®¹t 98,5% (CĐCS Tr\u00ADêng THCS)';
    // CĐCS here is Unicode Đ: Vietnamese-only, so the whole string is Unicode.
    expect(detectLegacyEncoding(text)).toBeNull();
    const legacy = 'Tæng sè cö tri: 6.850 ng\u00ADêi, ®¹t 98,5% (C§CS Tr\u00ADêng THCS)';
    expect(fixLegacyText(legacy)).toEqual({
      text: 'Tổng số cử tri: 6.850 người, đạt 98,5% (CĐCS Trường THCS)',
      encoding: 'tcvn3',
    });
  });
});
