/**
 * The last check's findings in another language, without reading Excel again: the engine
 * runs once more on the model that check read, with the same plan, date, unit, mapping and
 * waivers (and the same `checkedAt`), so only the wording changes.
 */
import { check } from '../engine/check';
import type { Lang } from '../engine/findings';
import type { CheckOutcome } from './services';
import type { CheckedWith } from './state';

/** The outcome worded in `lang`, or null when the outcome does not carry its model. */
export function relabel(outcome: CheckOutcome, checkedWith: CheckedWith, lang: Lang): CheckOutcome | null {
  if (!outcome.model) return null;
  const result = check({
    model: outcome.model,
    plan: checkedWith.plan,
    lang,
    ...(outcome.unit ? { unit: outcome.unit } : {}),
    ...(outcome.conferenceDate ? { conferenceDate: outcome.conferenceDate } : {}),
    ...(checkedWith.mapping ? { mapping: checkedWith.mapping } : {}),
    waivers: checkedWith.waivers,
    now: () => new Date(outcome.result.checkedAt),
  });
  return { ...outcome, result };
}
