/**
 * The hierarchy loop on the bundled sample workbooks: a district (Vũ Thư) and the office of
 * the provincial Election Committee export their summaries; the office consolidates them.
 * Plan B: the education sector union's summary rolls up at the provincial federation.
 * Expected figures are recomputed from each unit's own report, never typed in by hand.
 */
import { describe, expect, it, beforeAll } from 'vitest';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main, type Io } from '../src/cli/main';

const ROOT = join(__dirname, '..');
const tmp = mkdtempSync(join(tmpdir(), 'thidua-roll-samples-'));

async function cli(args: string[]) {
  let err = '';
  const io: Io = { stdout: () => {}, stderr: (s) => (err += s), isTTY: false };
  return { code: await main(args, io), err };
}

interface UnitRow {
  unit: string;
  registered: number | null;
  voted: number | null;
  rate: number | null;
}
interface Report {
  findings: { rule: string; sheet: string; rows: number[]; values: Record<string, unknown> }[];
  summary: { units: UnitRow[]; total: { registered: number; voted: number } };
}
const read = (p: string) => JSON.parse(readFileSync(p, 'utf8')) as Report;

/** The figures a level above must see for a unit: sums over that unit's usable counts. */
function usableSums(r: Report) {
  const ok = r.summary.units.filter((u) => u.registered !== null && u.voted !== null && u.registered > 0 && u.voted <= u.registered);
  return { registered: ok.reduce((s, u) => s + u.registered!, 0), voted: ok.reduce((s, u) => s + u.voted!, 0) };
}

describe('consolidating the sample workbooks', () => {
  const sample = (n: string) => join(ROOT, 'examples', `${n}.xlsx`);
  beforeAll(async () => {
    const runs: [string, string, string][] = [
      ['thai-binh-huyen-vu-thu', 'thai-binh-32-2021', 'UBND huyện Vũ Thư'],
      ['thai-binh-vp-ubbc', 'thai-binh-32-2021', 'Văn phòng Ủy ban bầu cử tỉnh (Sở Nội vụ)'],
      ['hung-yen-cdn-giao-duc', 'hung-yen-cdn-gd-2021', 'Công đoàn Ngành Giáo dục tỉnh Hưng Yên'],
    ];
    for (const [name, plan, unit] of runs) {
      const r = await cli([
        'check',
        sample(name),
        '--plan',
        plan,
        '--unit',
        unit,
        '--conference-date',
        '2021-06-25',
        '--summary',
        join(tmp, `${name}.summary.xlsx`),
        '--report',
        join(tmp, `${name}.json`),
      ]);
      expect(r.code, r.err).toBe(1);
    }
  });

  it('plan A: the office rolls up the district and its own lists', async () => {
    const out = join(tmp, 'tinh.json');
    const r = await cli([
      'consolidate',
      join(tmp, 'thai-binh-huyen-vu-thu.summary.xlsx'),
      join(tmp, 'thai-binh-vp-ubbc.summary.xlsx'),
      join(tmp, 'hung-yen-cdn-giao-duc.summary.xlsx'),
      '--plan',
      'thai-binh-32-2021',
      '--unit',
      'Văn phòng Ủy ban bầu cử tỉnh (Sở Nội vụ)',
      '--out',
      join(tmp, 'tinh.xlsx'),
      '--report',
      out,
    ]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/Bỏ qua tệp "hung-yen-cdn-giao-duc\.summary\.xlsx": tệp thuộc kế hoạch khác \(hung-yen-cdn-gd-2021\)/);
    const vt = read(join(tmp, 'thai-binh-huyen-vu-thu.json'));
    const roll = read(out);
    const sums = usableSums(vt);
    // One row per unit with turnout figures (the office's lists have none), summed from counts.
    expect(roll.summary.units).toEqual([
      { unit: 'UBND huyện Vũ Thư', category: 'district', ...sums, rate: sums.voted / sums.registered, source: 'sheet' },
    ]);
    expect(roll.summary.total).toMatchObject(sums);
    // The district's quota findings survive the roll-up; the office's duplicate stays found.
    const rules = roll.findings.map((f) => f.rule);
    expect(rules.filter((x) => x === 'QUOTA_EXCEEDED').length).toBe(
      vt.findings.filter((f) => f.rule === 'QUOTA_EXCEEDED').length +
        read(join(tmp, 'thai-binh-vp-ubbc.json')).findings.filter((f) => f.rule === 'QUOTA_EXCEEDED').length,
    );
    expect(rules).toContain('DUPLICATE_NOMINEE');
  });

  it('plan B: the sector union rolls up at the provincial federation', async () => {
    const out = join(tmp, 'ldld.json');
    const r = await cli([
      'consolidate',
      join(tmp, 'hung-yen-cdn-giao-duc.summary.xlsx'),
      '--plan',
      'hung-yen-cdn-gd-2021',
      '--unit',
      'LĐLĐ tỉnh Hưng Yên',
      '--out',
      join(tmp, 'ldld.xlsx'),
      '--report',
      out,
    ]);
    expect(r.code).not.toBe(2);
    const hy = read(join(tmp, 'hung-yen-cdn-giao-duc.json'));
    const sums = usableSums(hy);
    expect(sums.registered).toBeGreaterThan(100);
    expect(read(out).summary.units).toEqual([
      {
        unit: 'Công đoàn Ngành Giáo dục tỉnh Hưng Yên',
        category: expect.any(String),
        ...sums,
        rate: sums.voted / sums.registered,
        source: 'sheet',
      },
    ]);
  });
});
