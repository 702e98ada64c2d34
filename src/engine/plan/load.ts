/**
 * Reading a plan: a preset id or a user's plan file (JSON). Every failure is one plain
 * sentence naming the file and the first bad field, in the user's language; never a trace.
 */
import type { z } from 'zod';
import { planSchema, UNIT_CATEGORIES, type Plan } from './schema';
import { getPreset, PRESETS } from './presets';
import { VN_HOLIDAYS } from './calendar';

export type Lang = 'vi' | 'en';
export type PlanResult = { ok: true; plan: Plan } | { ok: false; message: string };

/* ------------------------------------------------------------------------------------ *
 * User-visible strings (to move to the i18n folder). `q` quotes a name the way the
 * sentence shows it.
 * ------------------------------------------------------------------------------------ */

const VI = {
  invalid: (file: string, detail: string) => `Tệp kế hoạch "${file}" không hợp lệ: ${detail}.`,
  notJson: (file: string, where: string) =>
    `Tệp kế hoạch "${file}" không phải JSON hợp lệ${where} (thường do thiếu hoặc thừa dấu phẩy, dấu ngoặc hay dấu ngoặc kép).`,
  at: (line: number, col: number) => `: lỗi ở dòng ${line}, cột ${col}`,
  empty: (file: string) => `Tệp kế hoạch "${file}" trống, không có nội dung.`,
  notObject: (kind: string) => `nội dung phải là một đối tượng JSON { … }, không phải ${kind}`,
  kinds: { array: 'danh sách [ … ]', string: 'chuỗi chữ', number: 'số', boolean: 'giá trị true/false', null: 'null' },
  notFound: (arg: string, ids: string) =>
    `Không tìm thấy kế hoạch "${arg}": đây không phải mã kế hoạch có sẵn (${ids}) và cũng không đọc được tệp nào có tên như vậy.`,
  field: (path: string) => `trường "${path}"`,
  list: (path: string) => `danh sách "${path}"`,
  item: (n: number, list: string) => `mục thứ ${n} trong ${list}`,
  fieldOfItem: (field: string, item: string) => `trường "${field}" của ${item}`,
  listOfItem: (list: string, item: string) => `${list} của ${item}`,
  wholeFile: 'nội dung tệp',
  missing: (noun: string) => `bị thiếu (cần ${noun})`,
  mustBe: (noun: string) => `phải là ${noun}`,
  empty_: 'không được để trống',
  atLeast: (n: number, inclusive: boolean) => (inclusive ? `phải từ ${n} trở lên` : `phải lớn hơn ${n}`),
  atMost: (n: number, inclusive: boolean) => (inclusive ? `phải không quá ${n}` : `phải nhỏ hơn ${n}`),
  minItems: (n: number) => `phải có ít nhất ${n} mục`,
  maxItems: (n: number) => `có nhiều nhất ${n} mục`,
  oneOf: (values: string) => `phải là một trong: ${values}`,
  badKeys: (keys: string, allowed: string) =>
    allowed ? `có khóa không hợp lệ ${keys} (chỉ được dùng: ${allowed})` : `có khóa không hợp lệ ${keys}`,
  badFormat: 'không đúng định dạng',
  bad: 'có giá trị không hợp lệ',
  unknownYear: (year: number, years: string) =>
    `trường "holidayYears" có năm ${year} nhưng chưa có lịch nghỉ lễ có sẵn cho năm đó (có: ${years}); hãy ghi các ngày nghỉ vào "holidays"`,
  types: {
    string: 'chuỗi chữ trong dấu ngoặc kép',
    number: 'số',
    int: 'số nguyên',
    boolean: 'true hoặc false',
    array: 'danh sách [ … ]',
    object: 'đối tượng { … }',
  } as Record<string, string>,
  nouns: {
    fraction: 'số từ 0 đến 1 (98% viết là 0.98)',
    date: 'ngày có thật dạng YYYY-MM-DD (ví dụ 2026-03-15)',
    count: 'số nguyên từ 0 trở lên',
    vnd: 'số tiền nguyên dương tính bằng đồng',
    year: 'năm (số nguyên, ví dụ 2026)',
    id: 'mã chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang (ví dụ ke-hoach-2026)',
    nonNegative: 'số từ 0 trở lên',
    tolerance: 'số từ 0 trở lên (điểm phần trăm, ví dụ 0.05)',
    text: 'chuỗi chữ không để trống',
    quotas: 'đối tượng { "limits": [ … ] }, hoặc null nếu không có hạn mức',
    awardForms: 'danh sách hình thức khen thưởng [ … ], hoặc null nếu chấp nhận mọi hình thức',
  },
};

const EN: typeof VI = {
  invalid: (file, detail) => `Plan file "${file}" is not valid: ${detail}.`,
  notJson: (file, where) => `Plan file "${file}" is not valid JSON${where} (usually a missing or extra comma, bracket or quote).`,
  at: (line, col) => `: error at line ${line}, column ${col}`,
  empty: (file) => `Plan file "${file}" is empty.`,
  notObject: (kind) => `the content must be a JSON object { … }, not ${kind}`,
  kinds: { array: 'a list [ … ]', string: 'a string', number: 'a number', boolean: 'true/false', null: 'null' },
  notFound: (arg, ids) => `Plan "${arg}" not found: it is not a built-in plan id (${ids}) and no file of that name could be read.`,
  field: (path) => `field "${path}"`,
  list: (path) => `list "${path}"`,
  item: (n, list) => `item ${n} of ${list}`,
  fieldOfItem: (field, item) => `field "${field}" of ${item}`,
  listOfItem: (list, item) => `${list} of ${item}`,
  wholeFile: 'the content',
  missing: (noun) => `is missing (expected ${noun})`,
  mustBe: (noun) => `must be ${noun}`,
  empty_: 'must not be empty',
  atLeast: (n, inclusive) => (inclusive ? `must be ${n} or more` : `must be more than ${n}`),
  atMost: (n, inclusive) => (inclusive ? `must be at most ${n}` : `must be less than ${n}`),
  minItems: (n) => `must have at least ${n} items`,
  maxItems: (n) => `must have at most ${n} items`,
  oneOf: (values) => `must be one of: ${values}`,
  badKeys: (keys, allowed) => (allowed ? `has invalid key ${keys} (allowed: ${allowed})` : `has invalid key ${keys}`),
  badFormat: 'is not in the right format',
  bad: 'has an invalid value',
  unknownYear: (year, years) =>
    `field "holidayYears" names ${year}, but there is no built-in holiday calendar for that year (available: ${years}); list the days off in "holidays"`,
  types: {
    string: 'a string in double quotes',
    number: 'a number',
    int: 'a whole number',
    boolean: 'true or false',
    array: 'a list [ … ]',
    object: 'an object { … }',
  },
  nouns: {
    fraction: 'a number from 0 to 1 (98% is written 0.98)',
    date: 'a real date written YYYY-MM-DD (e.g. 2026-03-15)',
    count: 'a whole number, 0 or more',
    vnd: 'a positive whole amount in đồng',
    year: 'a year (a whole number, e.g. 2026)',
    id: 'an id of lowercase letters without diacritics, digits and hyphens (e.g. plan-2026)',
    nonNegative: 'a number, 0 or more',
    tolerance: 'a number, 0 or more (percentage points, e.g. 0.05)',
    text: 'a non-empty string',
    quotas: 'an object { "limits": [ … ] }, or null for no quotas',
    awardForms: 'a list of award forms [ … ], or null to accept any form',
  },
};

const MESSAGES: Record<Lang, typeof VI> = { vi: VI, en: EN };

/* ------------------------------------------------------------------------------------ */

type Path = readonly PropertyKey[];
type Noun = keyof typeof VI.nouns;

/** What a field holds, by its path (dots, numbers for list items). */
const NOUN_BY_PATH: [RegExp, Noun][] = [
  [/^turnout\.(min|target)$/, 'fraction'],
  [/^turnout\.minByCategory\.[^.]+$/, 'fraction'],
  [/^turnout\.rateTolerancePoints$/, 'tolerance'],
  [/^(electionDate|period\.(from|to)|turnout\.scheduledCompletion|dossier\.conferenceDate)$/, 'date'],
  [/^(holidays|extraDaysOff|makeUpWorkingDays)\.\d+$/, 'date'],
  [/^quotas\.limits\.\d+\.(collective|individual|combined)$/, 'count'],
  [/^dossier\.workingDaysBeforeConference$/, 'count'],
  [/^money\.(baseSalaryVnd|roundToVnd)$/, 'vnd'],
  [/^holidayYears\.\d+$/, 'year'],
  [/^id$/, 'id'],
  [/^awardForms\.\d+\.coefficient\.(collective|individual)$/, 'nonNegative'],
  [/^(name|source)\.vi$/, 'text'],
  [/^criteria\.(collective|individual)\.\d+\.(code|label\.vi)$/, 'text'],
  [/^awardForms\.\d+\.(id|name)$/, 'text'],
  [/^quotas$/, 'quotas'],
  [/^awardForms$/, 'awardForms'],
];

function nounFor(path: Path): Noun | undefined {
  const key = path.map(String).join('.');
  return NOUN_BY_PATH.find(([re]) => re.test(key))?.[1];
}

/** Allowed keys of a record-like field, for unrecognized-key messages. */
function allowedKeys(path: Path): string {
  const key = path.map(String).join('.');
  return key === 'turnout.minByCategory' ? UNIT_CATEGORIES.join(', ') : '';
}

const isIndex = (k: PropertyKey): k is number => typeof k === 'number';

/** The path in plain words: `trường "turnout.min"`, `mục thứ 3 trong danh sách "holidays"`. */
function describePath(path: Path, m: typeof VI): string {
  if (path.length === 0) return m.wholeFile;
  const last = lastIndexOf(path);
  if (last < 0) return m.field(path.map(String).join('.'));
  const item = describeItem(path.slice(0, last), path[last] as number, m);
  const tail = path.slice(last + 1);
  return tail.length ? m.fieldOfItem(tail.map(String).join('.'), item) : item;
}

function describeItem(listPath: Path, index: number, m: typeof VI): string {
  const last = lastIndexOf(listPath);
  const list =
    last < 0
      ? m.list(listPath.map(String).join('.'))
      : m.listOfItem(
          m.list(
            listPath
              .slice(last + 1)
              .map(String)
              .join('.'),
          ),
          describeItem(listPath.slice(0, last), listPath[last] as number, m),
        );
  return m.item(index + 1, list);
}

function lastIndexOf(path: Path): number {
  for (let i = path.length - 1; i >= 0; i--) if (isIndex(path[i])) return i;
  return -1;
}

/** Whether the raw value has something at `path` (to tell "missing" from "wrong"). */
function hasValueAt(raw: unknown, path: Path): boolean {
  let cur: unknown = raw;
  for (const k of path) {
    if (cur === null || typeof cur !== 'object') return false;
    if (!Object.prototype.hasOwnProperty.call(cur, k as PropertyKey)) return false;
    cur = (cur as Record<PropertyKey, unknown>)[k as PropertyKey];
  }
  return cur !== undefined;
}

function quoteList(values: readonly unknown[]): string {
  return values.map((v) => (typeof v === 'string' ? `"${v}"` : String(v))).join(', ');
}

/** The problem in plain words, e.g. `phải là số từ 0 đến 1 (98% viết là 0.98)`. */
function describeProblem(issue: z.core.$ZodIssue, raw: unknown, m: typeof VI): string {
  const noun = nounFor(issue.path);
  const nounText = noun ? m.nouns[noun] : undefined;
  switch (issue.code) {
    case 'invalid_type': {
      const expected = nounText ?? m.types[issue.expected] ?? issue.expected;
      return hasValueAt(raw, issue.path) ? m.mustBe(expected) : m.missing(expected);
    }
    case 'too_small':
      if (nounText) return m.mustBe(nounText);
      if (issue.origin === 'string' && Number(issue.minimum) <= 1) return m.empty_;
      if (issue.origin === 'array' || issue.origin === 'set') return m.minItems(Number(issue.minimum));
      return m.atLeast(Number(issue.minimum), issue.inclusive ?? true);
    case 'too_big':
      if (nounText) return m.mustBe(nounText);
      if (issue.origin === 'array' || issue.origin === 'set') return m.maxItems(Number(issue.maximum));
      return m.atMost(Number(issue.maximum), issue.inclusive ?? true);
    case 'invalid_value':
      return m.oneOf(quoteList(issue.values));
    case 'unrecognized_keys':
      return m.badKeys(quoteList(issue.keys), allowedKeys(issue.path));
    case 'invalid_key':
      return m.badKeys('', allowedKeys(issue.path));
    case 'invalid_format':
      return nounText ? m.mustBe(nounText) : m.badFormat;
    case 'not_multiple_of':
      return nounText ? m.mustBe(nounText) : m.bad;
    default:
      return nounText ? m.mustBe(nounText) : m.bad;
  }
}

/* ------------------------------- JSON syntax errors --------------------------------- */

/** Offset of the first JSON syntax error, found by a strict scanner (V8's messages vary). */
function jsonErrorOffset(s: string): number | undefined {
  let i = 0;
  class Fail {
    constructor(readonly at: number) {}
  }
  const fail = (): never => {
    throw new Fail(i);
  };
  const ws = (): void => {
    while (i < s.length && (s[i] === ' ' || s[i] === '\t' || s[i] === '\n' || s[i] === '\r')) i++;
  };
  const str = (): void => {
    i++; // opening quote
    for (;;) {
      if (i >= s.length) fail();
      const c = s.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return;
      }
      if (c === 0x5c) {
        const e = s[i + 1] ?? '';
        if ('"\\/bfnrt'.includes(e) && e !== '') i += 2;
        else if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(s.slice(i + 2, i + 6))) i += 6;
        else fail();
      } else if (c < 0x20) fail();
      else i++;
    }
  };
  const NUM = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
  const value = (): void => {
    ws();
    const c = s[i];
    if (c === '{') {
      i++;
      ws();
      if (s[i] === '}') {
        i++;
        return;
      }
      for (;;) {
        ws();
        if (s[i] !== '"') fail();
        str();
        ws();
        if (s[i] !== ':') fail();
        i++;
        value();
        ws();
        if (s[i] === ',') {
          i++;
          continue;
        }
        if (s[i] === '}') {
          i++;
          return;
        }
        fail();
      }
    }
    if (c === '[') {
      i++;
      ws();
      if (s[i] === ']') {
        i++;
        return;
      }
      for (;;) {
        value();
        ws();
        if (s[i] === ',') {
          i++;
          continue;
        }
        if (s[i] === ']') {
          i++;
          return;
        }
        fail();
      }
    }
    if (c === '"') return str();
    NUM.lastIndex = i;
    if (NUM.test(s)) {
      i = NUM.lastIndex;
      return;
    }
    for (const lit of ['true', 'false', 'null']) {
      if (s.startsWith(lit, i)) {
        i += lit.length;
        return;
      }
    }
    fail();
  };
  try {
    value();
    ws();
    if (i < s.length) fail();
    return undefined;
  } catch (e) {
    if (e instanceof Fail) return e.at;
    return undefined; // e.g. nesting too deep for the stack: no position
  }
}

/** 1-based line and column of an offset. */
function lineColumn(s: string, offset: number): { line: number; col: number } {
  let line = 1;
  let start = 0;
  for (let k = 0; k < offset && k < s.length; k++) {
    if (s[k] === '\n') {
      line++;
      start = k + 1;
    }
  }
  return { line, col: offset - start + 1 };
}

/** The offset V8 names in its message, when it names one. */
function offsetFromMessage(message: string): number | undefined {
  const m = /position (\d+)/.exec(message);
  return m ? Number(m[1]) : undefined;
}

/* ------------------------------------ API ------------------------------------------- */

/** Parse and validate a plan file's text. */
export function parsePlan(jsonText: string, fileName: string, lang: Lang): PlanResult {
  const m = MESSAGES[lang] ?? VI;
  const text = jsonText.replace(/^\uFEFF/, '');
  if (text.trim() === '') return { ok: false, message: m.empty(fileName) };

  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    const offset = jsonErrorOffset(text) ?? offsetFromMessage(e instanceof Error ? e.message : '');
    const where = offset === undefined ? '' : m.at(lineColumn(text, offset).line, lineColumn(text, offset).col);
    return { ok: false, message: m.notJson(fileName, where) };
  }

  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    const kind = Array.isArray(raw) ? 'array' : raw === null ? 'null' : (typeof raw as 'string' | 'number' | 'boolean');
    return { ok: false, message: m.invalid(fileName, m.notObject(m.kinds[kind] ?? kind)) };
  }

  const r = planSchema.safeParse(raw);
  if (!r.success) {
    const issue = r.error.issues[0];
    if (!issue) return { ok: false, message: m.invalid(fileName, `${m.wholeFile} ${m.bad}`) };
    const detail = `${describePath(issue.path, m)} ${describeProblem(issue, raw, m)}`;
    return { ok: false, message: m.invalid(fileName, detail) };
  }

  const known = Object.keys(VN_HOLIDAYS);
  const unknownYear = (r.data.holidayYears ?? []).find((y) => !known.includes(String(y)));
  if (unknownYear !== undefined) {
    return { ok: false, message: m.invalid(fileName, m.unknownYear(unknownYear, known.join(', '))) };
  }
  return { ok: true, plan: r.data };
}

/** The last part of a path, either separator. */
function baseName(p: string): string {
  const parts = p.split(/[\\/]/);
  return parts[parts.length - 1] || p;
}

/**
 * A plan from a command-line or settings argument: a preset id (`thai-binh-32-2021`) or a
 * path to a plan file. `readFile` returns the file's text, or undefined when it cannot.
 */
export function resolvePlan(arg: string, readFile: (path: string) => string | undefined, lang: Lang = 'vi'): PlanResult {
  const m = MESSAGES[lang] ?? VI;
  const a = arg.trim();
  const preset = getPreset(a);
  if (preset) return { ok: true, plan: preset };
  let text: string | undefined;
  try {
    text = a === '' ? undefined : readFile(a);
  } catch {
    text = undefined;
  }
  if (text === undefined) return { ok: false, message: m.notFound(a, PRESETS.map((p) => p.id).join(', ')) };
  return parsePlan(text, baseName(a), lang);
}
