/**
 * *Soạn hồ sơ* in the pane: the dossier of the last check (the Tờ trình, its list and the
 * Bản tóm tắt thành tích), built exactly as `thidua check --dossier` builds it. The drafting
 * module and `docx` are loaded on demand (`import()`), a chunk of their own fetched the first
 * time a dossier is drafted. The pane says `unwaivedErrors` in one sentence
 * (`messages(lang).dossier.unwaivedErrors`) before handing the file over.
 */
import type { DossierDetails } from '../dossier';
import type { Lang } from '../engine/findings';
import type { Plan } from '../engine/plan/schema';
import { fileSlug } from './export';
import type { CheckOutcome } from './services';

export type { DossierDetails };

/** The drafting side, in its own chunk. */
export const loadDossier = () => import(/* webpackChunkName: "dossier" */ '../dossier');

export interface DossierFile {
  /** `Ho-so-<unit>.docx`, without diacritics (as `Tong-hop-<unit>.xlsx`). */
  fileName: string;
  bytes: Uint8Array;
  /** Error findings not waived in the check the dossier is drafted from. */
  unwaivedErrors: number;
}

/**
 * The dossier of `outcome`. The unit is the one typed for the dossier, else the one the check
 * was given, else the one it inferred; the place, date and number are what the user typed.
 */
export async function buildDossierFile(outcome: CheckOutcome, plan: Plan, lang: Lang, details: DossierDetails): Promise<DossierFile> {
  const { buildDossier } = await loadDossier();
  const unit = details.unit?.trim() || outcome.unit?.trim() || undefined;
  const bytes = await buildDossier({
    result: outcome.result,
    plan,
    workbookName: outcome.workbookName,
    lang,
    details: { ...details, ...(unit ? { unit } : {}) },
  });
  const named = unit ?? outcome.result.workbookUnit.name ?? '';
  return { fileName: `Ho-so-${fileSlug(named)}.docx`, bytes, unwaivedErrors: outcome.result.summary.errors };
}
