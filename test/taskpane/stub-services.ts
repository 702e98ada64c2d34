/** Pane services over a workbook model in memory (no Excel): the engine runs for real. */
import { check } from '../../src/engine/check';
import type { Mapping } from '../../src/engine/detect/mapping';
import type { Waiver } from '../../src/engine/findings';
import type { WorkbookModel } from '../../src/engine/model';
import type { Plan } from '../../src/engine/plan/schema';
import { recogniseModel } from '../../src/taskpane/recognise';
import type { PaneServices } from '../../src/taskpane/services';

export interface StubLog {
  calls: string[];
  selected: { sheet: string; row: number; lastColumn: number }[];
  saved: {
    plan?: { plan: Plan; presetId: string | null };
    mapping?: Mapping | null;
    waivers?: Waiver[];
    unit?: string | null;
    conferenceDate?: string | null;
  };
  /** Files handed to the user (`openFile`, `downloadFile`), with their bytes. */
  files: { fileName: string; bytes: Uint8Array; type?: string }[];
  /** The units the checks were given. */
  units: (string | undefined)[];
  /** The conference dates the checks were given. */
  conferenceDates: (string | undefined)[];
}

export function stubServices(
  model: WorkbookModel,
  initial: {
    plan?: Plan | null;
    presetId?: string | null;
    mapping?: Mapping | null;
    waivers?: Waiver[];
    unit?: string | null;
    conferenceDate?: string | null;
  } = {},
  opts: { failCheck?: Error; opened?: boolean; failSave?: Error } = {},
): { services: PaneServices; log: StubLog } {
  const log: StubLog = { calls: [], selected: [], saved: {}, files: [], units: [], conferenceDates: [] };
  const services: PaneServices = {
    kind: 'preview',
    unsupported: () => null,
    async load() {
      log.calls.push('load');
      return {
        plan: initial.plan ?? null,
        presetId: initial.presetId ?? null,
        mapping: initial.mapping ?? null,
        waivers: initial.waivers ?? [],
        unit: initial.unit ?? null,
        conferenceDate: initial.conferenceDate ?? null,
      };
    },
    async savePlan(plan, presetId) {
      log.calls.push('savePlan');
      if (opts.failSave) throw opts.failSave;
      log.saved.plan = { plan, presetId };
    },
    async saveMapping(mapping) {
      log.calls.push('saveMapping');
      log.saved.mapping = mapping;
    },
    async saveWaivers(waivers) {
      log.calls.push('saveWaivers');
      log.saved.waivers = waivers;
    },
    async saveUnit(unit) {
      log.calls.push('saveUnit');
      log.saved.unit = unit;
    },
    async saveConferenceDate(iso) {
      log.calls.push('saveConferenceDate');
      log.saved.conferenceDate = iso;
    },
    async recognise(plan, mapping, lang) {
      log.calls.push('recognise');
      return recogniseModel(model, plan, mapping, lang);
    },
    async check(input, onProgress) {
      log.calls.push('check');
      if (opts.failCheck) throw opts.failCheck;
      onProgress('read', 1);
      log.units.push(input.unit);
      log.conferenceDates.push(input.conferenceDate);
      const result = check({
        model,
        plan: input.plan,
        lang: input.lang,
        waivers: input.waivers,
        unit: input.unit,
        conferenceDate: input.conferenceDate,
        ...(input.mapping ? { mapping: input.mapping } : {}),
      });
      onProgress('write', 1);
      return {
        result,
        summarySheet: 'Tổng hợp',
        workbookName: model.name,
        model,
        ...(input.unit ? { unit: input.unit } : {}),
        ...(input.conferenceDate ? { conferenceDate: input.conferenceDate } : {}),
      };
    },
    async updateSummary(input, onProgress) {
      log.calls.push('updateSummary');
      return services.check(input, onProgress);
    },
    async clearFlags() {
      log.calls.push('clearFlags');
    },
    async select(sheet, row, lastColumn) {
      log.calls.push('select');
      log.selected.push({ sheet, row, lastColumn });
    },
    async openFile(fileName, bytes) {
      log.calls.push('openFile');
      log.files.push({ fileName, bytes });
      return opts.opened ? 'opened' : 'downloaded';
    },
    async downloadFile(fileName, bytes, type) {
      log.calls.push('downloadFile');
      log.files.push({ fileName, bytes, type });
    },
  };
  return { services, log };
}
