/**
 * The check's results, right under *Kiểm tra*: the counts; whether they are out of date; the
 * actions on them (*Xuất tổng hợp*, *Soạn hồ sơ*, *Cập nhật Tổng hợp* when waivers changed);
 * notes; filters (folded); and the findings grouped by rule, one group open at a time (the
 * first), each finding a button that selects its row. The list is one Tab stop: the arrow keys
 * move between groups and findings (up and down) and to a finding's waive button (right).
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
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Select,
  Subtitle2,
  Text,
  ToggleButton,
  Toolbar,
  tokens,
  useArrowNavigationGroup,
} from '@fluentui/react-components';
import { RULE_IDS, type Finding, type RuleId, type Waiver } from '../../engine/findings';
import { useStrings } from '../i18n';
import type { CheckOutcome } from '../services';
import type { StaleReason } from '../state';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  heading: { margin: 0 },
  meta: { color: tokens.colorNeutralForeground3 },
  counts: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'wrap' },
  toolbar: { flexWrap: 'wrap', gap: tokens.spacingHorizontalS, padding: 0 },
  filters: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    border: 'none',
    padding: 0,
    margin: 0,
    minWidth: 0,
  },
  select: { minWidth: 0, width: '100%' },
  header: { display: 'flex', gap: tokens.spacingHorizontalXS, alignItems: 'center', flexWrap: 'wrap', textAlign: 'left' },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  item: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) auto',
    alignItems: 'start',
    columnGap: tokens.spacingHorizontalXS,
    borderLeft: `3px solid ${tokens.colorPaletteRedBorder2}`,
    paddingLeft: tokens.spacingHorizontalXS,
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
    height: 'auto',
  },
  findingText: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: '2px', minWidth: 0, overflowWrap: 'anywhere' },
  where: { color: tokens.colorNeutralForeground3 },
  goTo: { color: tokens.colorBrandForegroundLink, textDecorationLine: 'underline' },
  waivedText: { color: tokens.colorNeutralForeground3, textDecorationLine: 'line-through' },
  waivedBy: { gridColumn: '1 / -1', color: tokens.colorNeutralForeground2, paddingLeft: tokens.spacingHorizontalXS },
  waiveButton: { minWidth: 'auto' },
  notes: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  panel: { marginLeft: 0, marginRight: 0 },
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
  /** *Xóa đánh dấu* removed the last check's results from the workbook. */
  cleared?: boolean;
  waivers: Waiver[];
  busy?: boolean;
  /** What changed since the check (empty: the results are current). */
  stale?: StaleReason[];
  /** Waivers made or undone since the status column and the summary sheet were written. */
  waiversChanged?: boolean;
  /** The pane can draft the dossier. */
  canDossier?: boolean;
  onSelect(f: Finding): void;
  /** Opens the waiver of `f`; `opener` gets the focus back when the dialog closes. */
  onWaive(f: Finding, opener: HTMLElement): void;
  onUnwaive(f: Finding): void;
  onExport?(): void;
  onDossier?(opener: HTMLElement): void;
  onUpdateSummary?(): void;
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

export function ResultsPanel(props: ResultsPanelProps) {
  const { outcome, waivers, busy, stale = [], cleared } = props;
  const { s, lang } = useStrings();
  const r = s.results;
  const styles = useStyles();
  const [sheet, setSheet] = useState('');
  const [unit, setUnit] = useState('');
  const [severity, setSeverity] = useState<SeverityFilter>('all');
  const [filtersOpen, setFiltersOpen] = useState(false);
  const nav = useArrowNavigationGroup({ axis: 'grid-linear', memorizeCurrent: true });

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
  const activeFilters = [sheet, unit, severity !== 'all' ? severity : ''].filter(Boolean).length;
  // One group open at a time: the first, until the user opens another (or folds it); a group
  // that a new check or the filters leave out gives way to the first again.
  const [open, setOpen] = useState<string | null | undefined>(undefined);
  const openGroup = open === null ? null : open && groups.some((g) => g.rule === open) ? open : (groups[0]?.rule ?? null);

  const heading = (
    <Subtitle2 as="h2" id="results-heading" className={styles.heading}>
      {r.heading}
    </Subtitle2>
  );

  if (!outcome) {
    return (
      <section className={styles.root} aria-labelledby="results-heading" data-testid="results">
        {heading}
        <Body1>{cleared ? r.cleared : r.none}</Body1>
      </section>
    );
  }

  const res = outcome.result;
  const when = new Date(res.checkedAt).toLocaleTimeString(lang === 'en' ? 'en-GB' : 'vi-VN', { hour: '2-digit', minute: '2-digit' });
  const unitLine = res.workbookUnit.name
    ? res.workbookUnit.inferred
      ? r.unitInferred(res.workbookUnit.name)
      : r.unit(res.workbookUnit.name)
    : '';
  const isStale = stale.length > 0;
  const reasons = stale.map((x) => s.stale.reasons[x]);
  const what = reasons.length > 1 ? `${reasons.slice(0, -1).join(', ')} ${s.stale.and} ${reasons.at(-1)}` : (reasons[0] ?? '');

  return (
    <section className={styles.root} aria-labelledby="results-heading" data-testid="results">
      {heading}
      {isStale && (
        <MessageBar intent="warning" layout="multiline" data-testid="stale">
          <MessageBarBody>
            <MessageBarTitle>{s.stale.title}</MessageBarTitle> {s.stale.body(what)}
          </MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.counts} data-testid="counts">
        <Badge color={errors ? 'danger' : warnings ? 'warning' : 'success'} appearance="filled" size="large" shape="rounded">
          {r.counts(errors, warnings, waived)}
        </Badge>
      </div>
      <Caption1 className={styles.meta}>
        {[unitLine, outcome.summarySheet ? r.summarySheet(outcome.summarySheet) : '', r.checkedAt(when)].filter(Boolean).join(' · ')}
      </Caption1>
      {props.waiversChanged && !isStale && (
        <MessageBar intent="info" layout="multiline" data-testid="waivers-changed">
          <MessageBarBody>{s.waiversChanged}</MessageBarBody>
          <MessageBarActions>
            <Button size="small" disabledFocusable={busy} title={s.actions.updateSummaryHint} onClick={props.onUpdateSummary}>
              {s.actions.updateSummary}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      <Toolbar aria-label={s.actions.resultActions} className={styles.toolbar} size="small">
        <Button
          size="small"
          disabled={isStale}
          disabledFocusable={busy && !isStale}
          title={s.actions.exportSummaryHint}
          onClick={props.onExport}
          data-testid="export"
        >
          {s.actions.exportSummary}
        </Button>
        {props.canDossier && (
          <Button
            size="small"
            disabled={isStale}
            disabledFocusable={busy && !isStale}
            title={s.actions.dossierHint}
            onClick={(e) => props.onDossier?.(e.currentTarget)}
          >
            {s.actions.dossier}
          </Button>
        )}
        {findings.length > 0 && (
          <ToggleButton
            size="small"
            checked={filtersOpen}
            aria-expanded={filtersOpen}
            aria-controls="results-filters"
            onClick={() => setFiltersOpen((x) => !x)}
          >
            {activeFilters ? r.filterActive(activeFilters) : r.filterToggle}
          </ToggleButton>
        )}
      </Toolbar>

      {findings.length === 0 ? (
        <Body1>{r.clean}</Body1>
      ) : (
        <>
          {filtersOpen && (
            <fieldset className={styles.filters} id="results-filters">
              <legend className={styles.srOnly}>{r.filters}</legend>
              <Field label={r.filterSheet} size="small" orientation="horizontal">
                <Select size="small" className={styles.select} value={sheet} onChange={(_, d) => setSheet(d.value)}>
                  <option value="">{r.all}</option>
                  {sheets.map((x) => (
                    <option key={x} value={x}>
                      {x}
                    </option>
                  ))}
                </Select>
              </Field>
              <Field label={r.filterUnit} size="small" orientation="horizontal">
                <Select size="small" className={styles.select} value={unit} onChange={(_, d) => setUnit(d.value)}>
                  <option value="">{r.all}</option>
                  {units.map((x) => (
                    <option key={x} value={x}>
                      {x}
                    </option>
                  ))}
                </Select>
              </Field>
              <Field label={r.filterSeverity} size="small" orientation="horizontal">
                <Select size="small" className={styles.select} value={severity} onChange={(_, d) => setSeverity(d.value as SeverityFilter)}>
                  <option value="all">{r.all}</option>
                  <option value="error">{s.severity.error}</option>
                  <option value="warning">{s.severity.warning}</option>
                  <option value="waived">{r.onlyWaived}</option>
                </Select>
              </Field>
            </fieldset>
          )}

          <span id="finding-select-hint" className={styles.srOnly}>
            {r.selectHint}
          </span>
          {groups.length === 0 && <Body1>{r.noMatch}</Body1>}
          <div {...nav} role="group" aria-label={r.list} data-testid="findings">
            <Accordion
              collapsible
              openItems={openGroup ? [openGroup] : []}
              onToggle={(_, d) => setOpen(d.openItems[0] === undefined ? null : String(d.openItems[0]))}
              data-testid="groups"
            >
              {groups.map(({ rule, items }) => (
                <Group key={rule} rule={rule} items={items} busy={busy} {...props} />
              ))}
            </Accordion>
          </div>
        </>
      )}
      {res.notices.length > 0 && (
        <Accordion collapsible>
          <AccordionItem value="notes">
            <AccordionHeader size="small">{r.notices(res.notices.length)}</AccordionHeader>
            <AccordionPanel className={styles.panel}>
              <ul className={styles.notes}>
                {res.notices.map((n, i) => (
                  <li key={i}>
                    <Caption1>
                      {n.code === 'unit_inferred' && res.workbookUnit.name
                        ? s.notices.unitInferred(res.workbookUnit.name)
                        : n.code === 'unit_unknown'
                          ? s.notices.unitUnknown
                          : n.message}
                    </Caption1>
                  </li>
                ))}
              </ul>
            </AccordionPanel>
          </AccordionItem>
        </Accordion>
      )}
    </section>
  );
}

function Group(props: { rule: RuleId; items: Finding[]; busy?: boolean } & Pick<ResultsPanelProps, 'onSelect' | 'onWaive' | 'onUnwaive'>) {
  const { s } = useStrings();
  const r = s.results;
  const styles = useStyles();
  const title = s.ruleTitles[props.rule];
  const e = props.items.filter((f) => !f.waived && f.severity === 'error').length;
  const w = props.items.filter((f) => !f.waived && f.severity === 'warning').length;
  const counts = r.groupCounts(e, w);
  return (
    <AccordionItem value={props.rule} data-rule={props.rule}>
      <AccordionHeader size="small">
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
      <AccordionPanel className={styles.panel}>
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
                  disabledFocusable={f.rows.length === 0}
                  aria-describedby={f.rows.length ? 'finding-select-hint' : undefined}
                  onClick={() => f.rows.length && props.onSelect(f)}
                  data-testid="finding"
                >
                  <span className={styles.findingText}>
                    <Caption1 className={styles.where}>
                      {s.severity[f.severity]} · {where}
                      {f.rows.length === 0 ? ` · ${r.noRow}` : ''}
                    </Caption1>
                    <Body1 className={f.waived ? styles.waivedText : undefined}>{f.message}</Body1>
                    {f.rows.length > 0 && (
                      <Caption1 className={styles.goTo} aria-hidden>
                        {r.goTo} ↗
                      </Caption1>
                    )}
                  </span>
                </Button>
                {/* The same button waives and undoes, so that it keeps the focus across both. */}
                <Button
                  size="small"
                  className={styles.waiveButton}
                  disabledFocusable={props.busy}
                  aria-label={f.waived ? r.unwaiveLabel(f.message) : r.waiveLabel(f.message)}
                  onClick={(ev) => (f.waived ? props.onUnwaive(f) : props.onWaive(f, ev.currentTarget))}
                >
                  {f.waived ? r.unwaive : r.waive}
                </Button>
                {f.waived && <Caption1 className={styles.waivedBy}>{r.waivedBy(f.waived.by, f.waived.reason)}</Caption1>}
              </li>
            );
          })}
        </ul>
      </AccordionPanel>
    </AccordionItem>
  );
}
