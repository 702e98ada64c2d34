/**
 * The main flow, top to bottom in a 320 px pane: the plan, the summary conference's date
 * (with the dossier deadline it gives), the unit, *Kiểm tra* with its progress and its
 * sentence, and the findings right under it.
 */
import { useState } from 'react';
import { Button, Caption1, Field, Input, makeStyles, MessageBar, MessageBarBody, tokens } from '@fluentui/react-components';
import type { Finding } from '../../engine/findings';
import { isoToDmy } from '../../engine/normalize/date';
import { listPresets, PRESETS } from '../../engine/plan/presets';
import { useStrings } from '../i18n';
import { conferenceInUse, staleReasons, waiversChanged, type PaneState } from '../state';
import type { PaneActions } from '../use-pane';
import { PlanChoice } from './PlanChoice';
import { Progress } from './Progress';
import { ResultsPanel } from './ResultsPanel';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  check: { width: '100%' },
  hint: { color: tokens.colorNeutralForeground3 },
  live: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  srOnly: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    whiteSpace: 'nowrap',
    margin: '-1px',
    padding: 0,
    border: 0,
  },
});

const presets = listPresets();
const issuers = Object.fromEntries(PRESETS.map((p) => [p.id, p.issuer]));

export interface MainViewProps {
  state: PaneState;
  actions: PaneActions;
  /** The pane cannot work (no Excel API, still loading). */
  off: boolean;
  canDossier: boolean;
  /** Opens the waiver of a finding; `opener` gets the focus back when the dialog closes. */
  onWaive(f: Finding, opener: HTMLElement): void;
  /** Opens *Soạn hồ sơ*; `opener` gets the focus back. */
  onDossier(opener: HTMLElement | null): void;
}

export function MainView({ state, actions, off, canDossier, onWaive, onDossier }: MainViewProps) {
  const { s } = useStrings();
  const styles = useStyles();
  const [announce, setAnnounce] = useState('');
  const busy = state.busy;
  const conf = conferenceInUse(state);
  const plan = state.plan;
  const unitGiven = state.unit.text.trim();

  let conferenceHint: string;
  if (!plan?.dossier) conferenceHint = plan ? s.conference.noRule : s.conference.empty;
  else if (conf.fromPlan && conf.date && conf.deadline)
    conferenceHint = s.conference.fromPlan(isoToDmy(conf.date), isoToDmy(conf.deadline));
  else if (conf.deadline) conferenceHint = s.conference.deadline(isoToDmy(conf.deadline));
  else conferenceHint = s.conference.empty;

  return (
    <section className={styles.root} aria-label={s.views.main}>
      <PlanChoice
        presets={presets}
        presetIssuers={issuers}
        plan={plan}
        origin={state.origin}
        disabled={off || !!busy}
        onPreset={actions.choosePreset}
        onFile={actions.openPlanFile}
        onFileError={actions.fileError}
      />
      <Field
        label={s.conference.label}
        validationState={state.conference.invalid ? 'error' : 'none'}
        validationMessage={state.conference.invalid ? s.conference.invalid : undefined}
        hint={state.conference.invalid ? undefined : <span data-testid="conference-deadline">{conferenceHint}</span>}
      >
        <Input
          value={state.conference.text}
          placeholder={conf.fromPlan && conf.date ? isoToDmy(conf.date) : s.conference.placeholder}
          disabled={off}
          autoComplete="off"
          onChange={(_, d) => actions.typeConference(d.value)}
          onBlur={actions.commitConference}
          onKeyDown={(e) => {
            if (e.key === 'Enter') actions.commitConference();
          }}
        />
      </Field>
      <Field label={s.unit.label} hint={!unitGiven && state.inferredUnit ? s.unit.inferred(state.inferredUnit) : s.unit.hint}>
        <Input
          value={state.unit.text}
          placeholder={state.inferredUnit ?? s.unit.placeholder}
          disabled={off}
          autoComplete="off"
          onChange={(_, d) => actions.typeUnit(d.value)}
          onBlur={actions.commitUnit}
          onKeyDown={(e) => {
            if (e.key === 'Enter') actions.commitUnit();
          }}
        />
      </Field>
      {/* Kept focusable while it works, so that the focus stays on it through the check. */}
      <Button
        appearance="primary"
        className={styles.check}
        disabled={off}
        disabledFocusable={!off && (!!busy || !plan)}
        title={s.actions.checkHint}
        aria-describedby={!plan ? 'need-plan' : undefined}
        onClick={() => void actions.check()}
        data-testid="check"
      >
        {s.actions.check}
      </Button>
      {!plan && state.loaded && (
        <Caption1 id="need-plan" className={styles.hint}>
          {s.actions.needPlan}
        </Caption1>
      )}

      <div className={styles.live} aria-live="polite">
        {busy && busy.op !== 'rollup' && <Progress busy={busy} />}
        {state.message && (
          <MessageBar intent={state.message.intent} layout="multiline" data-testid="message">
            <MessageBarBody>{state.message.say(s)}</MessageBarBody>
          </MessageBar>
        )}
        <span className={styles.srOnly}>{announce}</span>
      </div>

      <ResultsPanel
        outcome={state.results?.outcome ?? null}
        cleared={state.cleared}
        waivers={state.waivers}
        busy={!!busy}
        stale={staleReasons(state)}
        waiversChanged={waiversChanged(state)}
        canDossier={canDossier}
        onSelect={(f) =>
          void actions.select(f).then((said) => {
            if (said) setAnnounce(said);
          })
        }
        onWaive={onWaive}
        onUnwaive={(f) => void actions.unwaive(f)}
        onExport={() => void actions.exportSummary()}
        onDossier={(el) => onDossier(el)}
        onUpdateSummary={() => void actions.updateSummary()}
      />
    </section>
  );
}
