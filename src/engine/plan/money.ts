/**
 * Reward money (tiền thưởng) for the summary's estimate: coefficient × base salary, rounded
 * per award to the plan's step in the plan's direction (presets: up to the next 10,000 đồng,
 * Decree 91/2017/NĐ-CP Art. 68(2), kept in 98/2023/NĐ-CP Art. 53(2); see money.md).
 */
import type { Money, RoundDirection } from './schema';

/**
 * `amount` đồng rounded to a multiple of `step` đồng. The amount is first taken to the
 * hundredth of a đồng, so floating-point noise (0.55 × 1,800,000 = 990,000.0000000001) never
 * pushes an amount already on the step to the next one, or below it.
 */
export function roundVnd(amount: number, step: number, direction: RoundDirection): number {
  if (!Number.isFinite(amount) || amount < 0) throw new RangeError(`Not an amount of money: ${amount}`);
  if (!Number.isInteger(step) || step <= 0) throw new RangeError(`The rounding step must be a whole number of đồng > 0: ${step}`);
  const hundredths = Math.round(amount * 100);
  const steps = hundredths / (step * 100);
  const n = direction === 'up' ? Math.ceil(steps) : direction === 'down' ? Math.floor(steps) : Math.round(steps);
  return n * step;
}

/** One award's amount: `coefficient` × the plan's base salary, rounded as the plan says. */
export function rewardVnd(coefficient: number, money: Pick<Money, 'baseSalaryVnd' | 'roundToVnd' | 'roundDirection'>): number {
  return roundVnd(coefficient * money.baseSalaryVnd, money.roundToVnd, money.roundDirection);
}
