/** The rule catalogue of PLANS.md, one file per rule. */
import type { Rule } from './types';
import { turnoutBelowMin } from './turnout-below-min';
import { turnoutBelowTarget } from './turnout-below-target';
import { turnoutDataInvalid } from './turnout-data-invalid';
import { turnoutRateMismatch } from './turnout-rate-mismatch';
import { criterionNotMet } from './criterion-not-met';
import { reelectionHeld } from './reelection-held';
import { finishedLate } from './finished-late';
import { nomineeNotEligible } from './nominee-not-eligible';
import { quotaExceeded } from './quota-exceeded';
import { duplicateNominee } from './duplicate-nominee';
import { possibleDuplicate } from './possible-duplicate';
import { awardFormNotAllowed } from './award-form-not-allowed';
import { missingField } from './missing-field';
import { dossierLate } from './dossier-late';
import { memberVoteUnreadable } from './member-vote-unreadable';
import { unitCategoryUnknown } from './unit-category-unknown';

export type { Rule };
export const RULES: Rule[] = [
  turnoutBelowMin,
  turnoutBelowTarget,
  turnoutDataInvalid,
  turnoutRateMismatch,
  criterionNotMet,
  reelectionHeld,
  finishedLate,
  nomineeNotEligible,
  quotaExceeded,
  duplicateNominee,
  possibleDuplicate,
  awardFormNotAllowed,
  missingField,
  dossierLate,
  memberVoteUnreadable,
  unitCategoryUnknown,
];
