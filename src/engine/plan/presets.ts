/**
 * The built-in plans (PLANS.md A, B, C). Each is a JSON file under `presets/`, parsed
 * through the same schema as a user's plan file, so a preset can never drift from it.
 *
 * Choices the source texts leave open (JSON has no comments, so they are noted here):
 * - A: `criteria.individual` is empty. Seed 004 §V.2.2 only asks individuals for
 *   "thành tích xuất sắc, tiêu biểu", which offices do not record as a checkable column;
 *   a criterion there would fail every individual nominee.
 * - A: turnout minimum 98% applies to district, commune and village (L3); provincial
 *   bodies, the election office and base unions have none (`minByCategory` null).
 * - A: besides the chairman's Bằng khen (in quota, 2.0/1.0 × base salary under Decree
 *   91/2017: individual 1.0, collective double), heads' Giấy khen are allowed outside the
 *   quota: department/district heads 0.6/0.3 and commune chairmen 0.3/0.15 (PLANS.md's
 *   table), as two forms so the estimate can tell them apart.
 * - B: the Bằng khen of Tổng LĐLĐ Việt Nam is a central body's Bằng khen (2.0/1.0).
 *   The LĐLĐ tỉnh Bằng khen and the upper union's Giấy khen are the union's own awards,
 *   paid under union rules, not Decree 91: both have no coefficient (no estimate) rather
 *   than a guessed one. Users set them in their plan.
 * - B: no `scheduledCompletion` (FINISHED_LATE is plan A's L5 only); no dossier deadline.
 * - B: criterion "e" of seed 000 is expanded into C1, C2, C4; C3 (100%) is the target.
 * - All: the 2021 and 2026 days off of holidays-vn.json (see holidays.md); reward money
 *   rounded up to the next 10,000 đồng per award (`roundToVnd` 10000, `roundDirection`
 *   "up": Decree 91/2017 Art. 68(2), kept in 98/2023 Art. 53(2); see money.md).
 */
import { planSchema, type Plan } from './schema';
import thaiBinh from './presets/thai-binh-32-2021.json';
import hungYen from './presets/hung-yen-cdn-gd-2021.json';
import vinhPhuc from './presets/vinh-phuc-quy-dtpt-2021.json';

function load(raw: unknown, file: string): Plan {
  const r = planSchema.safeParse(raw);
  if (!r.success) {
    const first = r.error.issues[0];
    const where = first ? first.path.join('.') : '';
    throw new Error(`Preset ${file} does not match the plan schema at "${where}": ${first?.message ?? ''}`);
  }
  return r.data;
}

/** The presets, parsed at module load (a broken preset fails loudly, at once). */
export const PRESETS: Plan[] = [
  load(thaiBinh, 'thai-binh-32-2021.json'),
  load(hungYen, 'hung-yen-cdn-gd-2021.json'),
  load(vinhPhuc, 'vinh-phuc-quy-dtpt-2021.json'),
];

export interface PresetInfo {
  id: string;
  name: Plan['name'];
  source: Plan['source'];
}

/** A preset by id, or undefined. The returned plan is a fresh copy: callers may edit it. */
export function getPreset(id: string): Plan | undefined {
  const p = PRESETS.find((x) => x.id === id.trim());
  return p ? structuredClone(p) : undefined;
}

export function listPresets(): PresetInfo[] {
  return PRESETS.map((p) => ({ id: p.id, name: { ...p.name }, source: { ...p.source } }));
}
