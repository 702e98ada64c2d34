/**
 * *Soạn hồ sơ*: before drafting, one sentence when unwaived errors remain (the command line's),
 * and the details only the user knows — the submitting unit, place, number and date of the Tờ
 * trình; empty ones print as gaps to fill in.
 */
import { useState } from 'react';
import {
  Body1,
  Button,
  Caption1,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { messages } from '../../engine/i18n';
import { isoToDmy } from '../../engine/normalize/date';
import { parseConferenceDate } from '../../engine/plan/conference-date';
import type { DossierDetails } from '../dossier';
import { useStrings } from '../i18n';

const useStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  row: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)', gap: tokens.spacingHorizontalS },
  input: { width: '100%', minWidth: 0 },
  warning: {
    padding: tokens.spacingVerticalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorPaletteYellowBackground1,
    color: tokens.colorNeutralForeground1,
  },
  hint: { color: tokens.colorNeutralForeground3 },
  // Side by side even in a narrow pane (Fluent stacks them below 480 px).
  actions: { '@media screen and (max-width: 480px)': { flexDirection: 'row', justifyContent: 'flex-end' } },
});

export interface DossierDialogProps {
  open: boolean;
  /** Error findings not waived (said before drafting). */
  unwaivedErrors: number;
  /** The unit offered: the Đơn vị field, else the one the check inferred. */
  defaultUnit: string;
  busy: boolean;
  onDraft(details: DossierDetails): void;
  onCancel(): void;
}

const todayIso = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

export function DossierDialog({ open, unwaivedErrors, defaultUnit, busy, onDraft, onCancel }: DossierDialogProps) {
  const { s, lang } = useStrings();
  const d = s.dossier;
  const styles = useStyles();
  const [unit, setUnit] = useState(defaultUnit);
  const [place, setPlace] = useState('');
  const [number, setNumber] = useState('');
  const [date, setDate] = useState('');
  const [badDate, setBadDate] = useState(false);
  const [wasOpen, setWasOpen] = useState(false);
  // Each opening starts from the unit in use and today's date; the place and number are kept.
  if (open !== wasOpen) {
    setWasOpen(open);
    if (open) {
      setUnit(defaultUnit);
      setDate(isoToDmy(todayIso()));
      setBadDate(false);
    }
  }

  return (
    <Dialog open={open} onOpenChange={(_, x) => !x.open && onCancel()}>
      <DialogSurface aria-describedby="dossier-intro">
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            const iso = date.trim() ? parseConferenceDate(date) : null;
            if (date.trim() && !iso) {
              setBadDate(true);
              return;
            }
            onDraft({
              ...(unit.trim() ? { unit: unit.trim() } : {}),
              ...(place.trim() ? { place: place.trim() } : {}),
              ...(number.trim() ? { number: number.trim() } : {}),
              ...(iso ? { date: iso } : {}),
            });
          }}
        >
          <DialogBody>
            <DialogTitle>{d.title}</DialogTitle>
            <DialogContent className={styles.content}>
              {unwaivedErrors > 0 && (
                <Body1 className={styles.warning} role="status" data-testid="dossier-errors">
                  {messages(lang).dossier.unwaivedErrors(unwaivedErrors)}
                </Body1>
              )}
              <Caption1 id="dossier-intro" className={styles.hint}>
                {d.intro}
              </Caption1>
              <Field label={d.unit} size="small">
                <Input size="small" className={styles.input} value={unit} onChange={(_, x) => setUnit(x.value)} />
              </Field>
              <Field label={d.place} size="small">
                <Input
                  size="small"
                  className={styles.input}
                  value={place}
                  placeholder={d.placeHint}
                  onChange={(_, x) => setPlace(x.value)}
                />
              </Field>
              <div className={styles.row}>
                <Field label={d.number} size="small">
                  <Input
                    size="small"
                    className={styles.input}
                    value={number}
                    placeholder={d.numberHint}
                    onChange={(_, x) => setNumber(x.value)}
                  />
                </Field>
                <Field
                  label={d.date}
                  size="small"
                  validationState={badDate ? 'error' : 'none'}
                  validationMessage={badDate ? d.dateInvalid : undefined}
                >
                  <Input
                    size="small"
                    className={styles.input}
                    value={date}
                    placeholder="dd/mm/yyyy"
                    onChange={(_, x) => {
                      setDate(x.value);
                      setBadDate(false);
                    }}
                  />
                </Field>
              </div>
            </DialogContent>
            <DialogActions className={styles.actions}>
              <Button type="submit" appearance="primary" disabledFocusable={busy}>
                {d.draft}
              </Button>
              <Button onClick={onCancel}>{d.cancel}</Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
