/**
 * The pane's actions: each reads the state, talks to the workbook through `PaneServices`,
 * and dispatches the transitions of `state.ts`. Confirmations go to `notify` (a toast near
 * the top of the pane); the check's own sentence stays under *Kiểm tra*.
 */
import { useCallback, useEffect, useMemo, useReducer, useRef } from 'react';
import type { Mapping } from '../engine/detect/mapping';
import type { Finding, Lang, Waiver } from '../engine/findings';
import { parseConferenceDate } from '../engine/plan/conference-date';
import { getPreset } from '../engine/plan/presets';
import type { Plan } from '../engine/plan/schema';
import { applyWaivers } from './components/ResultsPanel';
import type { RollupView } from './components/ConsolidatePanel';
import type { buildDossierFile, DossierDetails } from './dossier';
import { downloadText, planFileName, planFileText } from './download';
import { buildSummaryExportFile, consolidateFiles, NothingToConsolidate, withWaivers } from './export';
import { readPlanFile } from './plan-file';
import { relabel } from './relabel';
import type { CheckInput, PaneServices, Stage } from './services';
import {
  deadlineUnchecked,
  initialState,
  planWouldBeLost,
  presetOf,
  reducer,
  staleReasons,
  type CheckedWith,
  type Message,
  type Op,
  type PaneState,
  type PendingPlan,
  type PlanOrigin,
  type View,
} from './state';
import { strings, type Strings } from './strings';

/**
 * Says something to the user: as a toast near the top of the pane, or (`quiet`) only to
 * screen readers, for a field that shows what it stored itself.
 */
export type Notify = (intent: 'success' | 'error' | 'info' | 'warning', text: string, where?: 'toast' | 'quiet') => void;
type Progress = (stage: Stage, fraction: number, label?: string) => void;

/** A sentence for an error thrown by Excel, the settings or the engine. */
export function describeError(err: unknown, s: Strings, wrap: (msg: string) => string): string {
  const e = err as { code?: string; message?: string } | null;
  if (e?.code === 'InvalidOperationInCellEditMode') return s.errors.busy;
  const msg = (e?.message ?? String(err)).trim();
  return wrap(msg || s.errors.generic(''));
}

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

export interface PaneOptions {
  notify: Notify;
  /** The dossier's drafting function (null: the pane offers no *Soạn hồ sơ*). */
  dossier: BuildDossierFile | null;
}

export type BuildDossierFile = typeof buildDossierFile;

export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The unwaived errors of the listed results, with the waivers as they are now. */
export function unwaivedErrors(state: { results: PaneState['results']; waivers: Waiver[] }): number {
  const r = state.results;
  if (!r) return 0;
  return applyWaivers(r.outcome.result.findings, state.waivers).filter((f) => !f.waived && f.severity === 'error').length;
}

export function usePane(services: PaneServices, lang: Lang, { notify, dossier }: PaneOptions) {
  const [state, dispatch] = useReducer(reducer, initialState);
  const ref = useRef(state);
  ref.current = state;
  const s = strings(lang);
  const sRef = useRef(s);
  sRef.current = s;
  const langRef = useRef(lang);
  langRef.current = lang;
  const notifyRef = useRef(notify);
  notifyRef.current = notify;

  useEffect(() => {
    let live = true;
    services
      .load()
      .then((saved) => live && dispatch({ type: 'loaded', saved }))
      .catch((e: unknown) => {
        if (!live) return;
        const text = describeError(e, sRef.current, sRef.current.errors.read);
        dispatch({ type: 'loadFailed', message: { intent: 'error', say: () => text } });
      });
    return () => {
      live = false;
    };
  }, [services]);

  // A language switch says the listed findings again in that language.
  useEffect(() => {
    const r = ref.current.results;
    if (!r || r.checkedWith.lang === lang) return;
    const again = relabel(r.outcome, r.checkedWith, lang);
    if (again) dispatch({ type: 'relabelled', outcome: again, lang });
  }, [lang, state.results]);

  /**
   * Runs one operation: progress, errors as one sentence (under *Kiểm tra* for a check, else
   * a notice), nothing else at the same time. False when it did not run or failed.
   */
  const run = useCallback(
    async (op: Op, first: Stage, work: (progress: Progress) => Promise<void>, wrap: (s: Strings) => (msg: string) => string) => {
      if (ref.current.busy) return false;
      dispatch({ type: 'started', op, stage: first });
      try {
        await work((stage, fraction, label) => dispatch({ type: 'progress', stage, fraction, ...(label ? { label } : {}) }));
        return true;
      } catch (e) {
        if (op === 'check' || op === 'update') {
          const err = e;
          dispatch({ type: 'checkFailed', message: { intent: 'error', say: (t) => describeError(err, t, wrap(t)) } });
        } else notifyRef.current('error', describeError(e, sRef.current, wrap(sRef.current)));
        return false;
      } finally {
        dispatch({ type: 'idle' });
      }
    },
    [],
  );

  /* -------------------------------- plan and date ---------------------------------- */

  const savePlan = useCallback(
    (pending: PendingPlan) =>
      run(
        'save',
        'save',
        async () => {
          await services.savePlan(pending.plan, pending.origin.kind === 'preset' ? pending.origin.id : null);
          dispatch({ type: 'planSaved', plan: pending.plan, origin: pending.origin });
          // A preset chosen in the main view's list shows itself there; a file or the editor's plan is said.
          const chosen = pending.origin.kind === 'preset' && !pending.file && ref.current.view === 'main';
          notifyRef.current(
            'success',
            pending.file ? sRef.current.status.planLoaded(pending.file) : sRef.current.status.planSaved,
            chosen ? 'quiet' : 'toast',
          );
        },
        (t) => t.errors.save,
      ),
    [run, services],
  );

  /** A plan the user chose: saved at once, or asked about first when it would replace an edited one. */
  const offerPlan = useCallback(
    (pending: PendingPlan) => {
      if (planWouldBeLost(ref.current)) dispatch({ type: 'planAsked', pending });
      else void savePlan(pending);
    },
    [savePlan],
  );

  const choosePreset = useCallback(
    (id: string) => {
      const cur = ref.current;
      if (cur.origin?.kind === 'preset' && cur.origin.id === id && !cur.editorDirty) return;
      const plan = getPreset(id);
      if (plan) offerPlan({ plan, origin: { kind: 'preset', id } });
    },
    [offerPlan],
  );

  const openPlanFile = useCallback(
    (file: string, text: string) => {
      const r = readPlanFile(text, file, langRef.current);
      if (!r.ok) {
        notifyRef.current('error', r.message);
        return;
      }
      const id = presetOf(r.plan);
      offerPlan({ plan: r.plan, origin: id ? { kind: 'preset', id } : { kind: 'file', file }, file });
    },
    [offerPlan],
  );

  const confirmPlan = useCallback(() => {
    const pending = ref.current.confirmPlan;
    if (pending) void savePlan(pending);
  }, [savePlan]);

  const saveEditedPlan = useCallback(
    (plan: Plan) => {
      const id = presetOf(plan);
      const origin: PlanOrigin = id ? { kind: 'preset', id } : { kind: 'edited', id: plan.id };
      void savePlan({ plan, origin });
    },
    [savePlan],
  );

  const exportPlanFile = useCallback(() => {
    const plan = ref.current.plan;
    if (!plan) return;
    downloadText(planFileName(plan), planFileText(plan));
    notifyRef.current('success', sRef.current.status.planExported(planFileName(plan)));
  }, []);

  /** Stores the typed conference date when it changed (on leaving the field or Enter); says so when it is no date. */
  const commitConference = useCallback(() => {
    const c = ref.current.conference;
    const typed = c.text.trim();
    const iso = typed ? parseConferenceDate(typed) : null;
    if (typed && !iso) {
      dispatch({ type: 'conferenceInvalid' });
      return;
    }
    if (iso === c.saved) {
      dispatch({ type: 'conferenceSaved', iso }); // shown as dd/mm/yyyy
      return;
    }
    const before = c.saved;
    dispatch({ type: 'conferenceSaved', iso });
    services
      .saveConferenceDate(iso)
      .then(() => notifyRef.current('success', iso ? sRef.current.conference.saved : sRef.current.conference.removed, 'quiet'))
      .catch((e: unknown) => {
        dispatch({ type: 'conferenceSaved', iso: before });
        notifyRef.current('error', describeError(e, sRef.current, sRef.current.errors.save));
      });
  }, [services]);

  /** Stores the Đơn vị field in the workbook when it changed (on leaving the field or Enter). */
  const commitUnit = useCallback(() => {
    const u = ref.current.unit;
    const next = u.text.trim();
    if (next === u.saved) return;
    const before = u.saved;
    dispatch({ type: 'unitSaved', unit: next });
    services
      .saveUnit(next || null)
      .then(() => notifyRef.current('success', sRef.current.status.unitSaved, 'quiet'))
      .catch((e: unknown) => {
        dispatch({ type: 'unitSaved', unit: before });
        notifyRef.current('error', describeError(e, sRef.current, sRef.current.errors.save));
      });
  }, [services]);

  /* ------------------------------- check and findings ------------------------------- */

  const recognise = useCallback(
    (mapping: Mapping | null = ref.current.mapping) =>
      run(
        'recognise',
        'read',
        async () => {
          dispatch({ type: 'recognised', recognitions: await services.recognise(ref.current.plan, mapping, langRef.current) });
        },
        (t) => t.errors.read,
      ),
    [run, services],
  );

  const check = useCallback(
    (update: boolean) => {
      const cur = ref.current;
      const plan = cur.plan;
      if (!plan) return Promise.resolve(false);
      const unit = cur.unit.text.trim();
      const conferenceDate = cur.conference.saved;
      const checkedWith: CheckedWith = { plan, conferenceDate, unit, mapping: cur.mapping, waivers: cur.waivers, lang: langRef.current };
      const input: CheckInput = {
        plan,
        lang: langRef.current,
        mapping: cur.mapping,
        waivers: cur.waivers,
        ...(unit ? { unit } : {}),
        ...(conferenceDate ? { conferenceDate } : {}),
      };
      return run(
        update ? 'update' : 'check',
        'read',
        async (progress) => {
          const outcome = await (update ? services.updateSummary(input, progress) : services.check(input, progress));
          const live = applyWaivers(outcome.result.findings, checkedWith.waivers).filter((x) => !x.waived);
          const e = live.filter((x) => x.severity === 'error').length;
          const w = live.length - e;
          const sheet = outcome.summarySheet;
          const unchecked = deadlineUnchecked(plan, conferenceDate);
          const message: Message = {
            intent: e ? 'warning' : 'success',
            say: (t) =>
              (update && sheet ? t.status.summaryUpdated(sheet) : sheet ? t.status.checked(e, w, sheet) : t.status.checkedNoSheet(e, w)) +
              (unchecked ? ` ${t.status.deadlineUnchecked}` : ''),
          };
          dispatch({ type: 'checkFinished', outcome, checkedWith, message });
          if (ref.current.recognitions) {
            const again = await services.recognise(plan, cur.mapping, langRef.current).catch(() => null);
            if (again) dispatch({ type: 'recognised', recognitions: again });
          }
        },
        (t) => (update ? t.errors.save : t.errors.check),
      );
    },
    [run, services],
  );

  const clear = useCallback(
    () =>
      run(
        'clear',
        'clear',
        async (progress) => {
          await services.clearFlags(progress);
          dispatch({ type: 'cleared' });
          notifyRef.current('success', sRef.current.status.cleared);
        },
        (t) => t.errors.clear,
      ),
    [run, services],
  );

  const select = useCallback(
    async (f: Finding) => {
      const row = f.rows[0];
      if (row === undefined) return;
      const t = ref.current.results?.outcome.result.tables.find(
        (x) => x.sheet === f.sheet && row >= x.headerRows[0]! && row <= x.lastDataRow,
      );
      const any = t ?? ref.current.results?.outcome.result.tables.find((x) => x.sheet === f.sheet);
      const last = any ? Math.max(any.lastColumn, any.statusColumn) : 1;
      try {
        await services.select(f.sheet, row, last);
        return sRef.current.status.selected(sRef.current.results.where(f.sheet, [row]));
      } catch (e) {
        notifyRef.current('error', describeError(e, sRef.current, sRef.current.errors.select));
        return undefined;
      }
    },
    [services],
  );

  const saveWaivers = useCallback(
    (next: Waiver[], done: (s: Strings) => string, reviewer?: string) =>
      run(
        'save',
        'save',
        async () => {
          await services.saveWaivers(next);
          dispatch({ type: 'waiversSaved', waivers: next, ...(reviewer !== undefined ? { reviewer } : {}) });
          notifyRef.current('success', done(sRef.current));
        },
        (t) => t.errors.save,
      ),
    [run, services],
  );

  const waive = useCallback(
    (f: Finding, by: string, reason: string) => {
      const w: Waiver = { key: f.key, by, reason, at: new Date().toISOString() };
      return saveWaivers([...ref.current.waivers.filter((x) => x.key !== f.key), w], (t) => t.status.waived, by);
    },
    [saveWaivers],
  );

  const unwaive = useCallback(
    (f: Finding) =>
      saveWaivers(
        ref.current.waivers.filter((w) => w.key !== f.key),
        (t) => t.status.unwaived,
      ),
    [saveWaivers],
  );

  /* ----------------------------- mapping, export, roll-up ---------------------------- */

  const saveMapping = useCallback(
    (m: Mapping | null) =>
      run(
        'save',
        'save',
        async () => {
          await services.saveMapping(m);
          dispatch({ type: 'mappingSaved', mapping: m });
          dispatch({ type: 'recognised', recognitions: await services.recognise(ref.current.plan, m, langRef.current) });
          notifyRef.current('success', m ? sRef.current.status.mappingSaved : sRef.current.status.mappingReset);
        },
        (t) => t.errors.save,
      ),
    [run, services],
  );

  const exportSummary = useCallback(() => {
    const r = ref.current.results;
    if (!r || staleReasons(ref.current).length) return Promise.resolve(false);
    return run(
      'export',
      'export',
      async () => {
        const file = await buildSummaryExportFile(r.outcome, r.checkedWith.plan, ref.current.waivers, langRef.current);
        const how = await services.openFile(file.fileName, file.bytes);
        notifyRef.current(
          'success',
          how === 'opened' ? sRef.current.status.exportOpened(file.fileName) : sRef.current.status.exportDownloaded(file.fileName),
        );
      },
      (t) => t.errors.export,
    );
  }, [run, services]);

  const draftDossier = useCallback(
    (details: DossierDetails) => {
      const r = ref.current.results;
      if (!dossier || !r || staleReasons(ref.current).length) return Promise.resolve(false);
      return run(
        'dossier',
        'export',
        async () => {
          // The dossier counts the waivers as they are now, as the summary export does.
          const outcome = { ...r.outcome, result: withWaivers(r.outcome.result, ref.current.waivers) };
          const file = await dossier(outcome, r.checkedWith.plan, langRef.current, details);
          await services.downloadFile(file.fileName, file.bytes, DOCX_TYPE);
          dispatch({ type: 'draftClosed' });
          notifyRef.current('success', sRef.current.dossier.downloaded(file.fileName));
        },
        (t) => t.errors.dossier,
      );
    },
    [dossier, run, services],
  );

  const consolidate = useCallback(
    (files: File[]) => {
      const plan = ref.current.plan;
      if (!plan) return Promise.resolve(false);
      const unit = ref.current.unit.text.trim();
      return run(
        'rollup',
        'rollup',
        async (progress) => {
          dispatch({ type: 'rollupDone', view: null });
          const r = sRef.current.rollup;
          let view: RollupView;
          try {
            const out = await consolidateFiles(files, {
              plan,
              lang: langRef.current,
              ...(unit ? { unit } : {}),
              onFile: (done, total) => progress('rollup', total ? done / total : 1, done < total ? r.read(done, total) : r.building),
            });
            const delivered = await services.openFile(out.file.fileName, out.file.bytes);
            const sum = out.result.summary;
            view = {
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
            };
          } catch (e) {
            if (!(e instanceof NothingToConsolidate)) throw e;
            view = { total: files.length, skipped: e.skipped, rollup: null, none: e.message };
          }
          dispatch({ type: 'rollupDone', view });
        },
        (t) => t.errors.rollup,
      );
    },
    [run, services],
  );

  const show = useCallback(
    (view: View) => {
      dispatch({ type: 'view', view });
      if (view === 'mapping' && !ref.current.recognitions) void recognise();
    },
    [recognise],
  );

  const actions = useMemo(
    () => ({
      dispatch,
      show,
      choosePreset,
      openPlanFile,
      confirmPlan,
      keepPlan: () => dispatch({ type: 'planKept' }),
      saveEditedPlan,
      exportPlanFile,
      typeConference: (text: string) => dispatch({ type: 'conferenceTyped', text }),
      commitConference,
      typeUnit: (text: string) => dispatch({ type: 'unitTyped', text }),
      commitUnit,
      check: () => check(false),
      updateSummary: () => check(true),
      clear,
      select,
      openWaiver: (f: Finding) => dispatch({ type: 'waiveOpened', finding: f }),
      closeWaiver: () => dispatch({ type: 'waiveClosed' }),
      waive,
      unwaive,
      recognise,
      saveMapping,
      exportSummary,
      openDossier: () => dispatch({ type: 'draftOpened' }),
      closeDossier: () => dispatch({ type: 'draftClosed' }),
      draftDossier,
      consolidate,
      editorDirty: (dirty: boolean) => dispatch({ type: 'editorDirty', dirty }),
      fileError: (file: string) => notifyRef.current('error', sRef.current.errors.fileRead(file)),
    }),
    [
      show,
      choosePreset,
      openPlanFile,
      confirmPlan,
      saveEditedPlan,
      exportPlanFile,
      commitConference,
      commitUnit,
      check,
      clear,
      select,
      waive,
      unwaive,
      recognise,
      saveMapping,
      exportSummary,
      draftDossier,
      consolidate,
    ],
  );

  return { state, actions };
}

export type PaneActions = ReturnType<typeof usePane>['actions'];
