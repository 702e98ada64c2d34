/**
 * The plan's parameters as a form: thresholds and targets, quotas per unit category,
 * allowed award forms, conference date and deadline offset, days off, base salary. Each
 * field shows its own validation message; Save applies the plan and stores it in the workbook.
 */
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import {
  Button,
  Caption1,
  Caption1Strong,
  Checkbox,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Select,
  Subtitle2,
  Switch,
  Textarea,
  tokens,
} from '@fluentui/react-components';
import { ROUND_DIRECTIONS, UNIT_CATEGORIES, type Plan, type RoundDirection, type UnitCategory } from '../../engine/plan/schema';
import { isoToDmy } from '../../engine/normalize/date';
import { useStrings } from '../i18n';
import { defaultRoundToText, formDeadline, formToPlan, newKey, planToForm, type PlanForm, type SubmissionForm } from '../plan-form';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  section: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    paddingTop: tokens.spacingVerticalS,
  },
  row: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(130px, 1fr))',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalS,
    alignItems: 'start',
  },
  narrow: { minWidth: 0 },
  grow: { minWidth: 0 },
  input: { width: '100%', minWidth: 0, boxSizing: 'border-box' },
  item: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingVerticalS,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  category: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) auto',
    columnGap: tokens.spacingHorizontalS,
    alignItems: 'end',
  },
  actionsRow: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'wrap' },
  actions: {
    display: 'flex',
    gap: tokens.spacingHorizontalS,
    position: 'sticky',
    bottom: 0,
    backgroundColor: tokens.colorNeutralBackground1,
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
  },
  hint: { color: tokens.colorNeutralForeground3 },
});

export interface PlanEditorProps {
  plan: Plan;
  disabled?: boolean;
  onSave(plan: Plan): void;
  /**
   * The summary conference's date given per check (`YYYY-MM-DD`, null: none yet). When set
   * (even to null) the date is not edited here, and the deadline shown is counted from it.
   */
  conferenceDate?: string | null;
  /** Told when the form starts or stops holding changes not saved yet. */
  onDirtyChange?(dirty: boolean): void;
}

export function PlanEditor({ plan, disabled, onSave, conferenceDate, onDirtyChange }: PlanEditorProps) {
  const { s, lang } = useStrings();
  const e = s.editor;
  const styles = useStyles();
  const initial = useMemo(() => planToForm(plan, lang), [plan, lang]);
  const [form, setForm] = useState<PlanForm>(initial);
  const [base, setBase] = useState(initial);
  // A new plan (or language) from outside resets the form.
  if (base !== initial) {
    setBase(initial);
    setForm(initial);
  }
  const { plan: built, errors } = useMemo(() => formToPlan(form, plan, s), [form, plan, s]);
  const dirty = JSON.stringify(form) !== JSON.stringify(initial);
  const nErrors = Object.keys(errors).length;
  const perCheck = conferenceDate !== undefined;
  const deadline = formDeadline(
    perCheck ? { ...form, conferenceDate: conferenceDate ? isoToDmy(conferenceDate) : form.conferenceDate } : form,
    plan,
  );
  useEffect(() => onDirtyChange?.(dirty), [dirty, onDirtyChange]);

  const set = <K extends keyof PlanForm>(k: K, v: PlanForm[K]) => setForm((f) => ({ ...f, [k]: v }));
  const err = (k: string) => (errors[k] ? { validationMessage: errors[k], validationState: 'error' as const } : {});
  const text = (
    k: keyof PlanForm & string,
    label: string,
    opts: { hint?: string; className?: string; required?: boolean; inputMode?: 'decimal' | 'numeric' } = {},
  ) => (
    <Field label={label} hint={opts.hint} required={opts.required} className={opts.className} {...err(k)}>
      <Input
        className={styles.input}
        value={form[k] as string}
        inputMode={opts.inputMode}
        disabled={disabled}
        onChange={(_, d) => set(k, d.value as PlanForm[typeof k])}
      />
    </Field>
  );
  const section = (id: string, title: string, children: ReactNode) => (
    <section className={styles.section} aria-labelledby={`plan-sec-${id}`}>
      <Subtitle2 as="h3" id={`plan-sec-${id}`}>
        {title}
      </Subtitle2>
      {children}
    </section>
  );
  // Tờ trình (issue 13): its fields live in `form.submission`.
  const d = s.dossierEditor;
  const setSub = <K extends keyof SubmissionForm>(k: K, v: SubmissionForm[K]) =>
    setForm((f) => ({ ...f, submission: { ...f.submission, [k]: v } }));
  const subText = (
    k: Exclude<keyof SubmissionForm, 'signerMode'>,
    label: string,
    opts: { hint?: string; className?: string; rows?: number } = {},
  ) => (
    <Field label={label} hint={opts.hint} className={opts.className} {...err(`submission.${k}`)}>
      {opts.rows ? (
        <Textarea
          value={form.submission[k]}
          rows={opts.rows}
          disabled={disabled}
          resize="vertical"
          onChange={(_, v) => setSub(k, v.value)}
        />
      ) : (
        <Input className={styles.input} value={form.submission[k]} disabled={disabled} onChange={(_, v) => setSub(k, v.value)} />
      )}
    </Field>
  );
  const cat = (c: UnitCategory) => s.categories[c];
  const usedCategories = new Set(form.quotas.map((q) => q.category));

  return (
    <form
      className={styles.root}
      aria-labelledby="editor-heading"
      noValidate
      onSubmit={(ev) => {
        ev.preventDefault();
        if (built && dirty) onSave(built);
      }}
    >
      <Subtitle2 as="h2" id="editor-heading">
        {e.heading}
      </Subtitle2>
      <Caption1 className={styles.hint}>{e.intro}</Caption1>

      {section(
        'general',
        e.sections.general,
        <>
          {text('name', e.name, { required: true })}
          <div className={styles.row}>
            {text('id', e.id, { hint: e.idHint, className: styles.grow, required: true })}
            {text('electionDate', e.electionDate, { hint: e.dateHint, className: styles.narrow, required: true })}
          </div>
        </>,
      )}

      {section(
        'turnout',
        e.sections.turnout,
        <>
          <div className={styles.row}>
            {text('min', e.min, { hint: e.minHint, className: styles.narrow, inputMode: 'decimal' })}
            {text('target', e.target, { hint: e.targetHint, className: styles.narrow, inputMode: 'decimal' })}
          </div>
          <div role="group" aria-labelledby="plan-mbc" className={styles.item}>
            <Caption1Strong id="plan-mbc">{e.minByCategory}</Caption1Strong>
            {UNIT_CATEGORIES.map((c) => {
              const m = form.minByCategory[c];
              return (
                <div key={c} className={styles.category}>
                  <Field label={cat(c)} className={styles.grow} {...err(`minByCategory.${c}`)}>
                    <Input
                      className={styles.input}
                      value={m.value}
                      placeholder={e.minByCategoryHint}
                      disabled={disabled || m.none}
                      inputMode="decimal"
                      onChange={(_, d) => set('minByCategory', { ...form.minByCategory, [c]: { ...m, value: d.value } })}
                    />
                  </Field>
                  <Checkbox
                    label={e.noMinimum}
                    aria-label={`${e.noMinimum}: ${cat(c)}`}
                    checked={m.none}
                    disabled={disabled}
                    onChange={(_, d) => set('minByCategory', { ...form.minByCategory, [c]: { ...m, none: d.checked === true } })}
                  />
                </div>
              );
            })}
          </div>
          <div className={styles.row}>
            {text('tolerance', e.tolerance, { className: styles.grow, inputMode: 'decimal' })}
            {text('scheduledCompletion', e.scheduledCompletion, { hint: e.dateHint, className: styles.narrow })}
          </div>
        </>,
      )}

      {section(
        'quotas',
        e.sections.quotas,
        <>
          <Switch label={e.quotasOn} checked={form.quotasOn} disabled={disabled} onChange={(_, d) => set('quotasOn', d.checked)} />
          {form.quotasOn && (
            <>
              {form.quotas.length === 0 && <Caption1>{e.quotaEmpty}</Caption1>}
              {form.quotas.map((q, i) => {
                const update = (patch: Partial<typeof q>) =>
                  set(
                    'quotas',
                    form.quotas.map((x) => (x.key === q.key ? { ...x, ...patch } : x)),
                  );
                const num = (k: 'collective' | 'individual' | 'combined', label: string, hint?: string) => (
                  <Field label={label} hint={hint} className={styles.narrow} {...err(`quotas.${i}.${k}`)}>
                    <Input
                      className={styles.input}
                      value={q[k]}
                      inputMode="numeric"
                      disabled={disabled}
                      onChange={(_, d) => update({ [k]: d.value })}
                    />
                  </Field>
                );
                return (
                  <div key={q.key} role="group" aria-label={e.quotaRow(cat(q.category))} className={styles.item}>
                    <Field label={e.quotaCategory} {...err(`quotas.${i}.category`)}>
                      <Select
                        className={styles.input}
                        value={q.category}
                        disabled={disabled}
                        onChange={(_, d) => update({ category: d.value as UnitCategory })}
                      >
                        {UNIT_CATEGORIES.map((c) => (
                          <option key={c} value={c}>
                            {cat(c)}
                          </option>
                        ))}
                      </Select>
                    </Field>
                    <div className={styles.row}>
                      {num('collective', e.quotaCollective)}
                      {num('individual', e.quotaIndividual)}
                      {num('combined', e.quotaCombined, e.quotaCombinedHint)}
                    </div>
                    <div>
                      <Button
                        size="small"
                        disabled={disabled}
                        onClick={() =>
                          set(
                            'quotas',
                            form.quotas.filter((x) => x.key !== q.key),
                          )
                        }
                      >
                        {e.removeQuota(cat(q.category))}
                      </Button>
                    </div>
                  </div>
                );
              })}
              <div>
                <Button
                  disabled={disabled}
                  onClick={() =>
                    set('quotas', [
                      ...form.quotas,
                      {
                        key: newKey('q'),
                        category: UNIT_CATEGORIES.find((c) => !usedCategories.has(c)) ?? 'provincial',
                        collective: '',
                        individual: '',
                        combined: '',
                      },
                    ])
                  }
                >
                  {e.addQuota}
                </Button>
              </div>
            </>
          )}
        </>,
      )}

      {section(
        'awards',
        e.sections.awards,
        <>
          <Switch label={e.awardsOn} checked={form.awardsOn} disabled={disabled} onChange={(_, d) => set('awardsOn', d.checked)} />
          {!form.awardsOn && <Caption1>{e.awardsAny}</Caption1>}
          {form.awardsOn && (
            <>
              {form.awards.map((a, i) => {
                const update = (patch: Partial<typeof a>) =>
                  set(
                    'awards',
                    form.awards.map((x) => (x.key === a.key ? { ...x, ...patch } : x)),
                  );
                return (
                  <div key={a.key} role="group" aria-label={a.name || e.awardName} className={styles.item}>
                    <Field label={e.awardName} {...err(`awards.${i}.name`)}>
                      <Input className={styles.input} value={a.name} disabled={disabled} onChange={(_, d) => update({ name: d.value })} />
                    </Field>
                    <div className={styles.actionsRow}>
                      <Checkbox
                        label={e.awardInQuota}
                        checked={a.inQuota}
                        disabled={disabled}
                        onChange={(_, d) => update({ inQuota: d.checked === true })}
                      />
                      <Button
                        size="small"
                        disabled={disabled}
                        onClick={() =>
                          set(
                            'awards',
                            form.awards.filter((x) => x.key !== a.key),
                          )
                        }
                      >
                        {e.removeAward(a.name)}
                      </Button>
                    </div>
                  </div>
                );
              })}
              <div>
                <Button disabled={disabled} onClick={() => set('awards', [...form.awards, { key: newKey('a'), name: '', inQuota: true }])}>
                  {e.addAward}
                </Button>
              </div>
            </>
          )}
        </>,
      )}

      {section(
        'dossier',
        e.sections.dossier,
        <>
          <div className={styles.row}>
            {!perCheck && text('conferenceDate', e.conferenceDate, { hint: e.conferenceHint, className: styles.grow })}
            {text('deadlineDays', e.deadlineDays, { className: styles.grow, inputMode: 'numeric' })}
          </div>
          <Caption1 aria-live="polite" data-testid="deadline">
            {deadline ? e.deadlineIs(isoToDmy(deadline)) : perCheck ? e.deadlineElsewhere : e.deadlineUnknown}
          </Caption1>
        </>,
      )}

      {section(
        'submission',
        d.section,
        <>
          <Caption1 className={styles.hint}>{d.intro}</Caption1>
          {subText('parentBody', d.parentBody, { hint: d.parentBodyHint })}
          {subText('subject', d.subject, { rows: 2 })}
          {subText('addressees', d.addressees, { hint: d.linesHint, rows: 2 })}
          {subText('bases', d.bases, { hint: d.basesHint, rows: 4 })}
          <div className={styles.row}>
            {subText('receiver', d.receiver, { className: styles.grow })}
            {subText('place', d.place, { hint: d.placeHint, className: styles.grow })}
          </div>
          {subText('deadline', d.deadline, { hint: d.deadlineHint })}
          <Field label={d.signerMode}>
            <Select
              className={styles.input}
              value={form.submission.signerMode}
              disabled={disabled}
              onChange={(_, v) => setSub('signerMode', v.value as SubmissionForm['signerMode'])}
            >
              {(['TM', 'KT', 'direct'] as const).map((mode) => (
                <option key={mode} value={mode}>
                  {d.signerModes[mode]}
                </option>
              ))}
            </Select>
          </Field>
          <div className={styles.row}>
            {form.submission.signerMode !== 'direct' && subText('signerOn', d.signerOn, { hint: d.signerOnHint, className: styles.grow })}
            {subText('signerTitle', d.signerTitle, { className: styles.grow })}
          </div>
        </>,
      )}

      {section(
        'holidays',
        e.sections.holidays,
        <>
          <Field label={e.holidays} hint={e.datesHint} {...err('holidays')}>
            <Textarea value={form.holidays} rows={5} disabled={disabled} resize="vertical" onChange={(_, d) => set('holidays', d.value)} />
          </Field>
          <Field label={e.extraDaysOff} hint={e.datesHint} {...err('extraDaysOff')}>
            <Textarea
              value={form.extraDaysOff}
              rows={2}
              disabled={disabled}
              resize="vertical"
              onChange={(_, d) => set('extraDaysOff', d.value)}
            />
          </Field>
        </>,
      )}

      {section(
        'money',
        e.sections.money,
        <>
          <div className={styles.row}>
            {text('baseSalary', e.baseSalary, { className: styles.grow, inputMode: 'numeric' })}
            {text('roundTo', e.roundTo, { className: styles.grow, inputMode: 'numeric', hint: e.roundToHint(defaultRoundToText(lang)) })}
            <Field label={e.roundDirection} className={styles.grow} {...err('roundDirection')}>
              <Select
                className={styles.input}
                value={form.roundDirection}
                disabled={disabled}
                onChange={(_, d) => set('roundDirection', d.value as RoundDirection)}
              >
                {ROUND_DIRECTIONS.map((r) => (
                  <option key={r} value={r}>
                    {e.roundDirections[r]}
                  </option>
                ))}
              </Select>
            </Field>
          </div>
          <Caption1 className={styles.hint}>{e.roundHint}</Caption1>
          {text('decree', e.decree)}
        </>,
      )}

      {dirty && (
        <MessageBar intent={nErrors ? 'error' : 'warning'}>
          <MessageBarBody>{nErrors ? e.invalid(nErrors) : e.dirty}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" disabled={disabled || !dirty || !built}>
          {e.save}
        </Button>
        <Button disabled={disabled || !dirty} onClick={() => setForm(initial)}>
          {e.revert}
        </Button>
      </div>
    </form>
  );
}
