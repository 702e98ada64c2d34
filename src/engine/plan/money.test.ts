import { describe, expect, it } from 'vitest';
import { rewardVnd, roundVnd } from './money';
import { getPreset, PRESETS } from './presets';
import { moneySchema, planSchema, type Money } from './schema';

// The decree's rule: up to the next 10,000 đồng (Decree 91/2017/NĐ-CP Art. 68(2), kept in
// 98/2023/NĐ-CP Art. 53(2); money.md).
const DECREE: Money = { baseSalaryVnd: 1_490_000, roundToVnd: 10_000, roundDirection: 'up' };

describe('rewardVnd under the decree (up to the next 10,000 đồng)', () => {
  it.each([
    // [what, coefficient, base salary, expected]
    // The Central Emulation and Commendation Board's worked examples (base salary of 01/07/2018).
    ['Tập thể lao động tiên tiến 0.8 × 1,390,000 = 1,112,000', 0.8, 1_390_000, 1_120_000],
    ['Giấy khen 0.6 × 1,390,000 = 834,000', 0.6, 1_390_000, 840_000],
    // Issue 12, with the presets' base salary.
    ['Giấy khen 0.3 × 1,490,000 = 447,000 → 450,000', 0.3, 1_490_000, 450_000],
    ['commune Giấy khen 0.15 × 1,490,000 = 223,500 → 230,000 (not 224,000)', 0.15, 1_490_000, 230_000],
    ['Bằng khen 1.0 × 1,490,000: already on the step, stays', 1, 1_490_000, 1_490_000],
    ['collective Bằng khen 2.0 × 1,490,000: already on the step, stays', 2, 1_490_000, 2_980_000],
    ['Lao động tiên tiến 0.3 × 2,340,000 = 702,000', 0.3, 2_340_000, 710_000],
    ['Bằng khen 1.5 × 2,340,000 = 3,510,000: on the step', 1.5, 2_340_000, 3_510_000],
    // Binary noise: 0.55 × 1,800,000 is 990,000.0000000001 in floating point.
    ['0.55 × 1,800,000 = 990,000 exactly, not 1,000,000', 0.55, 1_800_000, 990_000],
    ['1.15 × 1,800,000 = 2,070,000 exactly (2,069,999.9999999998 in binary)', 1.15, 1_800_000, 2_070_000],
    ['a coefficient of 0 gives 0', 0, 1_490_000, 0],
  ] as const)('%s', (_what, coefficient, base, expected) => {
    expect(rewardVnd(coefficient, { ...DECREE, baseSalaryVnd: base })).toBe(expected);
  });
});

describe('roundVnd', () => {
  it.each([
    // [amount, step, direction, expected]
    [447_000, 10_000, 'up', 450_000],
    [447_000, 10_000, 'nearest', 450_000],
    [447_000, 10_000, 'down', 440_000],
    [443_000, 10_000, 'nearest', 440_000],
    [445_000, 10_000, 'nearest', 450_000], // a half goes up
    [223_500, 1_000, 'nearest', 224_000], // the old arithmetic's result
    [223_500, 1_000, 'up', 224_000],
    [223_500, 1_000, 'down', 223_000],
    [440_000, 10_000, 'up', 440_000],
    [440_000, 10_000, 'down', 440_000],
    [440_000.4, 10_000, 'up', 450_000], // a fraction of a đồng over the step is over it
    [440_000.004, 10_000, 'up', 440_000], // below a hundredth of a đồng is noise
    [104_300.00000000001, 1_000, 'up', 105_000],
    [0, 10_000, 'up', 0],
    [1, 1, 'up', 1],
  ] as const)('%d to %d, %s → %d', (amount, step, direction, expected) => {
    expect(roundVnd(amount, step, direction)).toBe(expected);
  });

  it('rejects a step that is not a whole number of đồng above 0, and a negative amount', () => {
    expect(() => roundVnd(1000, 0, 'up')).toThrow(RangeError);
    expect(() => roundVnd(1000, 2.5, 'up')).toThrow(RangeError);
    expect(() => roundVnd(-1, 1000, 'up')).toThrow(RangeError);
    expect(() => roundVnd(Number.NaN, 1000, 'up')).toThrow(RangeError);
  });
});

describe('the money fields of a plan', () => {
  it('every preset rounds up to the next 10,000 đồng, saying so explicitly', () => {
    for (const p of PRESETS) expect(p.money).toMatchObject({ roundToVnd: 10_000, roundDirection: 'up' });
  });

  it("a preset's Giấy khen of a department head at 0.3 gives 450,000 and a commune chairman's at 0.15 gives 230,000", () => {
    const a = getPreset('thai-binh-32-2021')!;
    const forms = a.awardForms!.filter((f) => f.name.startsWith('Giấy khen'));
    const amounts = forms.map((f) => [f.coefficient!.individual, rewardVnd(f.coefficient!.individual, a.money!)]);
    expect(amounts).toEqual([
      [0.3, 450_000],
      [0.15, 230_000],
    ]);
  });

  it('a plan without the rounding fields gets the decree rule', () => {
    expect(moneySchema.parse({ baseSalaryVnd: 2_340_000 })).toEqual({
      baseSalaryVnd: 2_340_000,
      roundToVnd: 10_000,
      roundDirection: 'up',
    });
  });

  it('an old plan with only roundToVnd still loads: its step, rounded up', () => {
    const m = moneySchema.parse({ baseSalaryVnd: 1_490_000, decree: '91/2017/NĐ-CP', roundToVnd: 1000 });
    expect(m).toEqual({ baseSalaryVnd: 1_490_000, decree: '91/2017/NĐ-CP', roundToVnd: 1000, roundDirection: 'up' });
    expect(rewardVnd(0.3, m)).toBe(447_000);
    expect(rewardVnd(0.07, m)).toBe(105_000);
  });

  it('a plan may choose another step and direction', () => {
    const m = moneySchema.parse({ baseSalaryVnd: 1_490_000, roundToVnd: 1000, roundDirection: 'nearest' });
    expect(rewardVnd(0.07, m)).toBe(104_000);
    expect(rewardVnd(0.3, { ...m, roundToVnd: 50_000, roundDirection: 'down' })).toBe(400_000);
  });

  it('rejects an unknown direction and a step that is not a positive whole number', () => {
    expect(moneySchema.safeParse({ baseSalaryVnd: 1, roundDirection: 'ceil' }).success).toBe(false);
    expect(moneySchema.safeParse({ baseSalaryVnd: 1, roundToVnd: 0 }).success).toBe(false);
    expect(moneySchema.safeParse({ baseSalaryVnd: 1, roundToVnd: 0.5 }).success).toBe(false);
  });

  it('is the same schema the plan uses', () => {
    const r = planSchema.shape.money.safeParse({ baseSalaryVnd: 1, roundDirection: 'down' });
    expect(r.success && r.data?.roundDirection).toBe('down');
  });
});
