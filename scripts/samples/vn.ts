/**
 * Vietnamese data for realistic samples: names, positions, places, and the ways offices
 * type numbers, rates and dates. Also a TCVN3 (.VnTime) encoder for the legacy sample.
 */
import type { Rng } from './prng';

// ---------------------------------------------------------------------------------------
// People

/** Surnames with rough frequencies (Nguyễn is about a third of the population). */
export const SURNAMES: readonly (readonly [string, number])[] = [
  ['Nguyễn', 30],
  ['Trần', 11],
  ['Lê', 9],
  ['Phạm', 7],
  ['Hoàng', 5],
  ['Vũ', 6],
  ['Đặng', 3],
  ['Bùi', 3],
  ['Đỗ', 3],
  ['Ngô', 2],
  ['Dương', 1],
  ['Đinh', 1],
  ['Phan', 1],
  ['Trịnh', 1],
  ['Đào', 1],
  ['Lương', 1],
  ['Mai', 1],
  ['Tạ', 1],
  ['Cao', 1],
];

const MALE_MIDDLE: readonly (readonly [string, number])[] = [
  ['Văn', 10],
  ['Đức', 3],
  ['Minh', 3],
  ['Quang', 2],
  ['Hữu', 2],
  ['Xuân', 2],
  ['Mạnh', 1],
  ['Công', 1],
  ['Thanh', 1],
  ['Tiến', 1],
  ['Ngọc', 1],
  ['Duy', 1],
];
const FEMALE_MIDDLE: readonly (readonly [string, number])[] = [
  ['Thị', 12],
  ['Thị Thu', 2],
  ['Thị Thanh', 2],
  ['Thị Minh', 1],
  ['Thị Ngọc', 1],
  ['Thu', 2],
  ['Thanh', 1],
  ['Minh', 1],
  ['Thị Hồng', 1],
  ['Phương', 1],
];
const MALE_GIVEN = [
  'Hùng',
  'Dũng',
  'Tuấn',
  'Nam',
  'Thắng',
  'Cường',
  'Hải',
  'Long',
  'Sơn',
  'Trung',
  'Quân',
  'Bình',
  'Khánh',
  'Phong',
  'Huy',
  'Toàn',
  'Hiếu',
  'Đạt',
  'Tùng',
  'Kiên',
  'Thành',
  'Lâm',
  'Chiến',
  'Công',
  'Định',
  'Giang',
  'Hưng',
  'Lực',
  'Nghĩa',
  'Quyết',
  'Thịnh',
  'Vinh',
] as const;
const FEMALE_GIVEN = [
  'Lan',
  'Hương',
  'Mai',
  'Hà',
  'Hạnh',
  'Hằng',
  'Nga',
  'Hoa',
  'Liên',
  'Huyền',
  'Trang',
  'Thảo',
  'Yến',
  'Phương',
  'Dung',
  'Nhung',
  'Loan',
  'Hiền',
  'Ngọc',
  'Quyên',
  'Vân',
  'Linh',
  'Giang',
  'Hồng',
  'Nhàn',
  'Tâm',
  'Thơm',
  'Tuyết',
  'Xuân',
  'Oanh',
] as const;

export type Gender = 'nam' | 'nữ';

export interface Person {
  name: string;
  gender: Gender;
  dob: Date;
}

/** A random full name (NFC, single spaces). */
export function randomName(rng: Rng, gender: Gender): string {
  const surname = rng.weighted(SURNAMES);
  const middle = rng.weighted(gender === 'nam' ? MALE_MIDDLE : FEMALE_MIDDLE);
  const given = rng.pick(gender === 'nam' ? MALE_GIVEN : FEMALE_GIVEN);
  return `${surname} ${middle} ${given}`;
}

/** A random date of birth between the two years (UTC midnight). */
export function randomDob(rng: Rng, fromYear = 1964, toYear = 1997): Date {
  const year = rng.int(fromYear, toYear);
  const month = rng.int(1, 12);
  const day = rng.int(1, 28);
  return utc(year, month, day);
}

/**
 * Key that two names share when they differ only in case, spacing, Unicode form, tone
 * placement or diacritics; used to keep random names apart from each other and from the
 * planted duplicates.
 */
export function looseKey(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * Hands out people whose names are distinct from every name already taken, even without
 * diacritics: a random row can never become an accidental duplicate or possible duplicate.
 */
export class NameRegistry {
  private readonly taken = new Set<string>();

  /** Reserves a fixed name (a planted person); throws if it collides. */
  reserve(name: string): string {
    const k = looseKey(name);
    if (this.taken.has(k)) throw new Error(`name already taken: ${name}`);
    this.taken.add(k);
    return name;
  }

  has(name: string): boolean {
    return this.taken.has(looseKey(name));
  }

  person(rng: Rng, gender?: Gender, fromYear?: number, toYear?: number): Person {
    const g: Gender = gender ?? (rng.chance(0.55) ? 'nữ' : 'nam');
    for (let i = 0; i < 1000; i++) {
      const name = randomName(rng, g);
      if (!this.has(name)) {
        this.reserve(name);
        return { name, gender: g, dob: randomDob(rng, fromYear, toYear) };
      }
    }
    throw new Error('name pool exhausted');
  }
}

// ---------------------------------------------------------------------------------------
// Places and bodies

/** Thái Bình's districts and city (2021, before the 2025 merger). */
export const THAI_BINH_DISTRICTS = ['Vũ Thư', 'Kiến Xương', 'Tiền Hải', 'Đông Hưng', 'Hưng Hà', 'Quỳnh Phụ', 'Thái Thụy'] as const;

/** Communes of Vũ Thư in 2021 (the town first, as district reports list them). */
export const VU_THU_COMMUNES = [
  'Thị trấn Vũ Thư',
  'Xã Bách Thuận',
  'Xã Dũng Nghĩa',
  'Xã Duy Nhất',
  'Xã Đồng Thanh',
  'Xã Hiệp Hòa',
  'Xã Hòa Bình',
  'Xã Hồng Lý',
  'Xã Hồng Phong',
  'Xã Minh Khai',
  'Xã Minh Lãng',
  'Xã Minh Quang',
  'Xã Nguyên Xá',
  'Xã Phúc Thành',
  'Xã Song An',
  'Xã Song Lãng',
  'Xã Tam Quang',
  'Xã Tân Hòa',
  'Xã Tân Lập',
  'Xã Tự Tân',
  'Xã Trung An',
  'Xã Việt Hùng',
  'Xã Việt Thuận',
  'Xã Vũ Hội',
  'Xã Vũ Tiến',
] as const;

/** Village names common in the Red River delta. */
export const VILLAGES = [
  'Thôn Đông',
  'Thôn Nam',
  'Thôn Bắc',
  'Thôn Trung',
  'Thôn Thượng',
  'Thôn Hạ',
  'Thôn Đoài',
  'Thôn Tiền Phong',
  'Thôn Hòa Bình',
  'Thôn Cộng Hòa',
] as const;

/** Hưng Yên localities, for school names. */
export const HUNG_YEN_PLACES = [
  'Văn Giang',
  'Văn Lâm',
  'Mỹ Hào',
  'Yên Mỹ',
  'Khoái Châu',
  'Ân Thi',
  'Kim Động',
  'Phù Cừ',
  'Tiên Lữ',
  'Hưng Yên',
  'Nghĩa Trụ',
  'Long Hưng',
  'Phụng Công',
  'Cửu Cao',
  'Mễ Sở',
  'Thắng Lợi',
  'Tân Tiến',
  'Liên Nghĩa',
  'Xuân Quan',
  'Như Quỳnh',
  'Lạc Đạo',
  'Trưng Trắc',
  'Đình Dù',
  'Minh Hải',
  'Bần Yên Nhân',
  'Dị Sử',
  'Phan Đình Phùng',
  'Nhân Hòa',
  'Giai Phạm',
  'Trung Hưng',
  'Liêu Xá',
  'Tân Lập',
  'Đồng Than',
  'Thanh Long',
  'Việt Cường',
  'Ngọc Long',
  'Yên Phú',
  'Hoàn Long',
  'Minh Châu',
  'Lý Thường Kiệt',
  'Tân Dân',
  'Ông Đình',
  'Đông Tảo',
  'Bình Minh',
  'Dạ Trạch',
  'Hàm Tử',
  'Tứ Dân',
  'Đông Kết',
  'Bình Kiều',
  'Dân Tiến',
  'Phạm Ngũ Lão',
  'Nguyễn Trãi',
  'Đồng Thanh',
  'Toàn Thắng',
  'Chính Nghĩa',
  'Nghĩa Dân',
  'Hiệp Cường',
  'Phú Thịnh',
  'Đức Hợp',
  'Mai Động',
  'Hùng An',
  'Ngọc Thanh',
  'Vũ Xá',
  'Song Mai',
  'Hùng Cường',
  'Bảo Khê',
  'Quảng Châu',
  'Hoàng Hanh',
  'Tân Hưng',
  'Phương Chiểu',
] as const;

// ---------------------------------------------------------------------------------------
// How offices type things

/** A calendar day as a Date at UTC midnight (exceljs writes it as that day's serial). */
export function utc(year: number, month: number, day: number): Date {
  return new Date(Date.UTC(year, month - 1, day));
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

/** `dd/mm/yyyy` text. */
export function dateText(d: Date): string {
  return `${pad2(d.getUTCDate())}/${pad2(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;
}

/** ISO `yyyy-mm-dd`. */
export function isoDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** Counts as text with a thousands separator: `6.850`, `6 850`. */
export function thousands(n: number, sep = '.'): string {
  return String(Math.trunc(n)).replace(/\B(?=(\d{3})+(?!\d))/g, sep);
}

/** A percent as office text: 98.53 → `98,53%` (decimal comma). */
export function percentText(pct: number, decimals = 2, sign = true): string {
  return `${pct.toFixed(decimals).replace('.', ',')}${sign ? '%' : ''}`;
}

/** Rounds half away from zero to `decimals` places (avoids 1.005 → 1.00 surprises). */
export function round(x: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round((x + Number.EPSILON) * f) / f;
}

/** The same text in decomposed Unicode (NFD), as some Mac and web forms produce. */
export function nfd(s: string): string {
  return s.normalize('NFD');
}

/** The first space doubled: `Trần  Thị Lan`. */
export function doubleSpace(s: string): string {
  return s.replace(' ', '  ');
}

// ---------------------------------------------------------------------------------------
// TCVN3 (ABC, .VnTime fonts)

// Lower-case letters with diacritics and their TCVN3 codes; rows a ă â đ e ê i o ô ơ u ư y,
// columns plain, grave, hook, tilde, acute, dot ('' = the ASCII letter itself).
const UNI_ROWS = [
  'aàảãáạ',
  'ăằẳẵắặ',
  'âầẩẫấậ',
  'đ',
  'eèẻẽéẹ',
  'êềểễếệ',
  'iìỉĩíị',
  'oòỏõóọ',
  'ôồổỗốộ',
  'ơờởỡớợ',
  'uùủũúụ',
  'ưừửữứự',
  'yỳỷỹýỵ',
];
const TCVN3_ROWS = [
  ' µ¶·¸¹',
  '¨»¼½¾Æ',
  '©ÇÈÉÊË',
  '®',
  ' ÌÎÏÐÑ',
  'ªÒÓÔÕÖ',
  ' ×ØÜÝÞ',
  ' ßáâãä',
  '«åæçèé',
  '¬êëìíî',
  ' ïñòóô',
  '\u00ADõö÷øù',
  ' úûüýþ',
];
// The only upper-case letters TCVN3 has a code for; an upper-case letter with a tone was
// typed with the lower-case code (the .VnTimeH font showed it in capitals).
const TCVN3_UPPER: Record<string, string> = {
  Ă: '¡',
  Â: '¢',
  Đ: '§',
  Ê: '£',
  Ô: '¤',
  Ơ: '¥',
  Ư: '¦',
};

const TCVN3_TABLE: Map<string, string> = (() => {
  const m = new Map<string, string>();
  UNI_ROWS.forEach((row, r) => {
    const codes = [...(TCVN3_ROWS[r] ?? '')];
    [...row].forEach((uni, c) => {
      const code = codes[c];
      if (code === undefined || code === ' ') return;
      m.set(uni, code);
      const upper = uni.toUpperCase();
      m.set(upper, TCVN3_UPPER[upper] ?? code);
    });
  });
  return m;
})();

/** Unicode → TCVN3 as an old .VnTime workbook stores it: `Đặng Thị Hồng` → `§Æng ThÞ Hång`. */
export function toTcvn3(s: string): string {
  let out = '';
  for (const ch of s.normalize('NFC')) out += TCVN3_TABLE.get(ch) ?? ch;
  return out;
}
