import { describe, expect, it } from 'vitest';
import { getPreset, PRESETS } from '../../src/engine/plan/presets';
import { formDeadline, formToPlan, parseDateInput, parsePercentInput, planToForm, schemaPathToField } from '../../src/taskpane/plan-form';
import { planSchema } from '../../src/engine/plan/schema';
import { strings } from '../../src/taskpane/strings';

const vi = strings('vi');
const TB = 'thai-binh-32-2021';

describe('plan form', () => {
  it.each(PRESETS.map((p) => p.id))('gives back preset %s unchanged when nothing is edited', (id) => {
    const plan = getPreset(id)!;
    for (const lang of ['vi', 'en'] as const) {
      const r = formToPlan(planToForm(plan, lang), plan, strings(lang));
      expect(r.errors).toEqual({});
      expect(r.plan).toEqual(plan);
    }
  });

  it('reads percentages as offices type them', () => {
    expect(parsePercentInput('98')).toBe(0.98);
    expect(parsePercentInput('98,5')).toBe(0.985);
    expect(parsePercentInput('98.5 %')).toBe(0.985);
    expect(parsePercentInput('')).toBeNull();
    expect(parsePercentInput('101')).toBeUndefined();
    expect(parsePercentInput('abc')).toBeUndefined();
  });

  it('reads dates day first, or ISO', () => {
    expect(parseDateInput('25/06/2021')).toBe('2021-06-25');
    expect(parseDateInput('2021-06-25')).toBe('2021-06-25');
    expect(parseDateInput('31/02/2021')).toBeUndefined();
    expect(parseDateInput(' ')).toBeNull();
  });

  it('edits thresholds, quotas, forms, dossier, days off and salary', () => {
    const base = getPreset(TB)!;
    const form = planToForm(base, 'vi');
    form.min = '97,5';
    form.minByCategory.commune = { value: '99', none: false };
    form.minByCategory.village = { value: '', none: true };
    form.quotas[1]!.collective = '7';
    form.awards.push({ key: 'new', name: 'Giấy khen của Giám đốc Sở', inQuota: false });
    form.conferenceDate = '25/06/2021';
    form.extraDaysOff = '11/06/2021';
    form.baseSalary = '1.800.000';
    const { plan, errors } = formToPlan(form, base, vi);
    expect(errors).toEqual({});
    expect(plan!.turnout.min).toBe(0.975);
    expect(plan!.turnout.minByCategory?.commune).toBe(0.99);
    expect(plan!.turnout.minByCategory?.village).toBeNull();
    expect(plan!.quotas!.limits[1]).toMatchObject({ category: 'district', collective: 7, individual: 8 });
    expect(plan!.awardForms!.at(-1)).toMatchObject({ id: 'giay-khen-cua-giam-doc-so', name: 'Giấy khen của Giám đốc Sở', inQuota: false });
    expect(plan!.dossier).toEqual({ workingDaysBeforeConference: 10, conferenceDate: '2021-06-25', submission: base.dossier!.submission });
    expect(plan!.extraDaysOff).toEqual(['2021-06-11']);
    expect(plan!.money!.baseSalaryVnd).toBe(1800000);
    // The existing forms keep their aliases and coefficients.
    expect(plan!.awardForms![0]).toEqual(base.awardForms![0]);
  });

  it('puts a message beside each field that is not valid', () => {
    const base = getPreset(TB)!;
    const form = planToForm(base, 'vi');
    form.min = 'chín mươi';
    form.target = '90';
    form.id = 'Kế hoạch';
    form.electionDate = '30/02/2021';
    form.quotas[0]!.combined = '-1';
    form.quotas[1]!.collective = '';
    form.quotas[1]!.individual = '';
    form.quotas[2]!.category = 'district';
    form.awards[0]!.name = '';
    form.holidays = '01/01/2021\n32/13/2021';
    form.baseSalary = '0';
    const { plan, errors } = formToPlan(form, base, vi);
    expect(plan).toBeNull();
    expect(errors).toMatchObject({
      min: vi.validation.percent,
      id: vi.validation.id,
      electionDate: vi.validation.date,
      'quotas.0.combined': vi.validation.count,
      'quotas.1.collective': vi.validation.quotaEmpty,
      'quotas.2.category': vi.validation.quotaDuplicate,
      'awards.0.name': vi.validation.required,
      holidays: vi.validation.dateLine(2, '32/13/2021'),
      baseSalary: vi.validation.positiveInt,
    });
  });

  it('a target below the minimum is refused', () => {
    const base = getPreset('hung-yen-cdn-gd-2021')!;
    const form = planToForm(base, 'vi');
    form.target = '90';
    expect(formToPlan(form, base, vi).errors.target).toBe(vi.validation.targetBelowMin);
  });

  it('computes the dossier deadline in working days (PLANS.md example)', () => {
    const base = getPreset(TB)!;
    const form = planToForm(base, 'vi');
    form.conferenceDate = '10/09/2021';
    expect(formDeadline(form, base)).toBe('2021-08-25');
    form.conferenceDate = '';
    expect(formDeadline(form, base)).toBeUndefined();
  });

  it('maps schema paths to the fields that show them', () => {
    expect(schemaPathToField(['turnout', 'minByCategory', 'district'])).toBe('minByCategory.district');
    expect(schemaPathToField(['quotas', 'limits', '2', 'individual'])).toBe('quotas.2.individual');
    expect(schemaPathToField(['awardForms', '1', 'name'])).toBe('awards.1.name');
    expect(schemaPathToField(['money', 'roundToVnd'])).toBe('roundTo');
  });
});

// --- Tờ trình (issue 13) ---------------------------------------------------------------------
describe('plan form: the Tờ trình', () => {
  it('shows the plan’s texts, lists one per line', () => {
    const f = planToForm(getPreset(TB)!, 'vi').submission;
    expect(f.addressees).toBe('Chủ tịch Ủy ban nhân dân tỉnh Thái Bình');
    expect(f.bases.split('\n')).toHaveLength(3);
    expect(f.bases.split('\n')[0]).toMatch(/^Kế hoạch số 32\/KH-UBND/);
    expect(f).toMatchObject({
      receiver: 'Văn phòng Ủy ban bầu cử tỉnh (Sở Nội vụ)',
      place: 'Thái Bình',
      signerMode: 'TM',
      signerOn: 'Ủy ban nhân dân',
      signerTitle: 'Chủ tịch',
      parentBody: '',
    });
  });

  it('saves edits; blank lines and doubled spaces go; the plan’s notes stay; the deadline is untouched', () => {
    const base = getPreset(TB)!;
    const form = planToForm(base, 'vi');
    form.submission.addressees = 'Chủ tịch Ủy ban nhân dân tỉnh Thái Bình\n\n  Ủy ban bầu cử  tỉnh Thái Bình ';
    form.submission.bases = 'Căn cứ Kế hoạch số 32/KH-UBND;\n';
    form.submission.signerMode = 'KT';
    form.submission.signerOn = 'Chủ tịch';
    form.submission.signerTitle = 'Phó Chủ tịch';
    form.submission.parentBody = 'Ủy ban nhân dân tỉnh Thái Bình';
    const { plan, errors } = formToPlan(form, base, vi);
    expect(errors).toEqual({});
    const t = plan!.dossier!.submission!;
    expect(t.addressees).toEqual(['Chủ tịch Ủy ban nhân dân tỉnh Thái Bình', 'Ủy ban bầu cử tỉnh Thái Bình']);
    expect(t.bases).toEqual(['Căn cứ Kế hoạch số 32/KH-UBND;']);
    expect(t.signer).toEqual({ mode: 'KT', on: 'Chủ tịch', title: 'Phó Chủ tịch' });
    expect(t.parentBody).toBe('Ủy ban nhân dân tỉnh Thái Bình');
    expect(t.notes).toEqual(base.dossier!.submission!.notes);
    expect(plan!.dossier!.workingDaysBeforeConference).toBe(10);
  });

  it('emptying every field removes the Tờ trình, and the dossier when no deadline is left either', () => {
    const empty = (id: string) => {
      const base = getPreset(id)!;
      const form = planToForm(base, 'vi');
      for (const k of Object.keys(form.submission) as (keyof typeof form.submission)[]) if (k !== 'signerMode') form.submission[k] = '';
      return formToPlan(form, base, vi).plan!;
    };
    expect(empty(TB).dossier).toEqual({ workingDaysBeforeConference: 10 });
    expect(empty('vinh-phuc-quy-dtpt-2021').dossier).toBeUndefined();
  });

  it('a plan with no dossier at all gets one holding just the Tờ trình, valid for the schema', () => {
    const base = getPreset('vinh-phuc-quy-dtpt-2021')!;
    delete base.dossier;
    const form = planToForm(base, 'vi');
    expect(form.deadlineDays).toBe('');
    form.submission.receiver = 'Ban Giám đốc Quỹ';
    const { plan, errors } = formToPlan(form, base, vi);
    expect(errors).toEqual({});
    expect(plan!.dossier).toEqual({ submission: { receiver: 'Ban Giám đốc Quỹ' } });
    expect(planSchema.safeParse(plan).success).toBe(true);
  });

  it('maps schema paths inside the Tờ trình to its fields', () => {
    expect(schemaPathToField(['dossier', 'submission', 'receiver'])).toBe('submission.receiver');
    expect(schemaPathToField(['dossier', 'submission', 'signer', 'on'])).toBe('submission.signerOn');
    expect(schemaPathToField(['dossier', 'submission', 'signer', 'mode'])).toBe('submission.signerTitle');
    expect(schemaPathToField(['dossier', 'conferenceDate'])).toBe('conferenceDate');
  });
});
// --- end Tờ trình ------------------------------------------------------------------------------
