import { describe, expect, it } from 'vitest';
import { getPreset, listPresets, PRESETS } from './presets';
import { planSchema } from './schema';
import { VN_HOLIDAYS } from './calendar';
import thaiBinhRaw from './presets/thai-binh-32-2021.json';
import hungYenRaw from './presets/hung-yen-cdn-gd-2021.json';
import vinhPhucRaw from './presets/vinh-phuc-quy-dtpt-2021.json';

const ALL_DAYS_OFF = Object.values(VN_HOLIDAYS).flatMap((y) => y.daysOff.map((d) => d.date));
const ALL_MAKE_UP_DAYS = Object.values(VN_HOLIDAYS).flatMap((y) => y.makeUpWorkingDays.map((d) => d.date));

describe('presets', () => {
  it.each([
    ['thai-binh-32-2021', thaiBinhRaw],
    ['hung-yen-cdn-gd-2021', hungYenRaw],
    ['vinh-phuc-quy-dtpt-2021', vinhPhucRaw],
  ])('%s parses under planSchema and has no $schema', (id, raw) => {
    const r = planSchema.safeParse(raw);
    expect(r.success).toBe(true);
    expect(r.data?.id).toBe(id);
    expect('$schema' in raw).toBe(false);
  });

  it('lists three presets with vi and en name and source', () => {
    const list = listPresets();
    expect(list.map((p) => p.id)).toEqual(['thai-binh-32-2021', 'hung-yen-cdn-gd-2021', 'vinh-phuc-quy-dtpt-2021']);
    for (const p of list) {
      expect(p.name.vi).toBeTruthy();
      expect(p.name.en).toBeTruthy();
      expect(p.source.vi).toBeTruthy();
      expect(p.source.en).toBeTruthy();
    }
    expect(list[0]!.source.vi).toContain('32/KH-UBND');
    expect(list[0]!.source.vi).toContain('08/02/2021');
    expect(list[1]!.source.vi).toContain('207/KH-LĐLĐ');
    expect(list[2]!.source.vi).toContain('10/KH-LĐLĐ');
  });

  it('getPreset returns a copy and undefined for unknown ids', () => {
    const a = getPreset('thai-binh-32-2021')!;
    a.turnout.min = 0.5;
    expect(getPreset('thai-binh-32-2021')!.turnout.min).toBe(0.98);
    expect(getPreset('nope')).toBeUndefined();
  });

  it('every preset carries the 2021 and 2026 calendars', () => {
    for (const p of PRESETS) {
      expect(p.holidays).toEqual(ALL_DAYS_OFF);
      expect(p.makeUpWorkingDays).toEqual(ALL_MAKE_UP_DAYS);
      expect(p.makeUpWorkingDays).toEqual(['2026-01-10', '2026-08-22']);
      expect(p.holidays).toContain('2026-08-31');
      expect(p.money).toEqual({ baseSalaryVnd: 1_490_000, decree: '91/2017/NĐ-CP', roundToVnd: 10_000, roundDirection: 'up' });
      expect(p.electionDate).toBe('2021-05-23');
    }
  });
});

describe('plan A — thai-binh-32-2021', () => {
  const a = getPreset('thai-binh-32-2021')!;

  it('turnout: 98% for district, commune, village; none for provincial bodies', () => {
    expect(a.turnout.min).toBe(0.98);
    expect(a.turnout.target).toBeNull();
    expect(a.turnout.minByCategory).toEqual({
      provincial: null,
      election_office: null,
      base_union: null,
      district: 0.98,
      commune: 0.98,
      village: 0.98,
    });
    expect(a.turnout.scheduledCompletion).toBe('2021-05-23');
  });

  it('criteria: T1, T2 for all; L1–L7 for local levels with the right sources', () => {
    const byCode = new Map(a.criteria.collective.map((c) => [c.code, c]));
    expect([...byCode.keys()]).toEqual(['T1', 'T2', 'L1', 'L2', 'L3', 'L4', 'L5', 'L6', 'L7']);
    expect(byCode.get('T1')!.categories).toBeUndefined();
    expect(byCode.get('T2')!.categories).toBeUndefined();
    for (const code of ['L1', 'L2', 'L3', 'L4', 'L5', 'L6', 'L7']) {
      expect(byCode.get(code)!.categories).toEqual(['district', 'commune', 'village']);
    }
    expect(byCode.get('L3')!.source).toBe('turnout');
    expect(byCode.get('L4')!.source).toBe('reelection');
    expect(byCode.get('L5')!.source).toBe('completion');
    for (const code of ['T1', 'T2', 'L1', 'L2', 'L6', 'L7']) expect(byCode.get(code)!.source).toBe('sheet');
    expect(byCode.get('L3')!.label.vi).toContain('98%');
    for (const c of a.criteria.collective) expect(c.label.en).toBeTruthy();
    expect(a.criteria.individual).toEqual([]);
  });

  it('quotas: provincial 2 combined, district 5/8, office 20/40 exclusive of departments and districts', () => {
    const q = new Map(a.quotas!.limits.map((l) => [l.category, l]));
    expect(q.get('provincial')).toEqual({ category: 'provincial', combined: 2 });
    expect(q.get('district')).toMatchObject({ collective: 5, individual: 8 });
    expect(q.get('election_office')).toMatchObject({
      collective: 20,
      individual: 40,
      individualsExclusiveOf: ['provincial', 'district'],
    });
  });

  it('award forms: the chairman’s Bằng khen in quota; Giấy khen outside it', () => {
    const bk = a.awardForms!.find((f) => f.id === 'bk-ct-ubnd-tinh')!;
    expect(bk.name).toBe('Bằng khen của Chủ tịch UBND tỉnh');
    expect(bk.inQuota).toBe(true);
    expect(bk.coefficient).toEqual({ collective: 2, individual: 1 });
    expect(bk.aliases).toEqual(
      expect.arrayContaining(['Bằng khen UBND tỉnh', 'BK UBND tỉnh', 'BK CT UBND tỉnh', 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh']),
    );
    const gk = a.awardForms!.find((f) => f.id === 'giay-khen')!;
    expect(gk.inQuota).toBe(false);
    expect(gk.coefficient).toEqual({ collective: 0.6, individual: 0.3 });
    expect(gk.aliases).toEqual(expect.arrayContaining(['Giấy khen của Giám đốc Sở', 'Giấy khen của Chủ tịch UBND huyện']));
    expect(a.awardForms!.filter((f) => f.inQuota).map((f) => f.id)).toEqual(['bk-ct-ubnd-tinh']);
  });

  it('dossier 10 working days before the conference, date left to the user', () => {
    expect(a.dossier!.workingDaysBeforeConference).toBe(10);
    expect(a.dossier!.conferenceDate).toBeUndefined();
  });

  it('Tờ trình from §V.4: to the chairman, dossier to the election office, 10 working days, TM. UBND', () => {
    const t = a.dossier!.submission!;
    expect(t.addressees).toEqual(['Chủ tịch Ủy ban nhân dân tỉnh Thái Bình']);
    expect(t.receiver).toBe('Văn phòng Ủy ban bầu cử tỉnh (Sở Nội vụ)');
    expect(t.deadline).toContain('10 ngày làm việc');
    expect(t.bases![0]).toMatch(/^Kế hoạch số 32\/KH-UBND ngày 08\/02\/2021/);
    expect(t.bases!.join(' ')).toContain('91/2017/NĐ-CP');
    expect(t.signer).toEqual({ mode: 'TM', on: 'Ủy ban nhân dân', title: 'Chủ tịch' });
    expect(t.notes!.join(' ')).toContain('mục V.4');
  });

  it('no alias is shared by two award forms or two criteria', () => {
    const seen = (xs: string[]) => new Set(xs.map((x) => x.toLowerCase())).size === xs.length;
    expect(seen(a.awardForms!.flatMap((f) => [f.name, ...f.aliases]))).toBe(true);
    expect(seen(a.criteria.collective.flatMap((c) => [c.code, ...c.aliases]))).toBe(true);
  });
});

describe('plan B — hung-yen-cdn-gd-2021', () => {
  const b = getPreset('hung-yen-cdn-gd-2021')!;

  it('turnout: minimum 95%, target 100%', () => {
    expect(b.turnout.min).toBe(0.95);
    expect(b.turnout.target).toBe(1);
    expect(b.period).toEqual({ from: '2021-05-02', to: '2021-05-23' });
  });

  it('criteria a, b, c, d (turnout), đ, C1, C2, C4; no C3; individuals a, b', () => {
    expect(b.criteria.collective.map((c) => c.code)).toEqual(['a', 'b', 'c', 'd', 'đ', 'C1', 'C2', 'C4']);
    expect(b.criteria.collective.find((c) => c.code === 'd')!.source).toBe('turnout');
    expect(b.criteria.collective.filter((c) => c.source !== 'sheet').map((c) => c.code)).toEqual(['d']);
    expect(b.criteria.individual.map((c) => c.code)).toEqual(['a', 'b']);
  });

  it('no quotas; four award forms; LĐLĐ tỉnh has no coefficient', () => {
    expect(b.quotas).toBeNull();
    expect(b.awardForms!.map((f) => f.name)).toEqual([
      'Bằng khen của Chủ tịch UBND tỉnh',
      'Bằng khen của Tổng LĐLĐ Việt Nam',
      'Bằng khen của LĐLĐ tỉnh',
      'Giấy khen của Công đoàn cấp trên trực tiếp cơ sở',
    ]);
    const byId = new Map(b.awardForms!.map((f) => [f.id, f]));
    expect(byId.get('bk-ct-ubnd-tinh')!.coefficient).toEqual({ collective: 2, individual: 1 });
    expect(byId.get('bk-tong-ldld-vn')!.coefficient).toEqual({ collective: 2, individual: 1 });
    expect(byId.get('bk-ldld-tinh')!.coefficient).toBeUndefined();
    expect(byId.get('bk-tong-ldld-vn')!.aliases).toEqual(
      expect.arrayContaining(['Bằng khen của Tổng Liên đoàn Lao động Việt Nam', 'Bằng khen Tổng LĐLĐVN']),
    );
  });

  it('no dossier deadline; a Tờ trình to the sector union, with its plan before 207/KH-LĐLĐ', () => {
    expect(b.dossier!.workingDaysBeforeConference).toBeUndefined();
    const t = b.dossier!.submission!;
    expect(t.parentBody).toBe('Công đoàn Ngành Giáo dục tỉnh Hưng Yên');
    expect(t.bases![0]).toMatch(/^Kế hoạch của Ban Thường vụ Công đoàn Ngành Giáo dục/);
    expect(t.bases![1]).toMatch(/^Kế hoạch số 207\/KH-LĐLĐ ngày 22\/4\/2021/);
    expect(t.deadline).toBeUndefined();
  });

  it('no alias is shared by two award forms or two criteria of a kind', () => {
    const unique = (xs: string[]) => new Set(xs.map((x) => x.toLowerCase())).size === xs.length;
    expect(unique(b.awardForms!.flatMap((f) => [f.name, ...f.aliases]))).toBe(true);
    expect(unique(b.criteria.collective.flatMap((c) => [c.code, ...c.aliases]))).toBe(true);
    expect(unique(b.criteria.individual.flatMap((c) => [c.code, ...c.aliases]))).toBe(true);
  });
});

describe('plan C — vinh-phuc-quy-dtpt-2021', () => {
  const c = getPreset('vinh-phuc-quy-dtpt-2021')!;

  it('100% minimum and target, nothing else to check', () => {
    expect(c.turnout.min).toBe(1);
    expect(c.turnout.target).toBe(1);
    expect(c.criteria).toEqual({ collective: [], individual: [] });
    expect(c.quotas).toBeNull();
    expect(c.awardForms).toBeNull();
    expect(c.dossier!.workingDaysBeforeConference).toBeUndefined();
  });

  it('no dossier deadline; a Tờ trình to the upper union, its plan 10/KH-LĐLĐ after its own', () => {
    const t = c.dossier!.submission!;
    expect(t.bases).toHaveLength(2);
    expect(t.bases![1]).toMatch(/^Kế hoạch số 10\/KH-LĐLĐ ngày 13\/5\/2021/);
    expect(t.receiver).toBe('Ban Thường vụ Công đoàn Viên chức tỉnh Vĩnh Phúc');
    expect(t.deadline).toBeUndefined();
    expect(t.signer).toEqual({ mode: 'TM', on: 'Ban Chấp hành', title: 'Chủ tịch' });
  });
});
