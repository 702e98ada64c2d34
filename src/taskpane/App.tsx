/**
 * The task pane: one short flow for a 320 px pane (plan, conference date, unit, *Kiểm tra*,
 * findings), and a menu at the top right (kept 40 px clear of the corner, where Office on
 * the Mac draws its own) for the secondary places — the plan and its parameters, the column
 * mapping, the roll-up of subordinate reports — the actions on the workbook (*Cập nhật Tổng
 * hợp*, *Xuất tổng hợp*, *Soạn hồ sơ*, *Xóa đánh dấu*) and the language. Vietnamese first;
 * English on request. All workbook access goes through `PaneServices`; the state is the
 * reducer of `state.ts`, its actions those of `use-pane.ts`.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import {
  Body1,
  Caption1,
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  FluentProvider,
  makeStyles,
  mergeClasses,
  Menu,
  MenuButton,
  MenuDivider,
  MenuGroup,
  MenuGroupHeader,
  MenuItem,
  MenuItemRadio,
  MenuList,
  MenuPopover,
  MenuTrigger,
  MessageBar,
  MessageBarBody,
  Spinner,
  Subtitle2,
  Toast,
  ToastTitle,
  Toaster,
  ToastTrigger,
  Link,
  tokens,
  useId,
  useToastController,
  webLightTheme,
} from '@fluentui/react-components';
import type { Finding } from '../engine/findings';
import { ConsolidatePanel } from './components/ConsolidatePanel';
import { MainView } from './components/MainView';
import { MappingPanel } from './components/MappingPanel';
import { PlanView } from './components/PlanView';
import { WaiveDialog } from './components/WaiveDialog';
import { defaultRollupUnit } from './export';
import { PRESETS } from '../engine/plan/presets';
import { LangProvider } from './i18n';
import type { PaneServices } from './services';
import { planWouldBeLost, staleReasons, type PaneState, type View } from './state';
import { LANGS, strings, type Lang, type Strings } from './strings';
import { unwaivedErrors, usePane, type BuildDossierFile, type Notify, type PaneActions } from './use-pane';
import { DossierDialog } from './components/DossierDialog';

export { describeError, overallProgress } from './use-pane';

const useStyles = makeStyles({
  // Not on the FluentProvider itself: Fluent gives its class to every portal (menus, lists, toasts).
  page: { minHeight: '100vh', backgroundColor: tokens.colorNeutralBackground1 },
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM} ${tokens.spacingVerticalL}`,
    maxWidth: '640px',
    boxSizing: 'border-box',
    minWidth: 0,
  },
  header: {
    display: 'flex',
    justifyContent: 'space-between',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    minWidth: 0,
  },
  titles: { display: 'flex', flexDirection: 'column', gap: '2px', minWidth: 0 },
  title: { margin: 0 },
  preview: { color: tokens.colorPaletteBlueForeground2 },
  popover: { minWidth: '240px', maxWidth: 'calc(100vw - 16px)' },
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
  // Office on the Mac draws its own menu in the pane's top-right corner: keep 40 px clear of it.
  menu: { marginRight: `calc(40px - ${tokens.spacingHorizontalM})`, flexShrink: 0 },
  viewHeader: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, minWidth: 0 },
  viewTitle: { margin: 0, minWidth: 0 },
  view: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  hide: { display: 'none' },
  // A toast never stands between the pointer and the pane (only its dismiss link takes clicks).
  toaster: { pointerEvents: 'none', '& *': { pointerEvents: 'none' }, '& .fui-Link': { pointerEvents: 'auto' } },
});

export interface AppProps {
  services: PaneServices | null;
  initialLang?: Lang;
  onLangChange?(lang: Lang): void;
  /** The dossier's drafting function (absent or null: no *Soạn hồ sơ*). */
  dossier?: BuildDossierFile | null;
}

export function App({ services, initialLang = 'vi', onLangChange, dossier = null }: AppProps) {
  const styles = useStyles();
  const [lang, setLangState] = useState<Lang>(initialLang);
  const s = strings(lang);
  const setLang = (l: Lang) => {
    setLangState(l);
    onLangChange?.(l);
  };
  const toasterId = useId('toaster');

  return (
    <FluentProvider theme={webLightTheme} lang={lang}>
      <LangProvider lang={lang}>
        <Toaster toasterId={toasterId} className={styles.toaster} position="top" offset={{ vertical: 48 }} limit={3} />
        <div className={mergeClasses(styles.page, styles.root)}>
          {services ? (
            <Pane services={services} lang={lang} s={s} setLang={setLang} toasterId={toasterId} dossier={dossier} />
          ) : (
            <>
              <Header s={s} lang={lang} setLang={setLang} />
              <MessageBar intent="info">
                <MessageBarBody>
                  <strong>{s.noHost.title}.</strong> {s.noHost.body}
                </MessageBarBody>
              </MessageBar>
            </>
          )}
        </div>
      </LangProvider>
    </FluentProvider>
  );
}

interface HeaderProps {
  s: Strings;
  lang: Lang;
  setLang(l: Lang): void;
  preview?: boolean;
  state?: PaneState;
  actions?: PaneActions;
  off?: boolean;
  canDossier?: boolean;
  menuRef?: React.Ref<HTMLButtonElement>;
}

/** The title, and the menu: the secondary places, the actions on the workbook, the language. */
function Header({ s, lang, setLang, preview, state, actions, off, canDossier, menuRef }: HeaderProps) {
  const styles = useStyles();
  const busy = !!state?.busy;
  const results = !!state?.results;
  const stale = state ? staleReasons(state).length > 0 : false;
  const item = (disabled: boolean) => ({ disabled: disabled || busy || !!off });
  return (
    <header className={styles.header}>
      <div className={styles.titles}>
        <Subtitle2 as="h1" className={styles.title}>
          {s.appTitle}
        </Subtitle2>
        {preview && <Caption1 className={styles.preview}>{s.previewBadge}</Caption1>}
      </div>
      <Menu
        checkedValues={{ lang: [lang] }}
        onCheckedValueChange={(_, d) => {
          const next = d.checkedItems[0];
          if (d.name === 'lang' && next && (LANGS as string[]).includes(next)) setLang(next as Lang);
        }}
      >
        <MenuTrigger disableButtonEnhancement>
          <MenuButton className={styles.menu} size="small" ref={menuRef} aria-label={s.menu.label} data-testid="menu">
            {s.menu.button}
          </MenuButton>
        </MenuTrigger>
        <MenuPopover className={styles.popover}>
          <MenuList>
            {actions && state && (
              <>
                <MenuGroup>
                  <MenuItem {...item(false)} onClick={() => actions.show('plan')}>
                    {s.menu.plan}
                  </MenuItem>
                  <MenuItem {...item(false)} onClick={() => actions.show('mapping')}>
                    {s.menu.mapping}
                  </MenuItem>
                  <MenuItem {...item(false)} onClick={() => actions.show('rollup')}>
                    {s.menu.rollup}
                  </MenuItem>
                </MenuGroup>
                <MenuDivider />
                <MenuGroup>
                  <MenuItem {...item(!results || stale)} title={s.actions.updateSummaryHint} onClick={() => void actions.updateSummary()}>
                    {s.actions.updateSummary}
                  </MenuItem>
                  <MenuItem {...item(!results || stale)} title={s.actions.exportSummaryHint} onClick={() => void actions.exportSummary()}>
                    {s.actions.exportSummary}
                  </MenuItem>
                  {canDossier && (
                    <MenuItem {...item(!results || stale)} title={s.actions.dossierHint} onClick={actions.openDossier}>
                      {s.actions.dossier}
                    </MenuItem>
                  )}
                  <MenuItem {...item(false)} title={s.actions.clearHint} onClick={() => void actions.clear()}>
                    {s.actions.clear}
                  </MenuItem>
                </MenuGroup>
                <MenuDivider />
              </>
            )}
            <MenuGroup>
              <MenuGroupHeader>{s.language}</MenuGroupHeader>
              {LANGS.map((l) => (
                <MenuItemRadio key={l} name="lang" value={l} lang={l}>
                  {strings(l).langName}
                </MenuItemRadio>
              ))}
            </MenuGroup>
          </MenuList>
        </MenuPopover>
      </Menu>
    </header>
  );
}

function Pane({
  services,
  lang,
  s,
  setLang,
  toasterId,
  dossier,
}: {
  services: PaneServices;
  lang: Lang;
  s: Strings;
  setLang(l: Lang): void;
  toasterId: string;
  dossier: BuildDossierFile | null;
}) {
  const styles = useStyles();
  const { dispatchToast } = useToastController(toasterId);
  const [quiet, setQuiet] = useState('');
  const notify = useCallback<Notify>(
    (intent, text, where = 'toast') =>
      where === 'quiet'
        ? setQuiet(text)
        : dispatchToast(
            <Toast data-testid="toast">
              <ToastTitle
                action={
                  intent === 'error' ? (
                    <ToastTrigger>
                      {/* Clicked, it leaves the focus where it was in the pane (a focused toast hands it to the next toast). */}
                      <Link onMouseDown={(e) => e.preventDefault()}>{strings(lang).errors.dismiss}</Link>
                    </ToastTrigger>
                  ) : undefined
                }
              >
                {text}
              </ToastTitle>
            </Toast>,
            { intent, timeout: intent === 'error' ? -1 : 5000 },
          ),
    [dispatchToast, lang],
  );
  const { state, actions } = usePane(services, lang, { notify, dossier });
  const unsupported = services.unsupported();
  const off = !state.loaded || !!unsupported;
  const menuRef = useRef<HTMLButtonElement>(null);
  const backRef = useRef<HTMLButtonElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  // The plan's place is built when first visited, then kept (its editor keeps unsaved changes).
  const [planBuilt, setPlanBuilt] = useState(false);
  if (state.view === 'plan' && !planBuilt) setPlanBuilt(true);

  // Entering a secondary place puts the focus on its Back button; leaving it, on the menu.
  const lastView = useRef<View>(state.view);
  useEffect(() => {
    if (lastView.current === state.view) return;
    const from = lastView.current;
    lastView.current = state.view;
    if (state.view !== 'main') backRef.current?.focus();
    else if (from !== 'main') menuRef.current?.focus();
  }, [state.view]);

  const restore = (el: HTMLElement | null) => {
    // After the dialog's own focus handling, on the button that opened it.
    setTimeout(() => el?.isConnected && el.focus(), 0);
  };

  const onWaive = (f: Finding, el: HTMLElement) => {
    opener.current = el;
    actions.openWaiver(f);
  };
  const onDossier = (el: HTMLElement | null) => {
    opener.current = el;
    actions.openDossier();
  };

  const secondary = (view: Exclude<View, 'main'>) => (
    <div className={styles.viewHeader}>
      <Button
        ref={backRef}
        appearance="subtle"
        aria-label={s.views.backLabel}
        onClick={() => {
          // On the menu before this button goes, so that the focus is never lost on the way.
          menuRef.current?.focus();
          actions.show('main');
        }}
      >
        ← {s.views.back}
      </Button>
      <Subtitle2 as="h2" className={styles.viewTitle} id={`view-${view}`}>
        {s.views[view]}
      </Subtitle2>
    </div>
  );

  return (
    <>
      <Header
        s={s}
        lang={lang}
        setLang={setLang}
        preview={services.kind === 'preview'}
        state={state}
        actions={actions}
        off={off}
        canDossier={!!dossier}
        menuRef={menuRef}
      />
      {unsupported && (
        <MessageBar intent="error">
          <MessageBarBody>{unsupported}</MessageBarBody>
        </MessageBar>
      )}
      {/* What a field stored, said to screen readers only: the field itself shows it. */}
      <span className={styles.srOnly} aria-live="polite" data-testid="quiet">
        {quiet}
      </span>
      {!state.loaded ? (
        <Spinner label={s.loading} />
      ) : (
        <>
          <div hidden={state.view !== 'main'} className={mergeClasses(styles.view, state.view !== 'main' && styles.hide)}>
            <MainView state={state} actions={actions} off={off} canDossier={!!dossier} onWaive={onWaive} onDossier={onDossier} />
          </div>
          {/* Kept mounted while hidden, so that the plan editor keeps changes not saved yet. */}
          {planBuilt && (
            <section
              hidden={state.view !== 'plan'}
              className={mergeClasses(styles.view, state.view !== 'plan' && styles.hide)}
              aria-labelledby="view-plan"
            >
              {state.view === 'plan' && secondary('plan')}
              <PlanView state={state} actions={actions} off={off} />
            </section>
          )}
          {state.view === 'mapping' && (
            <section className={styles.view} aria-labelledby="view-mapping">
              {secondary('mapping')}
              <MappingPanel
                recognitions={state.recognitions}
                mapping={state.mapping}
                disabled={off}
                onRefresh={() => void actions.recognise()}
                onChange={(m) => void actions.saveMapping(m)}
              />
            </section>
          )}
          {state.view === 'rollup' && (
            <section className={styles.view} aria-labelledby="view-rollup">
              {secondary('rollup')}
              <ConsolidatePanel
                unitName={state.unit.text.trim() || defaultRollupUnit(lang)}
                unitGiven={!!state.unit.text.trim()}
                hasPlan={!!state.plan}
                disabled={off || !!state.busy}
                busy={state.busy?.op === 'rollup' ? state.busy : null}
                view={state.rollup}
                onFiles={(files) => void actions.consolidate(files)}
              />
            </section>
          )}
        </>
      )}
      <WaiveDialog
        finding={state.waiving}
        defaultBy={state.reviewer}
        onCancel={() => {
          actions.closeWaiver();
          restore(opener.current);
        }}
        onConfirm={(f, by, reason) => {
          void actions.waive(f, by, reason).then(() => restore(opener.current));
        }}
      />
      <ConfirmPlanDialog state={state} actions={actions} s={s} lang={lang} />
      {dossier && (
        <DossierDialog
          open={state.drafting}
          unwaivedErrors={unwaivedErrors(state)}
          defaultUnit={state.unit.text.trim() || state.results?.outcome.result.workbookUnit.name || ''}
          busy={!!state.busy}
          onCancel={() => {
            actions.closeDossier();
            restore(opener.current ?? menuRef.current);
          }}
          onDraft={(details) =>
            void actions.draftDossier(details).then((done) => {
              if (done) restore(opener.current ?? menuRef.current);
            })
          }
        />
      )}
    </>
  );
}

/** Asks before a chosen plan replaces an edited or opened one. */
function ConfirmPlanDialog({ state, actions, s, lang }: { state: PaneState; actions: PaneActions; s: Strings; lang: Lang }) {
  const pending = state.confirmPlan;
  const text = (t: { vi: string; en?: string }) => (lang === 'en' ? (t.en ?? t.vi) : t.vi);
  const c = s.confirmPreset;
  // Plans are named shortly here (their full names run to several lines): the file, or who issued the preset.
  const current = state.origin?.kind === 'file' ? c.currentFile(state.origin.file) : c.currentSaved;
  const next = !pending
    ? ''
    : pending.file
      ? c.nextFile(pending.file)
      : c.nextPreset(PRESETS.find((p) => p.id === pending.plan.id)?.issuer ?? text(pending.plan.name));
  const back = () => setTimeout(() => document.querySelector<HTMLElement>('[data-testid="plan-choice"]')?.focus(), 0);
  const unsavedOnly = state.editorDirty && !(state.origin && state.origin.kind !== 'preset');
  // The safe answer has the focus (after the list that asked has put the focus back on itself).
  const keepRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!pending) return;
    const t = setTimeout(() => keepRef.current?.focus(), 50);
    return () => clearTimeout(t);
  }, [pending]);
  return (
    <Dialog
      open={!!pending}
      modalType="alert"
      onOpenChange={(_, d) => {
        if (!d.open) {
          actions.keepPlan();
          back();
        }
      }}
    >
      <DialogSurface aria-describedby="confirm-plan-body">
        <DialogBody>
          <DialogTitle>{c.title}</DialogTitle>
          <DialogContent id="confirm-plan-body">
            {pending && state.plan && (
              <Body1>
                {unsavedOnly ? c.unsaved : c.body(current, next)}
                {!unsavedOnly && state.editorDirty ? ` ${c.unsaved}` : ''}
              </Body1>
            )}
          </DialogContent>
          <DialogActions>
            <Button
              appearance="primary"
              disabled={!!state.busy}
              onClick={() => {
                actions.confirmPlan();
                back();
              }}
            >
              {c.replace}
            </Button>
            {planWouldBeLost(state) && !unsavedOnly && <Button onClick={actions.exportPlanFile}>{c.export}</Button>}
            <Button
              ref={keepRef}
              onClick={() => {
                actions.keepPlan();
                back();
              }}
            >
              {c.keep}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
