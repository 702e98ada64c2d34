/** The progress bar of the operation under way, with its stage's sentence and how far it is. */
import { Field, ProgressBar } from '@fluentui/react-components';
import { useStrings } from '../i18n';
import type { Busy } from '../state';
import { overallProgress } from '../use-pane';

export function Progress({ busy }: { busy: Busy }) {
  const { s } = useStrings();
  const label = busy.label ?? s.stages[busy.stage] ?? s.stages.other;
  const value = overallProgress(busy.stage, busy.fraction);
  return (
    <Field label={label} validationMessage={`${Math.round(value * 100)}%`} validationState="none">
      <ProgressBar value={value} max={1} thickness="large" />
    </Field>
  );
}
