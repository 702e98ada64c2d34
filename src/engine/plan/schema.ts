/**
 * A plan (kế hoạch thi đua) as data. Every number a rule uses comes from here: presets
 * are JSON files validated by this schema, and a user's own plan file goes through the
 * same schema, so a 2026 plan needs no code change.
 */
import { z } from 'zod';

// Zod 4 compiles object parsers into generated code (the Function constructor) unless told
// not to; thidua evaluates no code (the add-in may run under a strict CSP). Set here, before
// any parse: the presets are parsed as soon as this module is loaded, and zod decides once.
z.config({ jitless: true });

/** Unit categories the engine knows. `election_office` is plan A's Văn phòng UBBC tỉnh. */
export const UNIT_CATEGORIES = ['provincial', 'district', 'commune', 'village', 'base_union', 'election_office'] as const;
export type UnitCategory = (typeof UNIT_CATEGORIES)[number];
export type UnitCategoryOrUnknown = UnitCategory | 'unknown';

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'phải là ngày dạng YYYY-MM-DD / must be a YYYY-MM-DD date')
  // Round-trip check: Date.parse rolls 2021-02-30 over to 2021-03-02 instead of failing.
  .refine((s) => {
    const t = Date.parse(`${s}T00:00:00Z`);
    return !Number.isNaN(t) && new Date(t).toISOString().slice(0, 10) === s;
  }, 'không phải ngày có thật / not a real date');

const fraction = z.number().min(0).max(1);
const text = z.object({ vi: z.string().min(1), en: z.string().optional() });

const category = z.enum(UNIT_CATEGORIES);

/**
 * A standard a nominee must meet. `source` says where the engine finds whether it holds:
 * `sheet` is a column of the criteria sheet (or of the nominee list); the others are derived
 * from the turnout sheet or the member list and are not expected in the criteria sheet.
 */
export const criterionSchema = z.object({
  code: z.string().min(1),
  label: text,
  /** Other headings offices use for this column (matched without diacritics or case). */
  aliases: z.array(z.string()).default([]),
  source: z.enum(['sheet', 'turnout', 'reelection', 'completion']).default('sheet'),
  /** Categories this standard applies to; absent = every nominee of this kind. */
  categories: z.array(category).optional(),
});
export type Criterion = z.infer<typeof criterionSchema>;

export const quotaSchema = z.object({
  /** The proposing unit's category this quota applies to. */
  category,
  collective: z.number().int().min(0).optional(),
  individual: z.number().int().min(0).optional(),
  /** A single limit for collectives and individuals together. */
  combined: z.number().int().min(0).optional(),
  /**
   * Individuals this unit proposes must not already be proposed by units of these
   * categories (plan A: the election office vs departments and districts).
   */
  individualsExclusiveOf: z.array(category).optional(),
});
export type Quota = z.infer<typeof quotaSchema>;

export const awardFormSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  /** Spellings offices use: abbreviations, without diacritics, older names. */
  aliases: z.array(z.string()).default([]),
  /** Whether nominations of this form count toward the plan's quotas. */
  inQuota: z.boolean().default(true),
  /** Reward coefficients × base salary; absent = no estimate (e.g. a union's own rules). */
  coefficient: z.object({ collective: z.number().min(0), individual: z.number().min(0) }).optional(),
});
export type AwardForm = z.infer<typeof awardFormSchema>;

/** How an award's amount is rounded to the step: up, to the nearest (a half goes up), or down. */
export const ROUND_DIRECTIONS = ['up', 'nearest', 'down'] as const;
export type RoundDirection = (typeof ROUND_DIRECTIONS)[number];

/**
 * Reward money for the summary's estimate: amount = coefficient × base salary, rounded per
 * award. The defaults are the decree's rule (Decree 91/2017/NĐ-CP Art. 68(2), kept in
 * 98/2023/NĐ-CP Art. 53(2): "làm tròn số lên hàng chục nghìn đồng", up to the next 10,000
 * đồng; notes in money.md). A plan written before `roundDirection` existed, with
 * only `roundToVnd`, keeps its step and rounds up.
 */
export const moneySchema = z.object({
  baseSalaryVnd: z.number().int().positive(),
  decree: z.string().optional(),
  /** The step: each award's amount becomes a multiple of this many đồng. */
  roundToVnd: z.number().int().positive().default(10_000),
  /** Which way to the step. */
  roundDirection: z.enum(ROUND_DIRECTIONS).default('up'),
});
export type Money = z.infer<typeof moneySchema>;
// --- Tờ trình đề nghị khen thưởng (issue 13) -------------------------------------------
/**
 * What differs per plan in the Tờ trình a unit sends upward with its list (Nghị định
 * 30/2020/NĐ-CP form). The unit, place, date and number come from the check and the user.
 * Texts are written as they read in the document (normal case; thidua prints headings in capitals).
 */
export const submissionSchema = z.object({
  /** The governing body printed above the unit's own name (*cơ quan chủ quản*), if any. */
  parentBody: z.string().optional(),
  /** Địa danh used when the user gives none and the unit is not a district or commune. */
  place: z.string().optional(),
  /** The trích yếu under TỜ TRÌNH, e.g. "Về việc đề nghị tặng Bằng khen …". */
  subject: z.string().optional(),
  /** Kính gửi: one line per addressee. */
  addressees: z.array(z.string()).optional(),
  /** Căn cứ lines, the plan's own document first (without "Căn cứ" and the final ";"). */
  bases: z.array(z.string()).optional(),
  /** The body that receives the dossier (*gửi về …*). */
  receiver: z.string().optional(),
  /** When it must arrive, as the plan says it (*trước … ngày làm việc*). */
  deadline: z.string().optional(),
  /** Who signs: TM. (on behalf of a collective body), KT. (for the head) or the head directly. */
  signer: z
    .object({
      mode: z.enum(['TM', 'KT', 'direct']),
      /** TM.: the collective body (Ủy ban nhân dân, Ban Chấp hành); KT.: the head's title (Chủ tịch). */
      on: z.string().optional(),
      /** The signer's own title (Chủ tịch, Phó Chủ tịch, Giám đốc). */
      title: z.string().optional(),
    })
    .optional(),
  /** Where the defaults come from (official facts carry their source). */
  notes: z.array(z.string()).optional(),
});
export type Submission = z.infer<typeof submissionSchema>;
// --- end Tờ trình ---------------------------------------------------------------------------

export const planSchema = z.object({
  $schema: z.string().optional(),
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'chỉ gồm chữ thường không dấu, số và dấu gạch ngang'),
  name: text,
  source: text,
  /** Who runs it and at which level, for the summary's heading. */
  issuer: z.string().optional(),
  level: z.string().optional(),
  electionDate: isoDate,
  period: z.object({ from: isoDate.optional(), to: isoDate.optional() }).optional(),
  turnout: z.object({
    /** Minimum turnout (fraction); a unit below it is an error. */
    min: fraction.nullable(),
    /** Overrides of the minimum per category; a category listed with null has no minimum. */
    minByCategory: z.partialRecord(category, fraction.nullable()).optional(),
    /** Target (fraction); at or above the minimum but below it is a warning. */
    target: fraction.nullable(),
    /** Tolerance between a stated rate and voted/registered, in percentage points. */
    rateTolerancePoints: z.number().min(0).default(0.05),
    /** Scheduled completion date of the election, for FINISHED_LATE when a row has none. */
    scheduledCompletion: isoDate.optional(),
  }),
  criteria: z
    .object({
      collective: z.array(criterionSchema).default([]),
      individual: z.array(criterionSchema).default([]),
    })
    .default({ collective: [], individual: [] }),
  /** Null or absent: no numeric quotas. */
  quotas: z
    .object({
      /** Award form ids the quotas count; absent = every form with inQuota. */
      limits: z.array(quotaSchema),
    })
    .nullable()
    .default(null),
  /** Null: any award form is accepted. */
  awardForms: z.array(awardFormSchema).nullable(),
  dossier: z
    .object({
      /**
       * The dossier is due this many working days before the conference. Absent: no deadline
       * rule (a plan may still describe its Tờ trình in `submission`).
       */
      workingDaysBeforeConference: z.number().int().min(0).optional(),
      conferenceDate: isoDate.optional(),
      /** The Tờ trình thidua drafts (`--dossier`, *Soạn hồ sơ*); absent fields draft as visible placeholders. */
      submission: submissionSchema.optional(),
    })
    .optional(),
  money: moneySchema.optional(),
  /** Public holidays and compensatory days off (YYYY-MM-DD). */
  holidays: z.array(isoDate).default([]),
  /** Extra days off a user adds (YYYY-MM-DD). */
  extraDaysOff: z.array(isoDate).default([]),
  /**
   * Make-up working days (ngày làm bù): a Saturday or Sunday worked in exchange for a
   * weekday given off by a government swap (2026: Friday 02/01 off, Saturday 10/01 worked).
   * Optional so plans written before it stay valid.
   */
  makeUpWorkingDays: z.array(isoDate).optional(),
  /**
   * Years of the built-in Vietnamese public-holiday calendar (holidays-vn.json) that apply
   * in addition to `holidays`, e.g. [2026]; lets a hand-written plan reference them.
   */
  holidayYears: z.array(z.number().int()).optional(),
  /** Names of units that are the plan's election office, beyond the name pattern. */
  electionOfficeUnits: z.array(z.string()).default([]),
});

export type Plan = z.infer<typeof planSchema>;
export type PlanInput = z.input<typeof planSchema>;
