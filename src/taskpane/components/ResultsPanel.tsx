/**
 * The check's results: counts, notes, filters (sheet, unit, severity), and the findings
 * grouped by rule. A finding is a button that selects its row in the sheet; beside it,
 * the reviewer can waive it (with a reason) or undo the waiver.
 */
import { useMemo, useState } from 'react';
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Body1,
  Button,
  Caption1,
  Field,
  makeStyles,
  mergeClasses,
  Select,
  Subtitle2,
  Text,
  tokens,
} from '@fluentui/react-components';
import { RULE_IDS, type Finding, type RuleId, type Waiver } from '../../engine/findings';
import { useStrings } from '../i18n';
import type { CheckOutcome } from '../services';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  meta: { display: 'flex', flexDirection: 'column', gap: '2px', color: tokens.colorNeutralForeground2 },
  counts: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'wrap' },
  filters: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(96px, 1fr))',
    gap: tokens.spacingHorizontalS,
    border: 'none',
    padding: 0,
    margin: 0,
    minWidth: 0,
  },
  filter: { minWidth: 0 },
  select: { minWidth: 0, width: '100%' },
  header: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'wrap' },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  item: {
    display: 'flex',
    flexDirection: 'column',
    gap: '2px',
    borderLeft: `3px solid ${tokens.colorPaletteRedBorder2}`,
    paddingLeft: tokens.spacingHorizontalS,
  },
  warning: { borderLeftColor: tokens.colorPaletteYellowBorder2 },
  waived: { borderLeftColor: tokens.colorNeutralStroke1 },
  finding: {
    justifyContent: 'flex-start',
    textAlign: 'left',
    fontWeight: tokens.fontWeightRegular,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXS}`,
    minWidth: 0,
    width: '100%',
  },
  findingText: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: '2px' },
  where: { color: tokens.colorNeutralForeground3 },
  waivedText: { color: tokens.colorNeutralForeground3, textDecorationLine: 'line-through' },
  itemActions: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'wrap' },
  notes: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  srOnly: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    whiteSpace: 'nowrap',
    padding: 0,
    margin: '-1px',
    border: 0,
  },
});

export interface ResultsPanelProps {
  outcome: CheckOutcome | null;
  waivers: Waiver[];
  busy?: boolean;
  onSelect(f: Finding): void;
  onWaive(f: Finding): void;
  onUnwaive(f: Finding): void;
}

type SeverityFilter = 'all' | 'error' | 'warning' | 'waived';

/** Findings with the current waivers applied (a waiver made after the check shows at once). */
export function applyWaivers(findings: Finding[], waivers: Waiver[]): Finding[] {
  const byKey = new Map(waivers.map((w) => [w.key, w]));
  return findings.map((f) => {
    const w = byKey.get(f.key);
    if (w) return { ...f, waived: { by: w.by, reason: w.reason, ...(w.at ? { at: w.at } : {}) } };
    if (f.waived) {
      const { waived: _, ...rest } = f;
      return rest;
    }
    return f;
  });
}

export function ResultsPanel({ outcome, waivers, busy, onSelect, onWaive, onUnwaive }: ResultsPanelProps) {
  const { s, lang } = useStrings();
  const r = s.results;
  const styles = useStyles();
  const [sheet, setSheet] = useState('');
  const [unit, setUnit] = useState('');
  const [severity, setSeverity] = useState<SeverityFilter>('all');

  const findings = useMemo(() => (outcome ? applyWaivers(outcome.result.findings, waivers) : []), [outcome, waivers]);
  const sheets = useMemo(() => [...new Set(findings.map((f) => f.sheet))], [findings]);
  const units = useMemo(
    () => [...new Set(findings.map((f) => f.unit).filter((u): u is string => !!u))].sort((a, b) => a.localeCompare(b, 'vi')),
    [findings],
  );
  const shown = findings.filter(
    (f) =>
      (!sheet || f.sheet === sheet) &&
      (!unit || f.unit === unit) &&
      (severity === 'all' || (severity === 'waived' ? !!f.waived : !f.waived && f.severity === severity)),
  );
  const groups = RULE_IDS.map((rule) => ({ rule, items: shown.filter((f) => f.rule === rule) })).filter((g) => g.items.length);
  const count = (list: Finding[], sev: 'error' | 'warning') => list.filter((f) => !f.waived && f.severity === sev).length;
  const errors = count(findings, 'error');
  const warnings = count(findings, 'warning');
  const waived = findings.filter((f) => f.waived).length;

  if (!outcome) {
    return (
      <section className={styles.root} aria-labelledby="results-heading">
        <Subtitle2 as="h2" id="results-heading">
          {r.heading}
        </Subtitle2>
        <Body1>{r.none}</Body1>
      </section>
    );
  }

  const res = outcome.result;
  const when = new Date(res.checkedAt).toLocaleString(lang === 'en' ? 'en-GB' : 'vi-VN');

  return (
    <section className={styles.root} aria-labelledby="results-heading">
      <Subtitle2 as="h2" id="results-heading">
        {r.heading}
      </Subtitle2>
      <div className={styles.counts} data-testid="counts">
        <Badge color={errors ? 'danger' : warnings ? 'warning' : 'success'} appearance="filled" size="large" shape="rounded">
          {r.counts(errors, warnings, waived)}
        </Badge>
      </div>
      <div className={styles.meta}>
        {res.workbookUnit.name && (
          <Caption1>{res.workbookUnit.inferred ? r.unitInferred(res.workbookUnit.name) : r.unit(res.workbookUnit.name)}</Caption1>
        )}
        {outcome.summarySheet && <Caption1>{r.summarySheet(outcome.summarySheet)}</Caption1>}
        <Caption1>{r.checkedAt(when)}</Caption1>
      </div>

      {res.notices.length > 0 && (
        <Accordion collapsible>
          <AccordionItem value="notes">
            <AccordionHeader size="small">{r.notices(res.notices.length)}</AccordionHeader>
            <AccordionPanel>
              <ul className={styles.notes}>
                {res.notices.map((n, i) => (
                  <li key={i}>
                    <Caption1>{n.message}</Caption1>
                  </li>
                ))}
              </ul>
            </AccordionPanel>
          </AccordionItem>
        </Accordion>
      )}

      {findings.length === 0 ? (
        <Body1>{r.clean}</Body1>
      ) : (
        <>
          <fieldset className={styles.filters}>
            <legend className={styles.srOnly}>{r.filters}</legend>
            <Field label={r.filterSheet} className={styles.filter}>
              <Select className={styles.select} value={sheet} onChange={(_, d) => setSheet(d.value)}>
                <option value="">{r.all}</option>
                {sheets.map((x) => (
                  <option key={x} value={x}>
                    {x}
                  </option>
                ))}
              </Select>
            </Field>
            <Field label={r.filterUnit} className={styles.filter}>
              <Select className={styles.select} value={unit} onChange={(_, d) => setUnit(d.value)}>
                <option value="">{r.all}</option>
                {units.map((x) => (
                  <option key={x} value={x}>
                    {x}
                  </option>
                ))}
              </Select>
            </Field>
            <Field label={r.filterSeverity} className={styles.filter}>
              <Select className={styles.select} value={severity} onChange={(_, d) => setSeverity(d.value as SeverityFilter)}>
                <option value="all">{r.all}</option>
                <option value="error">{s.severity.error}</option>
                <option value="warning">{s.severity.warning}</option>
                <option value="waived">{r.onlyWaived}</option>
              </Select>
            </Field>
          </fieldset>

          <span id="finding-select-hint" className={styles.srOnly}>
            {r.selectHint}
          </span>
          {groups.length === 0 && <Body1>{r.noMatch}</Body1>}
          <Accordion multiple collapsible defaultOpenItems={RULE_IDS as unknown as string[]} data-testid="groups">
            {groups.map(({ rule, items }) => (
              <Group key={rule} rule={rule} items={items} busy={busy} onSelect={onSelect} onWaive={onWaive} onUnwaive={onUnwaive} />
            ))}
          </Accordion>
        </>
      )}
    </section>
  );
}

function Group(props: {
  rule: RuleId;
  items: Finding[];
  busy?: boolean;
  onSelect(f: Finding): void;
  onWaive(f: Finding): void;
  onUnwaive(f: Finding): void;
}) {
  const { s } = useStrings();
  const r = s.results;
  const styles = useStyles();
  const title = s.ruleTitles[props.rule];
  const e = props.items.filter((f) => !f.waived && f.severity === 'error').length;
  const w = props.items.filter((f) => !f.waived && f.severity === 'warning').length;
  const counts = r.groupCounts(e, w);
  return (
    <AccordionItem value={props.rule} data-rule={props.rule}>
      <AccordionHeader>
        <span className={styles.header}>
          <Text weight="semibold">{title}</Text>
          {e > 0 && (
            <Badge color="danger" appearance="filled" aria-hidden>
              {e}
            </Badge>
          )}
          {w > 0 && (
            <Badge color="warning" appearance="filled" aria-hidden>
              {w}
            </Badge>
          )}
          {counts && <span className={styles.srOnly}>({counts})</span>}
        </span>
      </AccordionHeader>
      <AccordionPanel>
        <ul className={styles.list} aria-label={r.findingsOf(title)}>
          {props.items.map((f) => {
            const where = r.where(f.sheet, f.rows);
            return (
              <li
                key={f.key + f.rows.join(',')}
                className={mergeClasses(styles.item, f.waived ? styles.waived : f.severity === 'warning' ? styles.warning : undefined)}
                data-key={f.key}
              >
                <Button
                  appearance="subtle"
                  className={styles.finding}
                  disabled={f.rows.length === 0}
                  aria-describedby={f.rows.length ? 'finding-select-hint' : undefined}
                  onClick={() => props.onSelect(f)}
                  data-testid="finding"
                >
                  <span className={styles.findingText}>
                    <Caption1 className={styles.where}>
                      {s.severity[f.severity]} · {where}
                      {f.rows.length === 0 ? ` · ${r.noRow}` : ''}
                    </Caption1>
                    <Body1 className={f.waived ? styles.waivedText : undefined}>{f.message}</Body1>
                  </span>
                </Button>
                <div className={styles.itemActions}>
                  {f.waived && <Caption1>{r.waivedBy(f.waived.by, f.waived.reason)}</Caption1>}
                  {f.waived ? (
                    <Button size="small" disabled={props.busy} aria-label={r.unwaiveLabel(f.message)} onClick={() => props.onUnwaive(f)}>
                      {r.unwaive}
                    </Button>
                  ) : (
                    <Button size="small" disabled={props.busy} aria-label={r.waiveLabel(f.message)} onClick={() => props.onWaive(f)}>
                      {r.waive}
                    </Button>
                  )}
                </div>
              </li>
            );
          })}
        </ul>
      </AccordionPanel>
    </AccordionItem>
  );
}
