/** Choosing the plan: the built-in presets with their source document, or a plan file. */
import { useRef } from 'react';
import { Body1, Button, Caption1, makeStyles, Radio, RadioGroup, Subtitle2, tokens } from '@fluentui/react-components';
import type { PresetInfo } from '../../engine/plan/presets';
import type { Plan } from '../../engine/plan/schema';
import { useStrings } from '../i18n';

export type PlanOrigin =
  { kind: 'preset'; id: string } | { kind: 'file'; file: string } | { kind: 'saved' } | { kind: 'edited'; id: string };

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  radioLabel: { display: 'flex', flexDirection: 'column', gap: '2px' },
  source: { color: tokens.colorNeutralForeground3 },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  hidden: { display: 'none' },
});

export interface PlanPickerProps {
  presets: PresetInfo[];
  presetIssuers: Record<string, string | undefined>;
  plan: Plan | null;
  origin: PlanOrigin | null;
  disabled?: boolean;
  onPreset(id: string): void;
  onFile(name: string, text: string): void;
  onFileError(name: string): void;
  onExport(): void;
}

export function PlanPicker(props: PlanPickerProps) {
  const { s, lang } = useStrings();
  const styles = useStyles();
  const fileInput = useRef<HTMLInputElement>(null);
  const custom = props.plan && props.origin && props.origin.kind !== 'preset';
  const value = !props.plan || !props.origin ? '' : props.origin.kind === 'preset' ? props.origin.id : 'custom';
  const text = (t: { vi: string; en?: string }) => (lang === 'en' ? (t.en ?? t.vi) : t.vi);

  const customLabel = () => {
    const o = props.origin!;
    if (o.kind === 'file') return s.plan.filePlan(o.file);
    if (o.kind === 'edited') return `${s.plan.savedPlan} (${s.plan.edited})`;
    return s.plan.savedPlan;
  };

  return (
    <section className={styles.root} aria-labelledby="plan-heading">
      <Subtitle2 as="h2" id="plan-heading">
        {s.plan.heading}
      </Subtitle2>
      {!props.plan && <Body1>{s.plan.none}</Body1>}
      <RadioGroup
        aria-labelledby="plan-heading"
        value={value}
        disabled={props.disabled}
        onChange={(_, d) => {
          if (d.value !== 'custom') props.onPreset(d.value);
        }}
      >
        {props.presets.map((p) => (
          <Radio
            key={p.id}
            value={p.id}
            label={
              <span className={styles.radioLabel}>
                <span>{props.presetIssuers[p.id] ?? text(p.name)}</span>
                <Caption1 className={styles.source}>
                  {s.plan.source}: {text(p.source)}
                </Caption1>
              </span>
            }
          />
        ))}
        {custom && (
          <Radio
            value="custom"
            label={
              <span className={styles.radioLabel}>
                <span>{customLabel()}</span>
                <Caption1 className={styles.source}>
                  {text(props.plan!.name)} — {text(props.plan!.source)}
                </Caption1>
              </span>
            }
          />
        )}
      </RadioGroup>
      <div className={styles.buttons}>
        <Button disabled={props.disabled} title={s.plan.openFileHint} onClick={() => fileInput.current?.click()}>
          {s.plan.openFile}
        </Button>
        <Button disabled={props.disabled || !props.plan} title={s.plan.exportFileHint} onClick={props.onExport}>
          {s.plan.exportFile}
        </Button>
        <input
          ref={fileInput}
          className={styles.hidden}
          type="file"
          accept=".json,application/json"
          aria-label={s.plan.openFile}
          data-testid="plan-file"
          onChange={async (e) => {
            const f = e.currentTarget.files?.[0];
            e.currentTarget.value = '';
            if (!f) return;
            try {
              props.onFile(f.name, await f.text());
            } catch {
              props.onFileError(f.name);
            }
          }}
        />
      </div>
    </section>
  );
}
