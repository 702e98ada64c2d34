/**
 * Text normalisation for Vietnamese office data: cleaning, tone-mark placement, and the
 * keys the engine compares names and headers with.
 *
 * Also holds a small Vietnamese syllable parser: tone placement needs it, and the legacy
 * encoding detector uses it to ask "does this read as Vietnamese?".
 */

// Deleted rather than turned into spaces: they never show as a gap, and copy-paste puts
// them inside words ("Ngu\u200Byễn") as often as between them.
const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/g;
// \s covers NBSP, tabs, line breaks and the Unicode spaces; U+0085 (NEL) it does not.
// U+00AD (soft hyphen) is deliberately left alone: it is the letter ư in TCVN3 text.
const WHITESPACE = /[\s\u0085]+/g;
// exceljs can leave OOXML escapes of control characters (a CR typed in a cell) in text.
const OOXML_ESCAPE = /_x000[9ADad]_/g;
// Printable ASCII, no leading/trailing/double space, no OOXML escape: nothing to clean.
const PLAIN_ASCII = /^(?!.*(?: {2}|_x000))[!-~](?:[ -~]*[!-~])?$/;
// Anything cleanText would change: edge or doubled spaces, other whitespace, combining
// marks (NFD input), invisible characters, OOXML escapes. Precomposed text without them
// is already NFC, so a Vietnamese name typed normally is returned as it is.
const NEEDS_CLEANING =
  /^\s|\s$|\s\s|[\t\n\r\f\v\u0085\u00A0\u1680\u2000-\u200F\u2028\u2029\u202F\u205F\u2060\u3000\uFEFF]|[\u0300-\u036F]|_x000|^$/;

// Vietnamese vowel modifiers and tone marks (combining forms).
const MOD_CIRC = '\u0302';
const MOD_BREVE = '\u0306';
const MOD_HORN = '\u031B';
const MODS = new Set([MOD_CIRC, MOD_BREVE, MOD_HORN]);

export type Tone = '' | 'grave' | 'acute' | 'hook' | 'tilde' | 'dot';
const TONE_BY_MARK: Record<string, Tone> = {
  '\u0300': 'grave',
  '\u0301': 'acute',
  '\u0309': 'hook',
  '\u0303': 'tilde',
  '\u0323': 'dot',
};
const MARK_BY_TONE: Record<Exclude<Tone, ''>, string> = {
  grave: '\u0300',
  acute: '\u0301',
  hook: '\u0309',
  tilde: '\u0303',
  dot: '\u0323',
};
// Tones that share combining class 230 with the modifiers, so NFC cannot reorder them.
const TONES_ABOVE = new Set(['\u0300', '\u0301', '\u0303', '\u0309']);

/**
 * Some input methods emit the tone before the modifier (a + ́ + ̂). Both have combining
 * class 230, so NFC keeps that order and cannot compose ấ; put modifiers first.
 */
function reorderVietnameseMarks(s: string): string {
  const d = s.normalize('NFD');
  if (!/[\u0300\u0301\u0303\u0309][\u0302\u0306\u031B]/.test(d)) return d;
  return d.replace(/[\u0300-\u036F]+/g, (run) => {
    const chars = [...run];
    const mods = chars.filter((c) => MODS.has(c));
    const tones = chars.filter((c) => TONES_ABOVE.has(c));
    const rest = chars.filter((c) => !MODS.has(c) && !TONES_ABOVE.has(c));
    return [...rest, ...mods, ...tones].join('');
  });
}

/** NFC; NBSP, tabs, line breaks → one space; zero-width chars removed; trimmed. */
export function cleanText(s: string): string {
  // Fast path: plain single-spaced ASCII is already clean (most numbers, codes, marks).
  if (PLAIN_ASCII.test(s) || !NEEDS_CLEANING.test(s)) return s;
  const t = s.replace(ZERO_WIDTH, '').replace(OOXML_ESCAPE, ' ').replace(WHITESPACE, ' ');
  return reorderVietnameseMarks(t).normalize('NFC').replace(/ {2,}/g, ' ').trim();
}

/** True when the text is empty or only spaces / invisible characters. */
export function isBlankText(s: string): boolean {
  return cleanText(s) === '';
}

// ---------------------------------------------------------------------------------------
// Syllables

interface Letter {
  /** Lower-case base letter: a-z or đ. */
  base: string;
  upper: boolean;
  /** '' or one of the combining modifiers (circumflex, breve, horn). */
  mod: string;
  tone: Tone;
}

const VOWEL_BASES = new Set(['a', 'e', 'i', 'o', 'u', 'y']);
// Which modifier each vowel can carry.
const MOD_OK: Record<string, string[]> = {
  a: [MOD_CIRC, MOD_BREVE],
  e: [MOD_CIRC],
  o: [MOD_CIRC, MOD_HORN],
  u: [MOD_HORN],
};

function splitLetter(ch: string): Letter | null {
  const d = ch.normalize('NFD');
  const first = d[0];
  if (first === undefined) return null;
  const lower = first.toLowerCase();
  let base: string;
  if (lower === 'đ') base = 'đ';
  else if (/^[a-z]$/.test(lower)) base = lower;
  else return null;
  let mod = '';
  let tone: Tone = '';
  for (const m of d.slice(1)) {
    const t = TONE_BY_MARK[m];
    if (t !== undefined && tone === '' && VOWEL_BASES.has(base)) tone = t;
    else if (MODS.has(m) && mod === '' && (MOD_OK[base] ?? []).includes(m)) mod = m;
    else return null;
  }
  return { base, upper: first !== lower, mod, tone };
}

function joinLetter(l: Letter): string {
  const b = l.upper ? l.base.toUpperCase() : l.base;
  return (b + l.mod + (l.tone === '' ? '' : MARK_BY_TONE[l.tone])).normalize('NFC');
}

/** The toneless lower-case letter: a, ă, â, ê, ơ, ư, ... */
function plainLetter(l: Letter): string {
  return (l.base + l.mod).normalize('NFC');
}

const VOWELS = new Set([...'aăâeêioôơuưy']);
const INITIALS = [
  'ngh',
  'ng',
  'nh',
  'ch',
  'gh',
  'gi',
  'kh',
  'ph',
  'th',
  'tr',
  'qu',
  'b',
  'c',
  'd',
  'đ',
  'g',
  'h',
  'k',
  'l',
  'm',
  'n',
  'p',
  'r',
  's',
  't',
  'v',
  'x',
  '',
];
const FINALS = new Set(['', 'c', 'ch', 'm', 'n', 'ng', 'nh', 'p', 't']);
const CHECKED_FINALS = new Set(['c', 'ch', 'p', 't']);
// Vowel nuclei (with glides) of Vietnamese: o = open only, c = needs a final, b = both.
const NUCLEI: Record<string, 'o' | 'c' | 'b'> = {
  a: 'b',
  ă: 'c',
  â: 'c',
  e: 'b',
  ê: 'b',
  i: 'b',
  o: 'b',
  ô: 'b',
  ơ: 'b',
  u: 'b',
  ư: 'b',
  y: 'b',
  ai: 'o',
  ao: 'o',
  au: 'o',
  ay: 'o',
  âu: 'o',
  ây: 'o',
  eo: 'o',
  êu: 'o',
  ia: 'o',
  iu: 'o',
  oi: 'o',
  ôi: 'o',
  ơi: 'o',
  ui: 'o',
  ưi: 'o',
  ưu: 'o',
  ua: 'o',
  ưa: 'o',
  uơ: 'o',
  oa: 'b',
  oe: 'b',
  uê: 'b',
  uy: 'b',
  oă: 'c',
  oo: 'c',
  uâ: 'c',
  iê: 'c',
  yê: 'c',
  uô: 'c',
  ươ: 'c',
  oai: 'o',
  oay: 'o',
  oeo: 'o',
  uây: 'o',
  uôi: 'o',
  ươi: 'o',
  ươu: 'o',
  iêu: 'o',
  yêu: 'o',
  uya: 'o',
  uyu: 'o',
  uyê: 'c',
};

const NH_CH_NUCLEI = new Set(['a', 'ê', 'i', 'y', 'oa', 'uê', 'uy']);
const NO_NG_C_NUCLEI = new Set(['ê', 'i', 'y', 'ơ', 'uê', 'uy', 'uyê']);

export interface Syllable {
  /** Toneless lower-case parts, e.g. `ngh` + `iê` + `ng`. */
  initial: string;
  nucleus: string;
  final: string;
  tone: Tone;
  /** Letter index (in the word) that carries the tone, -1 when toneless. */
  tonePos: number;
  /** Letter index where the tone belongs by this module's canonical (old-style) rule. */
  canonicalPos: number;
}

function parseLetters(letters: Letter[]): Syllable | null {
  if (letters.length === 0) return null;
  const plain = letters.map(plainLetter);
  const word = plain.join('');
  const toned = letters.flatMap((l, i) => (l.tone === '' ? [] : [i]));
  if (toned.length > 1) return null;

  let initial = '';
  for (const cand of INITIALS) {
    if (!word.startsWith(cand)) continue;
    const next = plain[cand.length];
    // `gi`/`qu` are initials only before another vowel: gì = g + i, quý = qu + y.
    if ((cand === 'gi' || cand === 'qu') && (next === undefined || !VOWELS.has(next))) continue;
    initial = cand;
    break;
  }
  let end = initial.length;
  while (end < plain.length && VOWELS.has(plain[end] ?? '')) end++;
  const nucleus = plain.slice(initial.length, end).join('');
  const final = plain.slice(end).join('');
  const kind = NUCLEI[nucleus];
  if (kind === undefined || !FINALS.has(final)) return null;
  if (kind === 'o' && final !== '') return null;
  if (kind === 'c' && final === '') return null;
  // nh/ch close only a, ê, i, y (anh, ênh, inh, oanh, uynh); ng/c never follow ê, i, y (*êng, *ic).
  if ((final === 'nh' || final === 'ch') && !NH_CH_NUCLEI.has(nucleus)) return null;
  if ((final === 'ng' || final === 'c') && NO_NG_C_NUCLEI.has(nucleus)) return null;

  const start = initial.length;
  const len = end - start;
  let canonicalPos: number;
  const modded: number[] = [];
  for (let i = start; i < end; i++) if (letters[i]?.mod !== '') modded.push(i);
  const lastModded = modded[modded.length - 1];
  if (lastModded !== undefined)
    canonicalPos = lastModded; // người, thuở, tiếng, khuấy
  else if (final !== '')
    canonicalPos = end - 1; // hoàn, toán, huỳnh
  else if (len === 3)
    canonicalPos = start + 1; // ngoài, khuỷu, xoáy
  else canonicalPos = start; // old style: hòa, khỏe, thủy, mùa, mía

  const tonePos = toned[0] ?? -1;
  // A tone on a consonant (or past the nucleus) is not Vietnamese.
  if (tonePos >= end) return null;
  const tone = tonePos >= 0 ? (letters[tonePos]?.tone ?? '') : '';
  return { initial, nucleus, final, tone, tonePos, canonicalPos };
}

/** Parses one word as a Vietnamese syllable (any case, NFC or NFD); null when it is not one. */
export function parseSyllable(word: string): Syllable | null {
  const letters: Letter[] = [];
  for (const ch of word.normalize('NFC')) {
    const l = splitLetter(ch);
    if (l === null) return null;
    letters.push(l);
  }
  return parseLetters(letters);
}

/**
 * True when the word is a well-formed Vietnamese syllable: known initial, nucleus and final,
 * at most one tone, placed where the old or the new style puts it, and sắc/nặng before a
 * final c, ch, p, t. Strict on purpose: the legacy-encoding detector relies on it.
 */
export function isVietnameseSyllable(word: string): boolean {
  const syl = parseSyllable(word);
  if (syl === null) return false;
  if (CHECKED_FINALS.has(syl.final) && syl.tone !== 'acute' && syl.tone !== 'dot') return false;
  if (syl.tonePos < 0 || syl.tonePos === syl.canonicalPos) return true;
  // The new style moves the mark to the second vowel of an open oa, oe, uy: hoà, khoẻ, thuỷ.
  const newStyle = syl.final === '' && ['oa', 'oe', 'uy'].includes(syl.nucleus);
  return newStyle && syl.tonePos === syl.canonicalPos + 1;
}

function unifyWord(word: string): string {
  const letters: Letter[] = [];
  for (const ch of word) {
    const l = splitLetter(ch);
    if (l === null) return word;
    letters.push(l);
  }
  const syl = parseLetters(letters);
  if (syl === null || syl.tonePos < 0 || syl.tonePos === syl.canonicalPos) return word;
  const from = letters[syl.tonePos];
  const to = letters[syl.canonicalPos];
  if (from === undefined || to === undefined) return word;
  to.tone = from.tone;
  from.tone = '';
  return letters.map(joinLetter).join('');
}

/**
 * Puts every tone mark where the old ("traditional") placement puts it: hòa, khỏe, thủy,
 * Ủy ban (not hoà, khoẻ, thuỷ, Uỷ ban). Closed syllables are the same in both styles
 * (hoàn, quyết). Misplaced marks (hòan, qúy) are moved too. Words that do not parse as
 * Vietnamese syllables are left untouched. Returns NFC.
 */
export function unifyToneMarks(s: string): string {
  // Fast path: nothing to move without a tone mark (most cells are ASCII or numbers).
  if (!/[\u00C0-\u1EF9]/.test(s)) return s;
  return s.normalize('NFC').replace(/[\p{L}\p{M}]+/gu, unifyWord);
}

// ---------------------------------------------------------------------------------------
// Keys

/**
 * Identity key for names: cleaned, tone placement unified, lower-cased. Diacritics stay
 * (Nguyễn Văn An ≠ Nguyễn Văn Ân). Latin-1 Ð/ð (Windows-1258 text read as Latin-1) count as Đ/đ.
 */
export function foldKey(s: string): string {
  return memo(FOLD, s, () => unifyToneMarks(cleanText(s)).toLowerCase().replace(/ð/g, 'đ'));
}

/** Removes every combining mark, and maps đ→d, Đ→D (NFD does not decompose them). */
export function stripDiacritics(s: string): string {
  if (!NON_ASCII.test(s)) return s;
  return s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đð]/g, 'd').replace(/[ĐÐ]/g, 'D').normalize('NFC');
}

/** foldKey without diacritics: Hòa, Hoa and HOÀ give `hoa`. */
export function looseKey(s: string): string {
  // Tone placement cannot matter once the marks are gone: skip unifying it.
  return memo(LOOSE, s, () => stripDiacritics(cleanText(s).toLowerCase().replace(/ð/g, 'đ')));
}

/** Key for matching headers: looseKey with everything but a-z and 0-9 turned into spaces. */
export function headerKey(s: string): string {
  return memo(HEADER, s, () =>
    looseKey(s)
      .replace(/[^a-z0-9]+/g, ' ')
      .trim(),
  );
}

// Unit names, marks and headings repeat across thousands of rows: remember recent keys.
// Bounded so a million distinct names cannot grow it without limit.
const NON_ASCII = /[^\u0020-\u007e]/;
const MEMO_LIMIT = 50_000;
const FOLD = new Map<string, string>();
const LOOSE = new Map<string, string>();
const HEADER = new Map<string, string>();
function memo(cache: Map<string, string>, key: string, compute: () => string): string {
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const v = compute();
  if (cache.size >= MEMO_LIMIT) cache.clear();
  cache.set(key, v);
  return v;
}
