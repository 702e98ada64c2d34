import { describe, expect, it } from 'vitest';
import { parsePlan, resolvePlan } from './load';
import { daysOffOf, dossierDeadline } from './calendar';

/** A minimal valid plan; tests change one thing at a time. */
const base = () => ({
  id: 'ke-hoach-2026',
  name: { vi: 'Kế hoạch thi đua bầu cử 2026', en: 'Election emulation plan 2026' },
  source: { vi: 'Kế hoạch số 01/KH-UBND ngày 05/01/2026' },
  electionDate: '2026-03-15',
  turnout: { min: 0.98, target: 1 },
  awardForms: null,
});

const text = (o: unknown) => JSON.stringify(o, null, 2);
const failVi = (o: unknown, file = 'x.json') => {
  const r = parsePlan(typeof o === 'string' ? o : text(o), file, 'vi');
  expect(r.ok).toBe(false);
  return r.ok ? '' : r.message;
};
const failEn = (o: unknown, file = 'x.json') => {
  const r = parsePlan(typeof o === 'string' ? o : text(o), file, 'en');
  expect(r.ok).toBe(false);
  return r.ok ? '' : r.message;
};

/** One sentence, no stack trace or zod jargon. */
function expectPlainSentence(msg: string) {
  expect(msg).toMatch(/\.$/);
  expect(msg).not.toMatch(/\n|\bat \w+ \(|ZodError|Invalid input|expected number, received/);
}

describe('parsePlan: bad fields are named in plain words', () => {
  it('turnout.min out of range (the brief’s example sentence)', () => {
    const msg = failVi({ ...base(), turnout: { min: 98, target: null } });
    expect(msg).toContain('Tệp kế hoạch "x.json" không hợp lệ: trường "turnout.min" phải là số từ 0 đến 1');
    expectPlainSentence(msg);
    const en = failEn({ ...base(), turnout: { min: 98, target: null } });
    expect(en).toContain('Plan file "x.json" is not valid: field "turnout.min" must be a number from 0 to 1');
    expectPlainSentence(en);
  });

  it('turnout.min of the wrong type, and missing', () => {
    expect(failVi({ ...base(), turnout: { min: '98%', target: null } })).toContain('trường "turnout.min" phải là số từ 0 đến 1');
    const missing = failVi({ ...base(), turnout: { target: null } });
    expect(missing).toContain('trường "turnout.min" bị thiếu (cần số từ 0 đến 1');
    expect(failEn({ ...base(), turnout: { target: null } })).toContain('field "turnout.min" is missing');
  });

  it('a missing required field', () => {
    const { electionDate: _drop, ...rest } = base();
    const msg = failVi(rest);
    expect(msg).toContain('trường "electionDate" bị thiếu (cần ngày có thật dạng YYYY-MM-DD');
    expectPlainSentence(msg);
  });

  it('a date that does not exist, and a date in the wrong format', () => {
    expect(failVi({ ...base(), electionDate: '2026-02-30' })).toContain('trường "electionDate" phải là ngày có thật dạng YYYY-MM-DD');
    expect(failEn({ ...base(), electionDate: '15/03/2026' })).toContain('field "electionDate" must be a real date written YYYY-MM-DD');
  });

  it('an item of a list is named by its position, counted from 1', () => {
    const msg = failVi({ ...base(), holidays: ['2026-01-01', '2026-13-01'] });
    expect(msg).toContain('mục thứ 2 trong danh sách "holidays" phải là ngày có thật');
    const en = failEn({ ...base(), holidays: ['2026-01-01', '2026-13-01'] });
    expect(en).toContain('item 2 of list "holidays" must be a real date');
  });

  it('a field inside a list item', () => {
    const q = {
      limits: [
        { category: 'commune', collective: 3 },
        { category: 'ward', collective: 2 },
      ],
    };
    const msg = failVi({ ...base(), quotas: q });
    expect(msg).toContain('trường "category" của mục thứ 2 trong danh sách "quotas.limits" phải là một trong: "provincial"');
    const n = failEn({ ...base(), quotas: { limits: [{ category: 'commune', collective: 2.5 }] } });
    expect(n).toContain('field "collective" of item 1 of list "quotas.limits" must be a whole number, 0 or more');
  });

  it('nested lists', () => {
    const forms = [
      { id: 'bk', name: 'Bằng khen' },
      { id: 'gk', name: 'Giấy khen', aliases: ['GK', 7] },
    ];
    expect(failVi({ ...base(), awardForms: forms })).toContain(
      'mục thứ 2 trong danh sách "aliases" của mục thứ 2 trong danh sách "awardForms" phải là chuỗi chữ',
    );
  });

  it('unknown unit category as a key', () => {
    const msg = failVi({ ...base(), turnout: { min: 0.98, target: null, minByCategory: { ward: 0.9 } } });
    expect(msg).toContain('trường "turnout.minByCategory" có khóa không hợp lệ "ward" (chỉ được dùng: provincial');
  });

  it('bad id, empty name', () => {
    expect(failVi({ ...base(), id: 'Kế hoạch 2026' })).toContain('trường "id" phải là mã chỉ gồm chữ thường');
    expect(failVi({ ...base(), name: { vi: '' } })).toContain('trường "name.vi" phải là chuỗi chữ không để trống');
  });

  it('awardForms must be a list or null', () => {
    expect(failVi({ ...base(), awardForms: 'any' })).toContain('trường "awardForms" phải là danh sách hình thức khen thưởng');
  });

  it('a holiday year with no built-in calendar', () => {
    const msg = failVi({ ...base(), holidayYears: [2027] });
    expect(msg).toContain('năm 2027');
    expect(msg).toContain('2021, 2026');
    expectPlainSentence(msg);
  });
});

describe('parsePlan: not JSON, not an object', () => {
  it('invalid JSON gives line and column', () => {
    const bad = '{\n  "id": "x",\n  "turnout": { "min": 0.98, }\n}';
    const msg = failVi(bad, 'ke-hoach.json');
    expect(msg).toBe(
      'Tệp kế hoạch "ke-hoach.json" không phải JSON hợp lệ: lỗi ở dòng 3, cột 29 (thường do thiếu hoặc thừa dấu phẩy, dấu ngoặc hay dấu ngoặc kép).',
    );
    expect(failEn(bad, 'plan.json')).toBe(
      'Plan file "plan.json" is not valid JSON: error at line 3, column 29 (usually a missing or extra comma, bracket or quote).',
    );
  });

  it.each([
    ['missing comma', '{\n "a": 1\n "b": 2\n}', 3, 2],
    ['single quotes', "{'a': 1}", 1, 2],
    ['unterminated', '{"a": "x', 1, 9],
    ['trailing text', '{"a": 1} x', 1, 10],
  ])('%s', (_n, src, line, col) => {
    expect(failEn(src)).toContain(`line ${line}, column ${col}`);
  });

  it('empty file and a byte-order mark', () => {
    expect(failVi('')).toBe('Tệp kế hoạch "x.json" trống, không có nội dung.');
    expect(failEn('  \n')).toBe('Plan file "x.json" is empty.');
    expect(parsePlan(`\uFEFF${text(base())}`, 'x.json', 'vi').ok).toBe(true);
  });

  it('wrong top-level type', () => {
    expect(failVi('[1, 2]')).toBe(
      'Tệp kế hoạch "x.json" không hợp lệ: nội dung phải là một đối tượng JSON { … }, không phải danh sách [ … ].',
    );
    expect(failEn('"thai-binh-32-2021"')).toBe('Plan file "x.json" is not valid: the content must be a JSON object { … }, not a string.');
    expect(failEn('null')).toContain('not null.');
    expect(failVi('42')).toContain('không phải số.');
  });
});

describe('parsePlan: a user plan for 2026 without the district level', () => {
  const plan2026 = {
    $schema: '../schemas/plan.schema.json',
    id: 'tinh-moi-2026',
    name: { vi: 'Phong trào thi đua bầu cử ĐBQH khóa XVI và HĐND các cấp nhiệm kỳ 2026–2031' },
    source: { vi: 'Kế hoạch số 12/KH-UBND ngày 20/01/2026 của UBND tỉnh' },
    electionDate: '2026-03-15',
    turnout: {
      min: 0.99,
      minByCategory: { provincial: null, election_office: null, commune: 0.99, village: 0.99 },
      target: null,
      scheduledCompletion: '2026-03-15',
    },
    criteria: {
      collective: [
        { code: 'T1', label: { vi: 'Tuyên truyền tốt' } },
        { code: 'L1', label: { vi: 'Tỷ lệ cử tri ≥ 99%' }, source: 'turnout', categories: ['commune', 'village'] },
      ],
    },
    quotas: {
      limits: [
        { category: 'provincial', combined: 3 },
        { category: 'commune', collective: 2, individual: 3 },
        { category: 'election_office', collective: 15, individual: 30, individualsExclusiveOf: ['provincial', 'commune'] },
      ],
    },
    awardForms: [
      {
        id: 'bk-ct-ubnd-tinh',
        name: 'Bằng khen của Chủ tịch UBND tỉnh',
        aliases: ['BK UBND tỉnh'],
        coefficient: { collective: 3, individual: 1.5 },
      },
    ],
    dossier: { workingDaysBeforeConference: 10, conferenceDate: '2026-05-08' },
    money: { baseSalaryVnd: 2_340_000, decree: '152/2025/NĐ-CP' },
    holidayYears: [2026],
    extraDaysOff: ['2026-04-29'],
  };

  it('parses, with defaults filled in', () => {
    const r = parsePlan(text(plan2026), 'tinh-moi-2026.json', 'vi');
    if (!r.ok) throw new Error(r.message);
    const p = r.plan;
    expect(p.turnout.minByCategory?.district).toBeUndefined();
    expect(p.turnout.rateTolerancePoints).toBe(0.05);
    expect(p.criteria.individual).toEqual([]);
    expect(p.criteria.collective[0]!.source).toBe('sheet');
    expect(p.criteria.collective[0]!.aliases).toEqual([]);
    expect(p.awardForms![0]!.inQuota).toBe(true);
    // No rounding fields: the decree's rule, up to the next 10,000 đồng.
    expect(p.money!.roundToVnd).toBe(10_000);
    expect(p.money!.roundDirection).toBe('up');
    expect(p.holidays).toEqual([]);
    expect(daysOffOf(p).has('2026-04-27')).toBe(true);
    // Fri 08/05/2026 − 10 working days: skips 1/5, 30/4, the user's 29/4 and 27/4 → Mon 20/04/2026
    expect(dossierDeadline(p)).toBe('2026-04-20');
  });
});

describe('resolvePlan', () => {
  const files: Record<string, string> = {
    'plans/my.json': text(base()),
    'C:\\plans\\bad.json': '{"id": 1}',
  };
  const read = (p: string) => files[p];

  it('accepts a preset id', () => {
    const r = resolvePlan('thai-binh-32-2021', read);
    expect(r.ok && r.plan.id).toBe('thai-binh-32-2021');
    expect(resolvePlan('  vinh-phuc-quy-dtpt-2021 ', read).ok).toBe(true);
  });

  it('accepts a path', () => {
    const r = resolvePlan('plans/my.json', read);
    expect(r.ok && r.plan.id).toBe('ke-hoach-2026');
  });

  it('names the file (not its folder) when it is invalid', () => {
    const r = resolvePlan('C:\\plans\\bad.json', read, 'en');
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toMatch(/^Plan file "bad.json" is not valid: field "id" must be an id/);
  });

  it('neither a preset nor a readable file', () => {
    const r = resolvePlan('thai-binh-2021', read);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toContain('Không tìm thấy kế hoạch "thai-binh-2021"');
    expect(!r.ok && r.message).toContain('thai-binh-32-2021, hung-yen-cdn-gd-2021, vinh-phuc-quy-dtpt-2021');
    const throwing = resolvePlan(
      'x.json',
      () => {
        throw new Error('EACCES');
      },
      'en',
    );
    expect(!throwing.ok && throwing.message).toMatch(/^Plan "x.json" not found/);
  });
});
