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
  saved: { plan?: { plan: Plan; presetId: string | null }; mapping?: Mapping | null; waivers?: Waiver[]; unit?: string | null };
  /** Files handed to the user (`openFile`), with their bytes. */
  files: { fileName: string; bytes: Uint8Array }[];
  /** The units the checks were given. */
  units: (string | undefined)[];
}

export function stubServices(
  model: WorkbookModel,
  initial: { plan?: Plan | null; presetId?: string | null; mapping?: Mapping | null; waivers?: Waiver[]; unit?: string | null } = {},
  opts: { failCheck?: Error; opened?: boolean } = {},
): { services: PaneServices; log: StubLog } {
  const log: StubLog = { calls: [], selected: [], saved: {}, files: [], units: [] };
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
      };
    },
    async savePlan(plan, presetId) {
      log.calls.push('savePlan');
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
    async recognise(plan, mapping, lang) {
      log.calls.push('recognise');
      return recogniseModel(model, plan, mapping, lang);
    },
    async check(input, onProgress) {
      log.calls.push('check');
      if (opts.failCheck) throw opts.failCheck;
      onProgress('read', 1);
      log.units.push(input.unit);
      const result = check({
        model,
        plan: input.plan,
        lang: input.lang,
        waivers: input.waivers,
        unit: input.unit,
        ...(input.mapping ? { mapping: input.mapping } : {}),
      });
      onProgress('write', 1);
      return { result, summarySheet: 'Tổng hợp', workbookName: model.name, ...(input.unit ? { unit: input.unit } : {}) };
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
  };
  return { services, log };
}
