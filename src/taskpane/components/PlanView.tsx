/**
 * The plan's own place (from the menu): the plan in use with its source, its file (open one
 * another unit sent, export it for others), and the editor of its parameters. The editor
 * stays mounted while the user is elsewhere, so changes not saved yet are kept.
 */
import { useRef } from 'react';
import { Body1, Button, Caption1, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import { useStrings } from '../i18n';
import type { PaneState } from '../state';
import type { PaneActions } from '../use-pane';
import { PlanEditor } from './PlanEditor';
import { PlanFileInput } from './PlanChoice';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  source: { color: tokens.colorNeutralForeground3 },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

export function PlanView({ state, actions, off }: { state: PaneState; actions: PaneActions; off: boolean }) {
  const { s, lang } = useStrings();
  const styles = useStyles();
  const fileInput = useRef<HTMLInputElement>(null);
  const plan = state.plan;
  const text = (t: { vi: string; en?: string }) => (lang === 'en' ? (t.en ?? t.vi) : t.vi);
  // Not disabled while something is saved: the control that started it keeps the focus.
  const disabled = off;
  return (
    <div className={styles.root}>
      <section aria-labelledby="plan-heading" className={styles.root}>
        <Subtitle2 as="h3" id="plan-heading">
          {s.plan.heading}
        </Subtitle2>
        {plan ? (
          <>
            <Body1>{text(plan.name)}</Body1>
            <Caption1 className={styles.source}>{s.planChoice.source(text(plan.source))}</Caption1>
          </>
        ) : (
          <Body1>{s.plan.none}</Body1>
        )}
        <div className={styles.buttons}>
          <Button disabled={disabled} title={s.plan.openFileHint} onClick={() => fileInput.current?.click()}>
            {s.plan.openFile}
          </Button>
          <Button disabled={disabled || !plan} title={s.plan.exportFileHint} onClick={actions.exportPlanFile}>
            {s.plan.exportFile}
          </Button>
          <PlanFileInput
            inputRef={fileInput}
            label={s.plan.openFile}
            testId="plan-file-view"
            onFile={actions.openPlanFile}
            onFileError={actions.fileError}
          />
        </div>
      </section>
      {plan && (
        <PlanEditor
          plan={plan}
          disabled={disabled}
          conferenceDate={state.conference.saved}
          onDirtyChange={actions.editorDirty}
          onSave={actions.saveEditedPlan}
        />
      )}
    </div>
  );
}
