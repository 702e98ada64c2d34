/**
 * The plan, as one compact dropdown: each built-in plan by who issued it with its source
 * document, the plan in use when it was edited or opened from a file, and *Mở tệp kế
 * hoạch…*. The list opens with the arrow keys and chooses only on Enter or a click; the
 * chosen plan's source is said in full under it.
 */
import { useRef } from 'react';
import { Caption1, Dropdown, Field, makeStyles, Option, OptionGroup, tokens } from '@fluentui/react-components';
import type { PresetInfo } from '../../engine/plan/presets';
import type { Plan } from '../../engine/plan/schema';
import { useStrings } from '../i18n';
import type { PlanOrigin } from '../state';

const useStyles = makeStyles({
  dropdown: { width: '100%', minWidth: 0 },
  // The chosen plan in full, on as many lines as it takes (never cut).
  button: { whiteSpace: 'normal', textAlign: 'left', height: 'auto', minHeight: '32px', overflowWrap: 'anywhere' },
  listbox: { maxHeight: '60vh' },
  option: { display: 'flex', flexDirection: 'column', gap: '2px' },
  source: { color: tokens.colorNeutralForeground3 },
  hidden: { display: 'none' },
});

export interface PlanChoiceProps {
  presets: PresetInfo[];
  presetIssuers: Record<string, string | undefined>;
  plan: Plan | null;
  origin: PlanOrigin | null;
  disabled?: boolean;
  onPreset(id: string): void;
  onFile(name: string, text: string): void;
  onFileError(name: string): void;
}

const CUSTOM = 'custom';
const OPEN_FILE = 'open-file';

export function PlanChoice(props: PlanChoiceProps) {
  const { s, lang } = useStrings();
  const c = s.planChoice;
  const styles = useStyles();
  const fileInput = useRef<HTMLInputElement>(null);
  const text = (t: { vi: string; en?: string }) => (lang === 'en' ? (t.en ?? t.vi) : t.vi);
  const custom = props.plan && props.origin && props.origin.kind !== 'preset';
  const value = !props.plan || !props.origin ? '' : props.origin.kind === 'preset' ? props.origin.id : CUSTOM;
  const presetName = (p: PresetInfo) => props.presetIssuers[p.id] ?? text(p.name);

  const customLabel = () => {
    const o = props.origin!;
    if (o.kind === 'file') return c.filePlan(o.file);
    if (o.kind === 'edited') return `${text(props.plan!.name)} (${c.edited})`;
    return c.savedPlan;
  };
  const shown = !props.plan ? '' : value === CUSTOM ? customLabel() : presetName(props.presets.find((p) => p.id === value)!);

  return (
    <>
      <Field label={c.label} hint={props.plan ? c.source(text(props.plan.source)) : undefined}>
        <Dropdown
          className={styles.dropdown}
          button={{ className: styles.button, 'data-testid': 'plan-choice' } as Record<string, string>}
          listbox={{ className: styles.listbox }}
          placeholder={c.placeholder}
          value={shown}
          selectedOptions={value ? [value] : []}
          disabled={props.disabled}
          positioning={{ autoSize: 'height' }}
          onOptionSelect={(_, d) => {
            if (d.optionValue === OPEN_FILE) fileInput.current?.click();
            // Once the list has closed and put the focus back (a question may open a dialog).
            else if (d.optionValue && d.optionValue !== CUSTOM) {
              const id = d.optionValue;
              setTimeout(() => props.onPreset(id), 0);
            }
          }}
        >
          <OptionGroup>
            {props.presets.map((p) => (
              <Option key={p.id} value={p.id} text={presetName(p)}>
                <span className={styles.option}>
                  <span>{presetName(p)}</span>
                  <Caption1 className={styles.source}>{text(p.source)}</Caption1>
                </span>
              </Option>
            ))}
            {custom && (
              <Option value={CUSTOM} text={customLabel()}>
                <span className={styles.option}>
                  <span>{customLabel()}</span>
                  <Caption1 className={styles.source}>{text(props.plan!.source)}</Caption1>
                </span>
              </Option>
            )}
          </OptionGroup>
          <Option value={OPEN_FILE} text={c.openFile}>
            {c.openFile}
          </Option>
        </Dropdown>
      </Field>
      <PlanFileInput inputRef={fileInput} onFile={props.onFile} onFileError={props.onFileError} label={c.openFile} testId="plan-file" />
    </>
  );
}

/** The hidden file input a plan file is chosen with. */
export function PlanFileInput(props: {
  inputRef: React.RefObject<HTMLInputElement | null>;
  label: string;
  testId: string;
  onFile(name: string, text: string): void;
  onFileError(name: string): void;
}) {
  const styles = useStyles();
  return (
    <input
      ref={props.inputRef}
      className={styles.hidden}
      type="file"
      accept=".json,application/json"
      aria-label={props.label}
      tabIndex={-1}
      data-testid={props.testId}
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
  );
}
