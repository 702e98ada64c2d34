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
    // Inside a sentence: alone in a cell, a toned letter opens it and comes back a capital.
    for (const ch of [...LOWER, ...'ĂÂĐÊÔƠƯ']) {
      expect(decodeLegacy(`a ${encodeLegacy(ch, 'tcvn3')}`, 'tcvn3')).toBe(`a ${ch}`);
    }
    expect(decodeLegacy(encodeLegacy('à', 'tcvn3'), 'tcvn3')).toBe('À');
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
    // The first letter of a cell always comes back as typed (Ủy ban nhân dân xã Vũ Hội).
    expect([...decoded][0]).toBe([...name][0]);
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

  it('TCVN3 inside a sentence decodes toned capitals as lower case (documented)', () => {
    expect(decodeLegacy(encodeLegacy('Văn phòng Ủy ban nhân dân', 'tcvn3'), 'tcvn3')).toBe('Văn phòng ủy ban nhân dân');
  });

  it('VNI accepts a lower-case mark after a capital (Aù)', () => {
    expect(decodeLegacy('Aùnh', 'vni')).toBe('Ánh');
  });

  it('decodes NFC even for NFD-looking input and keeps other characters', () => {
    expect(decodeLegacy('Tæng sè: 6.850 (98,5%)', 'tcvn3')).toBe('Tổng số: 6.850 (98,5%)');
  });
});

// Capital toned vowels typed in .VnTime share the small letter's code (the font kept the
// capitals in .VnTimeH); Vietnamese writing puts a capital at the start of a cell and of a
// sentence, so that is where they come back as capitals (issue 12).
describe('TCVN3 capitals at the start of a cell or a sentence', () => {
  it.each<[string, string, string]>([
    // [what, TCVN3 as stored, Unicode read back]
    ['Ủ at the start of a cell', 'ñy ban nh©n d©n tØnh Th¸i B×nh', 'Ủy ban nhân dân tỉnh Thái Bình'],
    ['Ấ at the start of a cell', 'Êp 3 ®¹t danh hiÖu v¨n hãa', 'Ấp 3 đạt danh hiệu văn hóa'],
    ['Ứ at the start of a cell', 'øng cö viªn ®ñ tiªu chuÈn', 'Ứng cử viên đủ tiêu chuẩn'],
    ['Ở at the start of a cell', 'ë x· Vò Héi, tû lÖ cö tri ®¹t 99,5%.', 'Ở xã Vũ Hội, tỷ lệ cử tri đạt 99,5%.'],
    ['Ô has its own capital code (¤): exact already', '¤ng NguyÔn V¨n An, tr\u00ADëng th«n', 'Ông Nguyễn Văn An, trưởng thôn'],
    ['Ổ with a tone shares ổ’s code', 'æn ®Þnh t×nh h×nh', 'Ổn định tình hình'],
    ['Ý (ý’s code is ý)', 'ý kiÕn cña cö tri', 'Ý kiến của cử tri'],
    ['after ". "', '§· hoµn thµnh. ñy ban nh©n d©n x· ®· b¸o c¸o.', 'Đã hoàn thành. Ủy ban nhân dân xã đã báo cáo.'],
    ['after ". " twice', 'Tæ 3 ®¹t 100%. Êp 5 ®¹t 98%. ë th«n §«ng ch\u00ADa ®¹t.', 'Tổ 3 đạt 100%. Ấp 5 đạt 98%. Ở thôn Đông chưa đạt.'],
    ['after "! "', 'Hoµn thµnh! øng cö viªn ®ñ tiªu chuÈn', 'Hoàn thành! Ứng cử viên đủ tiêu chuẩn'],
    ['after "? "', 'Cã ®ñ kh«ng? ñy ban x· tr¶ lêi', 'Có đủ không? Ủy ban xã trả lời'],
    ['after "…"', 'Chê ý kiÕn… ñy ban x· sÏ b¸o c¸o', 'Chờ ý kiến… Ủy ban xã sẽ báo cáo'],
    ['after a closing quote', '"§· xong." ñy ban x· b¸o c¸o', '"Đã xong." Ủy ban xã báo cáo'],
    ['after a line break', 'Ghi chó:\nñy ban x· ®· nép hå s¬', 'Ghi chú:\nỦy ban xã đã nộp hồ sơ'],
    [
      'after a line break and a dash',
      'Ghi chó:\r\n- ñy ban x· ®· nép\n- ë th«n §«ng ch\u00ADa nép',
      'Ghi chú:\r\n- Ủy ban xã đã nộp\n- Ở thôn Đông chưa nộp',
    ],
    ['after leading spaces and an opening quote', '  "ñy ban nh©n d©n x·"', '  "Ủy ban nhân dân xã"'],
    ['after an opening bracket', '(ñy ban x· ký)', '(Ủy ban xã ký)'],
    // Where writing does not require a capital, the small letter stays.
    ['inside a sentence: ambiguous, small', 'V¨n phßng ñy ban bÇu cö tØnh', 'Văn phòng ủy ban bầu cử tỉnh'],
    ['after a comma', '§· nép, ñy ban x· x¸c nhËn', 'Đã nộp, ủy ban xã xác nhận'],
    ['after a colon on the same line', 'Ng\u00ADêi ký: ñy viªn Ban bÇu cö', 'Người ký: ủy viên Ban bầu cử'],
    ['after a number that opens the cell', '3 ñy viªn v¾ng mÆt', '3 ủy viên vắng mặt'],
    ['a full stop without a space (a decimal, an abbreviation)', 'Sè 1.ñy', 'Số 1.ủy'],
    ['a small letter with its own code (« is ô) stays as typed', '«ng NguyÔn V¨n An', 'ông Nguyễn Văn An'],
  ])('%s', (_what, stored, expected) => {
    expect(fixLegacyText(stored)).toEqual({ text: expected, encoding: 'tcvn3' });
    expect(expected.normalize('NFC')).toBe(expected);
  });

  it.each([
    'Ủy ban nhân dân tỉnh Thái Bình',
    'Ấp Tân Phú đạt 99%. Ủy ban xã báo cáo đúng hạn.',
    'Ứng cử viên đủ tiêu chuẩn. Ở thôn Đông có 2 người.',
    'Ủy viên Ban chấp hành Công đoàn cơ sở',
  ])('reads back exactly through the encoder, from NFC and from NFD: %s', (text) => {
    const stored = encodeLegacy(text, 'tcvn3');
    expect(fixLegacyText(stored)).toEqual({ text, encoding: 'tcvn3' });
    expect(fixLegacyText(stored.normalize('NFD'))).toEqual({ text, encoding: 'tcvn3' });
  });

  it('the Unicode text (already right) and VNI are untouched', () => {
    expect(fixLegacyText('Văn phòng Ủy ban bầu cử tỉnh')).toEqual({ text: 'Văn phòng Ủy ban bầu cử tỉnh', encoding: null });
    expect(fixLegacyText(encodeLegacy('Văn phòng Ủy ban bầu cử tỉnh', 'vni'))).toEqual({
      text: 'Văn phòng Ủy ban bầu cử tỉnh',
      encoding: 'vni',
    });
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
