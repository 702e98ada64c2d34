/**
 * The task pane: choose and edit the plan, name the workbook's unit, check how sheets and
 * columns were recognised, run the check, go through the findings (select their rows, waive
 * them), clear the flags, update the summary, export the summary for the level above, and
 * consolidate subordinate units' exports. Vietnamese first; English on request. All
 * workbook access goes through `PaneServices`.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import {
  Badge,
  Button,
  Caption1,
  CounterBadge,
  Field,
  FluentProvider,
  Input,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  ProgressBar,
  Select,
  Spinner,
  Subtitle1,
  Tab,
  TabList,
  tokens,
  Toolbar,
  webLightTheme,
} from '@fluentui/react-components';
import type { Mapping } from '../engine/detect/mapping';
import type { Finding, Waiver } from '../engine/findings';
import { parsePlan } from '../engine/plan/load';
import { getPreset, listPresets, PRESETS } from '../engine/plan/presets';
import type { Plan } from '../engine/plan/schema';
import { MappingPanel } from './components/MappingPanel';
import { PlanEditor } from './components/PlanEditor';
import { PlanPicker, type PlanOrigin } from './components/PlanPicker';
import { applyWaivers, ResultsPanel } from './components/ResultsPanel';
import { WaiveDialog } from './components/WaiveDialog';
import { ConsolidatePanel, type RollupView } from './components/ConsolidatePanel';
import { downloadText, planFileName, planFileText } from './download';
import { buildSummaryExportFile, consolidateFiles, defaultRollupUnit, NothingToConsolidate } from './export';
import { LangProvider } from './i18n';
import type { CheckInput, CheckOutcome, PaneServices, SheetRecognition, Stage } from './services';
import { LANGS, strings, type Lang, type Strings } from './strings';

const useStyles = makeStyles({
  provider: { minHeight: '100vh', backgroundColor: tokens.colorNeutralBackground1 },
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    maxWidth: '640px',
    boxSizing: 'border-box',
  },
  header: { display: 'flex', justifyContent: 'space-between', alignItems: 'flex-start', gap: tokens.spacingHorizontalS },
  titles: { display: 'flex', flexDirection: 'column', gap: '2px' },
  subtitle: { color: tokens.colorNeutralForeground3 },
  lang: { minWidth: '110px' },
  toolbar: { flexWrap: 'wrap', gap: tokens.spacingHorizontalS, paddingLeft: 0, paddingRight: 0 },
  planLine: { color: tokens.colorNeutralForeground2 },
  unit: { maxWidth: '420px' },
  // Four tabs do not fit a narrow pane on one line: they wrap rather than scroll sideways.
  tabs: { flexWrap: 'wrap' },
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, paddingTop: tokens.spacingVerticalS },
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

type TabId = 'plan' | 'mapping' | 'results' | 'rollup';
/** An operation under way: its stage, how far, and a sentence replacing the stage's own. */
type Busy = { stage: Stage; fraction: number; label?: string } | null;
type Progress = (stage: Stage, fraction: number, label?: string) => void;
type Message = { intent: 'success' | 'error' | 'info' | 'warning'; text: string } | null;

/** Where each stage sits on the single progress bar of an operation. */
const STAGE_SPAN: Record<Stage, [number, number]> = {
  read: [0, 0.35],
  check: [0.35, 0.6],
  write: [0.6, 1],
  clear: [0, 1],
  save: [0, 1],
  export: [0, 1],
  rollup: [0, 1],
};

export function overallProgress(stage: Stage, fraction: number): number {
  const [a, b] = STAGE_SPAN[stage] ?? [0, 1];
  return a + (b - a) * Math.min(1, Math.max(0, fraction));
}

/** A sentence for an error thrown by Excel, the settings or the engine. */
export function describeError(err: unknown, s: Strings, wrap: (msg: string) => string): string {
  const e = err as { code?: string; message?: string } | null;
  if (e?.code === 'InvalidOperationInCellEditMode') return s.errors.busy;
  const msg = (e?.message ?? String(err)).trim();
  return wrap(msg || s.errors.generic(''));
}

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The preset a plan is, unedited, or null. */
function presetOf(plan: Plan): string | null {
  const p = PRESETS.find((x) => x.id === plan.id);
  return p && sameJson(p, plan) ? p.id : null;
}

export interface AppProps {
  services: PaneServices | null;
  initialLang?: Lang;
  onLangChange?(lang: Lang): void;
}

export function App({ services, initialLang = 'vi', onLangChange }: AppProps) {
  const styles = useStyles();
  const [lang, setLangState] = useState<Lang>(initialLang);
  const s = strings(lang);
  const setLang = (l: Lang) => {
    setLangState(l);
    onLangChange?.(l);
  };

  return (
    <FluentProvider theme={webLightTheme} className={styles.provider} lang={lang}>
      <LangProvider lang={lang}>
        <div className={styles.root}>
          <header className={styles.header}>
            <div className={styles.titles}>
              <Subtitle1 as="h1">{s.appTitle}</Subtitle1>
              <Caption1 className={styles.subtitle}>{s.appSubtitle}</Caption1>
              {services?.kind === 'preview' && (
                <div>
                  <Badge appearance="tint" color="informative">
                    {s.previewBadge}
                  </Badge>
                </div>
              )}
            </div>
            <Select className={styles.lang} aria-label={s.language} value={lang} onChange={(_, d) => setLang(d.value as Lang)} size="small">
              {LANGS.map((l) => (
                <option key={l} value={l} lang={l}>
                  {strings(l).langName}
                </option>
              ))}
            </Select>
          </header>
          {services ? (
            <Pane services={services} lang={lang} s={s} />
          ) : (
            <MessageBar intent="info">
              <MessageBarBody>
                <strong>{s.noHost.title}.</strong> {s.noHost.body}
              </MessageBarBody>
            </MessageBar>
          )}
        </div>
      </LangProvider>
    </FluentProvider>
  );
}

function Pane({ services, lang, s }: { services: PaneServices; lang: Lang; s: Strings }) {
  const styles = useStyles();
  const presets = listPresets();
  const issuers = Object.fromEntries(PRESETS.map((p) => [p.id, p.issuer]));

  const [loaded, setLoaded] = useState(false);
  const [plan, setPlan] = useState<Plan | null>(null);
  const [origin, setOrigin] = useState<PlanOrigin | null>(null);
  const [mapping, setMapping] = useState<Mapping | null>(null);
  const [waivers, setWaivers] = useState<Waiver[]>([]);
  const [recognitions, setRecognitions] = useState<SheetRecognition[] | null>(null);
  const [outcome, setOutcome] = useState<CheckOutcome | null>(null);
  const [busy, setBusy] = useState<Busy>(null);
  const [message, setMessage] = useState<Message>(null);
  const [announce, setAnnounce] = useState('');
  const [tab, setTab] = useState<TabId>('plan');
  const [waiving, setWaiving] = useState<Finding | null>(null);
  const [reviewer, setReviewer] = useState('');
  /** The Đơn vị field as typed, and as stored in the workbook. */
  const [unit, setUnit] = useState('');
  const [savedUnit, setSavedUnit] = useState('');
  /** The unit the last check inferred when the field was empty. */
  const [inferredUnit, setInferredUnit] = useState<string | null>(null);
  /** The plan the last check used (the export names it, even if the plan is changed since). */
  const [checkedPlan, setCheckedPlan] = useState<Plan | null>(null);
  const [rollup, setRollup] = useState<RollupView | null>(null);
  const unsupported = services.unsupported();
  const sRef = useRef(s);
  sRef.current = s;

  useEffect(() => {
    let live = true;
    services
      .load()
      .then((saved) => {
        if (!live) return;
        setPlan(saved.plan);
        setOrigin(saved.plan ? (saved.presetId ? { kind: 'preset', id: saved.presetId } : { kind: 'saved' }) : null);
        setMapping(saved.mapping);
        setWaivers(saved.waivers);
        setReviewer(saved.waivers.at(-1)?.by ?? '');
        setUnit(saved.unit ?? '');
        setSavedUnit(saved.unit ?? '');
        if (saved.plan) setTab('results');
      })
      .catch((e: unknown) => live && setMessage({ intent: 'error', text: describeError(e, sRef.current, sRef.current.errors.read) }))
      .finally(() => live && setLoaded(true));
    return () => {
      live = false;
    };
  }, [services]);

  /** Runs one operation: progress bar, errors as sentences, nothing else at the same time. */
  const run = useCallback(async (first: Stage, op: (progress: Progress) => Promise<void>, wrap: (msg: string) => string) => {
    setBusy({ stage: first, fraction: 0 });
    setMessage(null);
    try {
      await op((stage, fraction, label) => setBusy({ stage, fraction, ...(label ? { label } : {}) }));
    } catch (e) {
      setMessage({ intent: 'error', text: describeError(e, sRef.current, wrap) });
    } finally {
      setBusy(null);
    }
  }, []);

  const unitGiven = unit.trim();
  const input = (): CheckInput | null => (plan ? { plan, lang, mapping, waivers, ...(unitGiven ? { unit: unitGiven } : {}) } : null);

  /** Stores the Đơn vị field in the workbook when it changed (on leaving the field or Enter). */
  const commitUnit = () => {
    if (unitGiven === savedUnit) return;
    const next = unitGiven;
    const before = savedUnit;
    setSavedUnit(next);
    services
      .saveUnit(next || null)
      .then(() => setMessage({ intent: 'success', text: sRef.current.status.unitSaved }))
      .catch((e: unknown) => {
        setSavedUnit(before);
        setMessage({ intent: 'error', text: describeError(e, sRef.current, sRef.current.errors.save) });
      });
  };

  const savePlan = (next: Plan, nextOrigin: PlanOrigin, done: string) =>
    run(
      'save',
      async () => {
        await services.savePlan(next, nextOrigin.kind === 'preset' ? nextOrigin.id : null);
        setPlan(next);
        setOrigin(nextOrigin);
        setMessage({ intent: 'success', text: done });
      },
      s.errors.save,
    );

  const recognise = (m: Mapping | null = mapping) =>
    run(
      'read',
      async () => {
        setRecognitions(await services.recognise(plan, m, lang));
      },
      s.errors.read,
    );

  const doCheck = (update: boolean) => {
    const i = input();
    if (!i) {
      setMessage({ intent: 'warning', text: s.actions.needPlan });
      setTab('plan');
      return;
    }
    return run(
      'read',
      async (progress) => {
        const o = await (update ? services.updateSummary(i, progress) : services.check(i, progress));
        setOutcome(o);
        setCheckedPlan(i.plan);
        if (!o.unit) setInferredUnit(o.result.workbookUnit.name);
        const f = applyWaivers(o.result.findings, waivers).filter((x) => !x.waived);
        const e = f.filter((x) => x.severity === 'error').length;
        const w = f.length - e;
        setMessage({
          intent: e ? 'warning' : 'success',
          text:
            update && o.summarySheet
              ? s.status.summaryUpdated(o.summarySheet)
              : o.summarySheet
                ? s.status.checked(e, w, o.summarySheet)
                : s.status.checkedNoSheet(e, w),
        });
        setTab('results');
        if (recognitions) setRecognitions(await services.recognise(plan, mapping, lang).catch(() => recognitions));
      },
      s.errors.check,
    );
  };

  const clear = () =>
    run(
      'clear',
      async (progress) => {
        await services.clearFlags(progress);
        setMessage({ intent: 'success', text: s.status.cleared });
      },
      s.errors.clear,
    );

  /** The unit was changed since the check: the summary sheet names the old one, so check again first. */
  const unitStale = !!outcome && (outcome.unit ?? '') !== unitGiven;

  const exportSummary = () => {
    if (!outcome || !checkedPlan) return;
    return run(
      'export',
      async () => {
        const file = await buildSummaryExportFile(outcome, checkedPlan, waivers, lang);
        const how = await services.openFile(file.fileName, file.bytes);
        setMessage({
          intent: 'success',
          text: how === 'opened' ? s.status.exportOpened(file.fileName) : s.status.exportDownloaded(file.fileName),
        });
      },
      s.errors.export,
    );
  };

  const consolidate = (files: File[]) => {
    if (!plan) return;
    const r = s.rollup;
    return run(
      'rollup',
      async (progress) => {
        setRollup(null);
        try {
          const out = await consolidateFiles(files, {
            plan,
            lang,
            ...(unitGiven ? { unit: unitGiven } : {}),
            onFile: (done, total) => progress('rollup', total ? done / total : 1, done < total ? r.read(done, total) : r.building),
          });
          const delivered = await services.openFile(out.file.fileName, out.file.bytes);
          const sum = out.result.summary;
          setRollup({
            total: out.total,
            skipped: out.skipped,
            rollup: {
              accepted: out.accepted,
              errors: sum.errors,
              warnings: sum.warnings,
              units: sum.units.length,
              nominees: out.file.data.nominees.length,
              fileName: out.file.fileName,
              delivered,
            },
          });
        } catch (e) {
          if (!(e instanceof NothingToConsolidate)) throw e;
          setRollup({ total: files.length, skipped: e.skipped, rollup: null, none: e.message });
        }
      },
      s.errors.rollup,
    );
  };

  const select = async (f: Finding) => {
    const row = f.rows[0];
    if (row === undefined) return;
    const t = outcome?.result.tables.find((x) => x.sheet === f.sheet);
    const last = t ? Math.max(t.lastColumn, t.statusColumn) : 1;
    try {
      await services.select(f.sheet, row, last);
      setAnnounce(s.status.selected(s.results.where(f.sheet, [row])));
    } catch (e) {
      setMessage({ intent: 'error', text: describeError(e, s, s.errors.select) });
    }
  };

  const saveWaivers = (next: Waiver[], done: string) =>
    run(
      'save',
      async () => {
        await services.saveWaivers(next);
        setWaivers(next);
        setMessage({ intent: 'success', text: done });
      },
      s.errors.save,
    );

  const busyText = busy ? (busy.label ?? s.stages[busy.stage] ?? s.stages.other) : '';
  const disabled = !!busy || !loaded || !!unsupported;
  const liveFindings = outcome ? applyWaivers(outcome.result.findings, waivers).filter((f) => !f.waived) : [];
  const planText = (t: { vi: string; en?: string }) => (lang === 'en' ? (t.en ?? t.vi) : t.vi);

  return (
    <>
      {unsupported && (
        <MessageBar intent="error">
          <MessageBarBody>{unsupported}</MessageBarBody>
        </MessageBar>
      )}
      <Toolbar aria-label={s.actions.toolbar} className={styles.toolbar}>
        <Button appearance="primary" disabled={disabled} title={s.actions.checkHint} onClick={() => void doCheck(false)}>
          {s.actions.check}
        </Button>
        <Button disabled={disabled || !outcome} title={s.actions.updateSummaryHint} onClick={() => void doCheck(true)}>
          {s.actions.updateSummary}
        </Button>
        <Button disabled={disabled} title={s.actions.clearHint} onClick={() => void clear()}>
          {s.actions.clear}
        </Button>
        <Button disabled={disabled || !outcome || unitStale} title={s.actions.exportSummaryHint} onClick={() => void exportSummary()}>
          {s.actions.exportSummary}
        </Button>
      </Toolbar>
      {plan && (
        <Caption1 className={styles.planLine}>
          {s.plan.current}: {planText(plan.source)}
        </Caption1>
      )}
      <Field
        className={styles.unit}
        label={s.unit.label}
        size="small"
        validationState={unitStale ? 'warning' : 'none'}
        validationMessage={unitStale ? s.unit.stale : !unitGiven && inferredUnit ? s.unit.inferred(inferredUnit) : s.unit.hint}
      >
        <Input
          size="small"
          value={unit}
          placeholder={inferredUnit ?? s.unit.placeholder}
          disabled={!loaded || !!unsupported}
          onChange={(_, d) => setUnit(d.value)}
          onBlur={commitUnit}
          onKeyDown={(e) => {
            if (e.key === 'Enter') commitUnit();
          }}
        />
      </Field>

      <div className={styles.live} aria-live="polite">
        {busy && (
          <Field
            label={busyText}
            validationMessage={`${Math.round(overallProgress(busy.stage, busy.fraction) * 100)}%`}
            validationState="none"
          >
            <ProgressBar value={overallProgress(busy.stage, busy.fraction)} max={1} thickness="large" />
          </Field>
        )}
        {message && (
          <MessageBar intent={message.intent} data-testid="message">
            <MessageBarBody>{message.text}</MessageBarBody>
            <MessageBarActions
              containerAction={
                <Button appearance="transparent" size="small" aria-label={s.errors.dismiss} onClick={() => setMessage(null)}>
                  ×
                </Button>
              }
            />
          </MessageBar>
        )}
        <span className={styles.srOnly}>{announce}</span>
      </div>

      {!loaded ? (
        <Spinner label={s.loading} />
      ) : (
        <>
          <TabList
            className={styles.tabs}
            aria-label={s.tabsLabel}
            selectedValue={tab}
            onTabSelect={(_, d) => {
              const next = d.value as TabId;
              setTab(next);
              if (next === 'mapping' && !recognitions && !busy) void recognise();
            }}
          >
            <Tab value="plan" id="tab-plan">
              {s.tabs.plan}
            </Tab>
            <Tab value="mapping" id="tab-mapping">
              {s.tabs.mapping}
            </Tab>
            <Tab value="results" id="tab-results">
              {s.tabs.results}
              {outcome && liveFindings.length > 0 && (
                <CounterBadge count={liveFindings.length} size="small" color="danger" style={{ marginLeft: 6 }} aria-hidden />
              )}
            </Tab>
            <Tab value="rollup" id="tab-rollup">
              {s.tabs.rollup}
            </Tab>
          </TabList>
          <div role="tabpanel" aria-labelledby={`tab-${tab}`} className={styles.panel}>
            {tab === 'plan' && (
              <>
                <PlanPicker
                  presets={presets}
                  presetIssuers={issuers}
                  plan={plan}
                  origin={origin}
                  disabled={disabled}
                  onPreset={(id) => {
                    const p = getPreset(id);
                    if (p) void savePlan(p, { kind: 'preset', id }, s.status.planSaved);
                  }}
                  onFile={(name, text) => {
                    const r = parsePlan(text, name, lang);
                    if (!r.ok) setMessage({ intent: 'error', text: r.message });
                    else
                      void savePlan(
                        r.plan,
                        presetOf(r.plan) ? { kind: 'preset', id: r.plan.id } : { kind: 'file', file: name },
                        s.status.planLoaded(name),
                      );
                  }}
                  onFileError={(name) => setMessage({ intent: 'error', text: s.errors.fileRead(name) })}
                  onExport={() => plan && downloadText(planFileName(plan), planFileText(plan))}
                />
                {plan && (
                  <PlanEditor
                    plan={plan}
                    disabled={disabled}
                    onSave={(next) => {
                      const id = presetOf(next);
                      void savePlan(next, id ? { kind: 'preset', id } : { kind: 'edited', id: next.id }, s.status.planSaved);
                    }}
                  />
                )}
              </>
            )}
            {tab === 'mapping' && (
              <MappingPanel
                recognitions={recognitions}
                mapping={mapping}
                disabled={disabled}
                onRefresh={() => void recognise()}
                onChange={(m) =>
                  void run(
                    'save',
                    async () => {
                      await services.saveMapping(m);
                      setMapping(m);
                      setRecognitions(await services.recognise(plan, m, lang));
                      setMessage({ intent: 'success', text: m ? s.status.mappingSaved : s.status.mappingReset });
                    },
                    s.errors.save,
                  )
                }
              />
            )}
            {tab === 'results' && (
              <ResultsPanel
                outcome={outcome}
                waivers={waivers}
                busy={!!busy}
                onSelect={(f) => void select(f)}
                onWaive={(f) => setWaiving(f)}
                onUnwaive={(f) =>
                  void saveWaivers(
                    waivers.filter((w) => w.key !== f.key),
                    s.status.unwaived,
                  )
                }
              />
            )}
            {tab === 'rollup' && (
              <ConsolidatePanel
                unitName={unitGiven || defaultRollupUnit(lang)}
                unitGiven={!!unitGiven}
                hasPlan={!!plan}
                disabled={disabled}
                view={rollup}
                onFiles={(files) => void consolidate(files)}
              />
            )}
          </div>
        </>
      )}
      <WaiveDialog
        finding={waiving}
        defaultBy={reviewer}
        onCancel={() => setWaiving(null)}
        onConfirm={(f, by, reason) => {
          setWaiving(null);
          setReviewer(by);
          const w: Waiver = { key: f.key, by, reason, at: new Date().toISOString() };
          void saveWaivers([...waivers.filter((x) => x.key !== f.key), w], s.status.waived);
        }}
      />
    </>
  );
}
