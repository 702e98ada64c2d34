/**
 * *Gộp báo cáo cấp dưới*: pick subordinate units' summary files, then see how many were
 * consolidated, the roll-up's errors and warnings, and every skipped file with its reason.
 * The reading itself (one file at a time, with the progress bar) is the pane's operation.
 */
import { useRef } from 'react';
import {
  Body1,
  Button,
  Caption1,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Subtitle2,
  tokens,
} from '@fluentui/react-components';
import { useStrings } from '../i18n';
import type { Busy } from '../state';
import { Progress } from './Progress';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  hint: { color: tokens.colorNeutralForeground3 },
  hidden: { display: 'none' },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
});

/** What the last consolidation gave. */
export interface RollupView {
  total: number;
  /** One sentence per skipped file (the engine's, in the language of the run). */
  skipped: string[];
  /** The roll-up, or null when no file could be consolidated. */
  rollup: {
    accepted: number;
    errors: number;
    warnings: number;
    /** Units with turnout figures, and nominees, in the roll-up. */
    units: number;
    nominees: number;
    fileName: string;
    /** Opened as a new workbook in Excel, or downloaded. */
    delivered: 'opened' | 'downloaded';
  } | null;
  /** The sentence when there is no roll-up. */
  none?: string;
}

export interface ConsolidatePanelProps {
  /** The roll-up's unit and whether the user gave it (else the default name). */
  unitName: string;
  unitGiven: boolean;
  hasPlan: boolean;
  disabled?: boolean;
  /** The roll-up under way (its progress bar shows here). */
  busy?: Busy | null;
  view: RollupView | null;
  onFiles(files: File[]): void;
}

export function ConsolidatePanel({ unitName, unitGiven, hasPlan, disabled, busy, view, onFiles }: ConsolidatePanelProps) {
  const { s } = useStrings();
  const r = s.rollup;
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const roll = view?.rollup ?? null;

  return (
    <div className={styles.root}>
      <Body1>{r.intro}</Body1>
      {hasPlan ? (
        <Caption1 className={styles.hint}>{unitGiven ? r.unitIs(unitName) : r.unitDefault(unitName)}</Caption1>
      ) : (
        <MessageBar intent="info">
          <MessageBarBody>{r.needPlan}</MessageBarBody>
        </MessageBar>
      )}
      <div>
        <Button
          appearance="primary"
          disabled={!hasPlan}
          disabledFocusable={hasPlan && disabled}
          title={r.pickHint}
          onClick={() => input.current?.click()}
        >
          {r.pick}
        </Button>
        <input
          ref={input}
          className={styles.hidden}
          type="file"
          multiple
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          aria-label={r.pick}
          data-testid="rollup-files"
          onChange={(e) => {
            const files = Array.from(e.currentTarget.files ?? []);
            e.currentTarget.value = '';
            if (files.length) onFiles(files);
          }}
        />
      </div>
      <div aria-live="polite">{busy && <Progress busy={busy} />}</div>
      {view && (
        <MessageBar intent={!roll ? 'error' : roll.errors ? 'warning' : 'success'} layout="multiline" data-testid="rollup-result">
          <MessageBarBody>
            <MessageBarTitle>{roll ? r.done(roll.accepted, view.total) : view.none}</MessageBarTitle>
            {roll && (
              <>
                <div data-testid="rollup-counts">{r.counts(roll.errors, roll.warnings)}</div>
                <div>{r.figures(roll.units, roll.nominees)}</div>
                <div>{roll.delivered === 'opened' ? r.opened(roll.fileName) : r.downloaded(roll.fileName)}</div>
              </>
            )}
          </MessageBarBody>
        </MessageBar>
      )}
      {view && view.skipped.length > 0 && (
        <section aria-labelledby="rollup-skipped">
          <Subtitle2 as="h3" id="rollup-skipped">
            {r.skipped(view.skipped.length)}
          </Subtitle2>
          <ul className={styles.list}>
            {view.skipped.map((line, i) => (
              <li key={i} data-testid="rollup-skipped">
                <Body1>{line}</Body1>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
