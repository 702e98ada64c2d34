/** The reviewer's decision to waive a finding: who decided and why, both required. */
import { useState } from 'react';
import {
  Body1,
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
  makeStyles,
  Textarea,
  tokens,
} from '@fluentui/react-components';
import type { Finding } from '../../engine/findings';
import { useStrings } from '../i18n';

const useStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  finding: {
    padding: tokens.spacingVerticalS,
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusMedium,
  },
});

export interface WaiveDialogProps {
  finding: Finding | null;
  defaultBy: string;
  onConfirm(finding: Finding, by: string, reason: string): void;
  onCancel(): void;
}

export function WaiveDialog({ finding, defaultBy, onConfirm, onCancel }: WaiveDialogProps) {
  const { s } = useStrings();
  const styles = useStyles();
  const [by, setBy] = useState(defaultBy);
  const [reason, setReason] = useState('');
  const [tried, setTried] = useState(false);
  const [open, setOpen] = useState(false);
  // Each opening is a fresh form (also for the same finding waived again after an undo).
  if (!!finding !== open) {
    setOpen(!!finding);
    if (finding) {
      setBy(defaultBy);
      setReason('');
      setTried(false);
    }
  }
  const byError = tried && !by.trim() ? s.validation.required : undefined;
  const reasonError = tried && !reason.trim() ? s.validation.required : undefined;

  return (
    <Dialog open={finding !== null} onOpenChange={(_, d) => !d.open && onCancel()}>
      <DialogSurface aria-describedby="waive-intro">
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            setTried(true);
            if (finding && by.trim() && reason.trim()) onConfirm(finding, by.trim(), reason.trim());
          }}
        >
          <DialogBody>
            <DialogTitle>{s.waive.title}</DialogTitle>
            <DialogContent className={styles.content}>
              <Body1 id="waive-intro">{s.waive.intro}</Body1>
              {finding && <Body1 className={styles.finding}>{finding.message}</Body1>}
              <Field label={s.waive.by} required validationMessage={byError} validationState={byError ? 'error' : 'none'}>
                <Input value={by} onChange={(_, d) => setBy(d.value)} />
              </Field>
              <Field
                label={s.waive.reason}
                required
                hint={s.waive.reasonHint}
                validationMessage={reasonError}
                validationState={reasonError ? 'error' : 'none'}
              >
                <Textarea value={reason} onChange={(_, d) => setReason(d.value)} />
              </Field>
            </DialogContent>
            <DialogActions>
              <Button type="submit" appearance="primary">
                {s.waive.confirm}
              </Button>
              <Button onClick={onCancel}>{s.waive.cancel}</Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
