/**
 * Legacy Vietnamese 8-bit encodings. Old workbooks typed with .VnTime (TCVN3 / ABC) or
 * VNI-Times fonts store bytes that Excel now shows as Latin-1 text: `§Æng ThÞ Hång`
 * (TCVN3) or `Ñaëng Thò Hoàng` (VNI) for `Đặng Thị Hồng`.
 *
 * TCVN3 upper case: the .VnTime font has codes only for the upper-case letters without a
 * tone (Ă Â Đ Ê Ô Ơ Ư); an upper-case letter with a tone was typed with the lower-case code
 * and shown in capitals by a separate font (.VnTimeH). So those codes decode as lower case,
 * unless context says otherwise: a string whose unambiguous letters are all capitals
 * decodes in capitals (`NGUYÔN` → `NGUYỄN`), in a Title Case string a word that begins
 * with such a code gets a capital first letter (`NguyÔn ¸nh` → `Nguyễn Ánh`), and so does
 * the first letter of a cell and of a sentence, where Vietnamese writing requires a capital
 * (`ñy ban nh©n d©n` → `Ủy ban nhân dân`; after `. ! ? …` and a space, or a line break). A
 * capital inside a sentence (`Văn phòng Ủy ban`) cannot be told from a small letter and
 * stays lower case.
 *
 * VNI is a two-byte scheme (base letter + mark character) that keeps case, so it decodes
 * exactly.
 */
import { foldKey, isVietnameseSyllable } from './text';

export type LegacyEncoding = 'tcvn3' | 'vni';

// The 67 letters with diacritics in lower case, in the row order a, ă, â, đ, e, ê, i, o,
// ô, ơ, u, ư, y; within a row: plain, grave, hook, tilde, acute, dot.
const ROWS: string[][] = [
  ['a', 'à', 'ả', 'ã', 'á', 'ạ'],
  ['ă', 'ằ', 'ẳ', 'ẵ', 'ắ', 'ặ'],
  ['â', 'ầ', 'ẩ', 'ẫ', 'ấ', 'ậ'],
  ['đ'],
  ['e', 'è', 'ẻ', 'ẽ', 'é', 'ẹ'],
  ['ê', 'ề', 'ể', 'ễ', 'ế', 'ệ'],
  ['i', 'ì', 'ỉ', 'ĩ', 'í', 'ị'],
  ['o', 'ò', 'ỏ', 'õ', 'ó', 'ọ'],
  ['ô', 'ồ', 'ổ', 'ỗ', 'ố', 'ộ'],
  ['ơ', 'ờ', 'ở', 'ỡ', 'ớ', 'ợ'],
  ['u', 'ù', 'ủ', 'ũ', 'ú', 'ụ'],
  ['ư', 'ừ', 'ử', 'ữ', 'ứ', 'ự'],
  ['y', 'ỳ', 'ỷ', 'ỹ', 'ý', 'ỵ'],
];

// TCVN3 codes, same layout as ROWS ('' = plain ASCII letter). U+00AD (soft hyphen) is ư.
const TCVN3_ROWS: string[][] = [
  ['', 'µ', '¶', '·', '¸', '¹'],
  ['¨', '»', '¼', '½', '¾', 'Æ'],
  ['©', 'Ç', 'È', 'É', 'Ê', 'Ë'],
  ['®'],
  ['', 'Ì', 'Î', 'Ï', 'Ð', 'Ñ'],
  ['ª', 'Ò', 'Ó', 'Ô', 'Õ', 'Ö'],
  ['', '×', 'Ø', 'Ü', 'Ý', 'Þ'],
  ['', 'ß', 'á', 'â', 'ã', 'ä'],
  ['«', 'å', 'æ', 'ç', 'è', 'é'],
  ['¬', 'ê', 'ë', 'ì', 'í', 'î'],
  ['', 'ï', 'ñ', 'ò', 'ó', 'ô'],
  ['\u00AD', 'õ', 'ö', '÷', 'ø', 'ù'],
  ['', 'ú', 'û', 'ü', 'ý', 'þ'],
];
// The only upper-case codes TCVN3 has.
const TCVN3_UPPER: Record<string, string> = {
  Ă: '¡',
  Â: '¢',
  Đ: '§',
  Ê: '£',
  Ô: '¤',
  Ơ: '¥',
  Ư: '¦',
};

// VNI: lower-case forms; upper case uses the upper-case base and mark characters.
// Tone marks after a vowel: grave ø, hook û, tilde õ, acute ù, dot ï.
const VNI_TONES = ['', 'ø', 'û', 'õ', 'ù', 'ï'];
const VNI_ROWS: string[][] = [
  VNI_TONES.map((t) => 'a' + t),
  ['aê', 'aè', 'aú', 'aü', 'aé', 'aë'],
  ['aâ', 'aà', 'aå', 'aã', 'aá', 'aä'],
  ['ñ'],
  VNI_TONES.map((t) => 'e' + t),
  ['eâ', 'eà', 'eå', 'eã', 'eá', 'eä'],
  ['i', 'ì', 'æ', 'ó', 'í', 'ò'],
  VNI_TONES.map((t) => 'o' + t),
  ['oâ', 'oà', 'oå', 'oã', 'oá', 'oä'],
  VNI_TONES.map((t) => 'ô' + t),
  VNI_TONES.map((t) => 'u' + t),
  VNI_TONES.map((t) => 'ö' + t),
  ['y', 'yø', 'yû', 'yõ', 'yù', 'î'],
];

type Table = Map<string, string>;

/** Unicode letter → legacy text, both cases. */
function buildEncodeTables(): Record<LegacyEncoding, Table> {
  const tcvn3: Table = new Map();
  const vni: Table = new Map();
  ROWS.forEach((row, r) => {
    row.forEach((uni, c) => {
      const t = TCVN3_ROWS[r]?.[c] ?? '';
      const v = VNI_ROWS[r]?.[c] ?? '';
      const upper = uni.toUpperCase();
      if (t !== '') {
        tcvn3.set(uni, t);
        // Upper case with a tone has no code: the lower-case code is what was typed.
        tcvn3.set(upper, TCVN3_UPPER[upper] ?? t);
      }
      if (v !== uni) {
        vni.set(uni, v);
        vni.set(upper, v.toUpperCase());
      }
    });
  });
  return { tcvn3, vni };
}

const ENCODE = buildEncodeTables();

// TCVN3 decoding: one code → one letter.
const TCVN3_DECODE: Table = new Map();
for (const [uni, code] of ENCODE.tcvn3) {
  // Lower-case entries win for the shared codes.
  if (uni === uni.toLowerCase() || !TCVN3_DECODE.has(code)) TCVN3_DECODE.set(code, uni);
}
for (const [upper, code] of Object.entries(TCVN3_UPPER)) TCVN3_DECODE.set(code, upper);
// Codes of toned letters: the font gives no case, so context decides.
const TCVN3_CASELESS = new Set<string>(TCVN3_ROWS.flatMap((row) => row.slice(1)));
const TCVN3_LOWER_ONLY = '¨©®ª«¬\u00AD';
const TCVN3_UPPER_CODES = Object.values(TCVN3_UPPER).join('');

// VNI decoding: two-character sequences first, then single characters.
const VNI_DECODE: Table = new Map();
for (const [uni, code] of ENCODE.vni) {
  VNI_DECODE.set(code, uni);
  // Title-case typing can mix an upper-case base with a lower-case mark (AÙ / Aù).
  if (code.length === 2) {
    const [b, m] = [...code] as [string, string];
    const alt = b + (m === m.toUpperCase() ? m.toLowerCase() : m.toUpperCase());
    if (!VNI_DECODE.has(alt)) VNI_DECODE.set(alt, b === b.toUpperCase() ? uni.toUpperCase() : uni.toLowerCase());
  }
}

const TCVN3_CHARS = new Set<string>([...TCVN3_DECODE.keys()]);
const VNI_CHARS = new Set<string>();
for (const code of VNI_DECODE.keys()) for (const ch of code) if (!/[A-Za-z]/.test(ch)) VNI_CHARS.add(ch);

// Frequent syllables of names, places and the campaign's paperwork (old tone placement;
// compared through foldKey). Only breaks ties between encodings.
const COMMON = new Set(
  `nguyễn trần lê phạm hoàng huỳnh phan vũ võ đặng bùi đỗ hồ ngô dương lý đinh đoàn trịnh
  lương mai cao lâm tô tạ hà vương chu quách thái kiều triệu trương la lưu văn đào lại kim
  giang tăng mạc âu doãn khổng nghiêm phùng tống từ lục thị đức minh quốc hữu xuân thu
  thanh ngọc hồng hoa hòa bình an anh ánh bảo châu chi chiến công cường dũng duy dung đạt
  điệp đông hải hạnh hằng hiền hiếu hiệp hoài hoàn hùng hưng hương hường huy huyền khánh
  khoa khôi lan liên linh loan long lộc lợi luân lực mạnh my mỹ nam nga ngân nghĩa nguyên
  nhàn nhung nhân nhi oanh phong phú phúc phương quang quân quế quý quyết quyên quỳnh sơn
  sinh tài tâm tân thắng thành thảo thịnh thủy thúy thuận thương tiến tín toàn trà trang
  trí trinh trọng trung trường tú tuấn tùng tuyết uyên vân việt vinh vĩnh yên yến lệ liễu
  phượng sáng thiện thơ thông tiên tráng trúc vui ổn út huế yên thư kiến xương phụ tiền
  thụy khoái mỹ hào phúc phù cừ động ân thi lữ lạc bắc ninh hóa nghệ tĩnh quảng trị nẵng
  ủy ban dân xã phường trấn huyện tỉnh phố tiểu học cơ sở đoàn viên ngành giáo dục nội vụ
  phòng hội đồng bầu cử tổ mặt trận chủ tịch phó bằng khen giấy của danh sách đề nghị
  thưởng tập thể cá tổng số tri đã bỏ phiếu tỷ lệ kết quả đơn vị cấp trên dưới ngày tháng
  năm kế hoạch đua tóm tắt tích đạt không có rồi lao giỏi tạo tốt xuất sắc sĩ người lập
  biểu thủ nơi nhận cộng quỹ đầu tư phát triển lãnh dụng mầm non sinh lớp khu thôn xóm
  ninh quân sự chỉ huy bộ đảng nhiệm kỳ đại khóa lần thứ mười lăm hai ba bốn sáu bảy tám
  chín một việc làm ghi chú hình thức tên họ và chức vụ nữ trưởng hiệu tuyên truyền
  vận động bảo đảm an toàn đúng hạn`
    .split(/\s+/)
    .filter((w) => w !== '')
    .map(foldKey),
);

/** Letters (and the combining marks) that only Vietnamese uses in Unicode. */
// Combining marks are listed on their own (no-misleading-character-class): they are never
// preceded by a base letter inside the class.
const VIETNAMESE_ONLY = /[ăĂđĐĩĨũŨơƠưƯ\u1EA0-\u1EF9]|\u0309|\u0323|\u031B/;

function decodeTcvn3Raw(s: string): string {
  let out = '';
  for (const ch of s) out += TCVN3_DECODE.get(ch) ?? ch;
  return out;
}

/** Upper-cases TCVN3's caseless codes when the surrounding letters are capitals. */
function decodeTcvn3(s: string): string {
  const isUpperUnambiguous = (ch: string): boolean => /[A-Z]/.test(ch) || TCVN3_UPPER_CODES.includes(ch);
  const isLowerUnambiguous = (ch: string): boolean => /[a-z]/.test(ch) || TCVN3_LOWER_ONLY.includes(ch);
  const chars = [...s];
  const uppers = chars.filter(isUpperUnambiguous).length;
  const lowers = chars.filter(isLowerUnambiguous).length;
  if (lowers === 0 && uppers >= 2) return decodeTcvn3Raw(s).toUpperCase();

  const words = s.split(/(\s+)/);
  // Title Case: every word with an unambiguous first letter starts with a capital.
  let capitalised = 0;
  let other = 0;
  for (const w of words) {
    const first = w[0];
    if (first === undefined || /\s/.test(first) || TCVN3_CASELESS.has(first)) continue;
    if (isUpperUnambiguous(first)) capitalised++;
    else if (isLowerUnambiguous(first)) other++;
  }
  const titleCase = capitalised >= 1 && other === 0;
  const decoded = words
    .map((w) => {
      const wc = [...w];
      const wUpper = wc.filter(isUpperUnambiguous).length;
      const wLower = wc.filter(isLowerUnambiguous).length;
      const decoded = decodeTcvn3Raw(w);
      if (wLower === 0 && wUpper >= 2) return decoded.toUpperCase(); // an all-caps word
      const first = wc[0];
      if (titleCase && first !== undefined && TCVN3_CASELESS.has(first)) {
        const d = [...decoded];
        return (d[0] ?? '').toUpperCase() + d.slice(1).join('');
      }
      return decoded;
    })
    .join('');
  return capitaliseSentences(s, decoded);
}

// Where a sentence may open before its first letter: spaces, opening quotes, brackets,
// dashes and bullets (ASCII and Unicode only: Latin-1 characters are TCVN3 letters).
const OPENERS = new Set([...' \t"\'([{-*+\u2013\u2014\u2022\u201C\u2018']);
// What may follow a sentence's final mark before the space: closing quotes and brackets.
const CLOSERS = new Set([...'"\')]}\u201D\u2019']);
const SENTENCE_END = new Set([...'.!?\u2026']);

/**
 * The indexes (code points) of the letters that open a sentence: the first letter of the
 * text, and the first after `. ! ? …` (closing quotes or brackets allowed) and white space,
 * or after a line break; opening quotes, brackets, dashes and bullets in between are
 * skipped. Anything else first (a digit: `3 ủy viên`) means no letter opens the sentence.
 */
function sentenceStarts(chars: readonly string[]): number[] {
  const out: number[] = [];
  let atStart = true;
  let ended = false;
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i] ?? '';
    if (ch === '\n' || ch === '\r') {
      atStart = true;
      ended = false;
      continue;
    }
    if (atStart) {
      if (OPENERS.has(ch)) continue;
      if (/\p{L}/u.test(ch) || TCVN3_DECODE.has(ch)) out.push(i);
      atStart = false;
      ended = SENTENCE_END.has(ch);
      continue;
    }
    if (SENTENCE_END.has(ch)) ended = true;
    else if (ended && /\s/.test(ch)) atStart = true;
    else if (!(ended && CLOSERS.has(ch))) ended = false;
  }
  return out;
}

/** A capital for each caseless TCVN3 code that opens the text or a sentence. */
function capitaliseSentences(raw: string, decoded: string): string {
  const r = [...raw];
  const d = [...decoded];
  // The decoder maps one character to one character; anything else is left alone.
  if (r.length !== d.length) return decoded;
  let changed = false;
  for (const i of sentenceStarts(r)) {
    if (!TCVN3_CASELESS.has(r[i] ?? '')) continue;
    d[i] = (d[i] ?? '').toUpperCase();
    changed = true;
  }
  return changed ? d.join('') : decoded;
}

function decodeVni(s: string): string {
  const chars = [...s];
  let out = '';
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i] ?? '';
    const pair = VNI_DECODE.get(ch + (chars[i + 1] ?? ''));
    if (pair !== undefined && i + 1 < chars.length) {
      out += pair;
      i++;
      continue;
    }
    out += VNI_DECODE.get(ch) ?? ch;
  }
  return out;
}

/** Decodes legacy text to NFC Unicode. Characters outside the table pass through. */
export function decodeLegacy(s: string, enc: LegacyEncoding): string {
  // NFC first: an NFD pass elsewhere would split codes such as á (TCVN3 ỏ) into a + ◌́.
  const t = s.normalize('NFC');
  const d = enc === 'tcvn3' ? decodeTcvn3(t) : decodeVni(t);
  return d.normalize('NFC');
}

/**
 * Encodes Unicode text the way an old font would have stored it (for tests and fixtures).
 * TCVN3 loses the case of upper-case letters with a tone, as the real font did.
 */
export function encodeLegacy(s: string, enc: LegacyEncoding): string {
  const table = ENCODE[enc];
  let out = '';
  for (const ch of s.normalize('NFC')) out += table.get(ch) ?? ch;
  return out;
}

interface Score {
  /** Words with a vowel after decoding (abbreviations like THCS, CĐCS are neutral). */
  considered: number;
  valid: number;
  /** Words with a legacy character. */
  affected: number;
  affectedValid: number;
  /** Words that were not Vietnamese before decoding and are after. */
  gain: number;
  loss: number;
  /** Decoded words that are common syllables (a tie-breaker between encodings). */
  common: number;
}

// Words: split on spaces, ASCII digits and ASCII punctuation only, so a word keeps every
// Latin-1 character (one the encoding has no code for makes the word fail, as it should).
function wordsOf(s: string): string[] {
  return s.split(/[\s\d!-/:-@[-`{-~]+/).filter((w) => w !== '');
}

const hasVowel = (w: string): boolean => /[aeiouy]/i.test(w.normalize('NFD').replace(/\p{M}/gu, ''));

interface WordInfo {
  considered: boolean;
  valid: boolean;
  affected: boolean;
  common: boolean;
  gain: boolean;
  loss: boolean;
}

// Names are unique but their words (Nguyễn, Văn, Thị…) repeat down a million-row list:
// judge each word once per encoding (bounded).
const WORD_INFO: Record<LegacyEncoding, Map<string, WordInfo>> = { tcvn3: new Map(), vni: new Map() };

function wordInfo(w: string, enc: LegacyEncoding): WordInfo {
  const cache = WORD_INFO[enc];
  const hit = cache.get(w);
  if (hit) return hit;
  const chars = enc === 'tcvn3' ? TCVN3_CHARS : VNI_CHARS;
  const isAffected = [...w].some((ch) => chars.has(ch));
  const dec = isAffected ? decodeLegacy(w, enc) : w;
  const info: WordInfo = { considered: false, valid: false, affected: false, common: false, gain: false, loss: false };
  if (hasVowel(dec)) {
    info.considered = true;
    const ok = isVietnameseSyllable(dec);
    info.valid = ok;
    if (isAffected) {
      info.affected = true;
      info.common = COMMON.has(foldKey(dec));
      // A capital after a small letter (trÝ, NguyÔn) is TCVN3's toned codes, not Unicode.
      const before = isVietnameseSyllable(w) && !/\p{Ll}\p{Lu}/u.test(w);
      // A lone letter (Ü) is too little evidence.
      info.gain = ok && !before && [...w].length > 1;
      info.loss = !ok && before;
    }
  }
  if (cache.size >= 50_000) cache.clear();
  cache.set(w, info);
  return info;
}

function score(s: string, enc: LegacyEncoding): Score {
  const sc: Score = { considered: 0, valid: 0, affected: 0, affectedValid: 0, gain: 0, loss: 0, common: 0 };
  for (const w of wordsOf(s)) {
    const i = wordInfo(w, enc);
    if (!i.considered) continue;
    sc.considered++;
    if (i.valid) sc.valid++;
    if (!i.affected) continue;
    sc.affected++;
    if (i.valid) sc.affectedValid++;
    if (i.common) sc.common++;
    if (i.gain) sc.gain++;
    if (i.loss) sc.loss++;
  }
  return sc;
}

function passes(sc: Score): boolean {
  return sc.gain >= 1 && sc.gain > sc.loss && sc.affectedValid >= 0.8 * sc.affected && sc.valid >= 0.75 * sc.considered;
}

/**
 * Which legacy encoding the text is in, or null. Conservative: the input must hold the
 * encoding's characters, must not hold any Vietnamese-only Unicode letter, and decoding must
 * turn non-Vietnamese words into Vietnamese syllables so that the decoded text reads as
 * Vietnamese (≥ 80 % of the decoded words, ≥ 75 % of all words).
 */
export function detectLegacyEncoding(s: string): LegacyEncoding | null {
  const t = s.normalize('NFC');
  if (VIETNAMESE_ONLY.test(t)) return null;
  if (!/[\u00A1-\u00FF]/.test(t)) return null;
  const candidates: [LegacyEncoding, Score][] = [
    ['tcvn3', score(t, 'tcvn3')],
    ['vni', score(t, 'vni')],
  ];
  const ok = candidates.filter(([, sc]) => passes(sc));
  if (ok.length === 0) return null;
  if (ok.length === 1) return ok[0]?.[0] ?? null;
  const [a, b] = ok as [[LegacyEncoding, Score], [LegacyEncoding, Score]];
  // Both read as Vietnamese (short strings can: `VUÕ THÖ` is VNI VŨ THƯ or TCVN3 VUẾ THỆ):
  // prefer more valid words, then more common ones; a true tie is not guessed.
  const diff = a[1].valid - a[1].loss - (b[1].valid - b[1].loss) || a[1].common - b[1].common;
  if (diff === 0) return null;
  return diff > 0 ? a[0] : b[0];
}

/** Detects a legacy encoding and decodes; unchanged text when it is not legacy. */
export function fixLegacyText(s: string): { text: string; encoding: LegacyEncoding | null } {
  // Cheap rejections first: most cells are ASCII or hold a Vietnamese-only letter.
  if (plainOrUnicodeVietnamese(s)) return { text: s, encoding: null };
  const hit = FIXED.get(s);
  if (hit) return hit;
  const encoding = detectLegacyEncoding(s);
  const out = encoding === null ? { text: s, encoding: null } : { text: decodeLegacy(s, encoding), encoding };
  // Positions, units and award forms repeat down a sheet: remember them (bounded).
  if (FIXED.size >= 50_000) FIXED.clear();
  FIXED.set(s, out);
  return out;
}
const FIXED = new Map<string, { text: string; encoding: LegacyEncoding | null }>();

/** Whether a text could be legacy-encoded at all (a cheap test before `fixLegacyText`). */
export function mayBeLegacy(s: string): boolean {
  return !plainOrUnicodeVietnamese(s);
}

/**
 * One pass over the characters (a million-row sheet calls this for every text cell): true
 * when the text has no Latin-1 letter a legacy font would produce, or has a letter only
 * Unicode Vietnamese uses (then it cannot be legacy text). Same test as VIETNAMESE_ONLY.
 */
function plainOrUnicodeVietnamese(s: string): boolean {
  let latin1 = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0xa1) continue;
    if (c <= 0xff) {
      latin1 = true;
      continue;
    }
    if (
      c === 0x102 ||
      c === 0x103 ||
      c === 0x110 ||
      c === 0x111 ||
      c === 0x128 ||
      c === 0x129 ||
      c === 0x168 ||
      c === 0x169 ||
      c === 0x1a0 ||
      c === 0x1a1 ||
      c === 0x1af ||
      c === 0x1b0 ||
      (c >= 0x1ea0 && c <= 0x1ef9) ||
      c === 0x309 ||
      c === 0x323 ||
      c === 0x31b
    ) {
      return true;
    }
  }
  return !latin1;
}
