/**
 * A plan file opened in the pane, with what goes wrong said in plain words: which part of the
 * plan is missing or wrong (*căn cứ*, *tỷ lệ cử tri đi bầu*…), never the file's field names or
 * JSON terms the command line names for whoever wrote the file.
 */
import type { Lang } from '../engine/findings';
import { parsePlan } from '../engine/plan/load';
import { planSchema, type Plan } from '../engine/plan/schema';
import { strings } from './strings';

export type PlanFileResult = { ok: true; plan: Plan } | { ok: false; message: string };

export function readPlanFile(text: string, file: string, lang: Lang): PlanFileResult {
  const r = parsePlan(text, file, lang);
  if (r.ok) return r;
  const m = strings(lang).planFile;
  const body = text.replace(/^\uFEFF/, '');
  if (!body.trim()) return { ok: false, message: m.empty(file) };
  let raw: unknown;
  try {
    raw = JSON.parse(body);
  } catch {
    return { ok: false, message: m.notJson(file) };
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return { ok: false, message: m.notJson(file) };
  const checked = planSchema.safeParse(raw);
  const top = checked.success ? 'holidayYears' : String(checked.error.issues[0]?.path[0] ?? '');
  const part = m.parts[top];
  return { ok: false, message: part ? m.part(file, part) : m.other(file) };
}
