/**
 * *Soạn hồ sơ* behind one seam. The drafting module (`./dossier`, built by the dossier work
 * of issue 13) exports
 *
 *   buildDossierFile(outcome, plan, lang, details): Promise<{ fileName, bytes, unwaivedErrors }>
 *
 * and loads its docx chunk on demand. This branch was written before that module reached
 * main: `dossierBuilder` returns null, so the pane shows no *Soạn hồ sơ* action, until the
 * one marked line below imports it. The pane itself (the action, the sentence about unwaived
 * errors, the download) is complete and tested against a builder of that signature.
 */
import type { Lang } from '../engine/findings';
import type { Plan } from '../engine/plan/schema';
import type { CheckOutcome } from './services';

export interface DossierDetails {
  unit?: string;
  place?: string;
  /** `YYYY-MM-DD`. */
  date?: string;
  number?: string;
}

export interface DossierFile {
  fileName: string;
  bytes: Uint8Array;
  /** Error findings not waived in the check the dossier is drafted from. */
  unwaivedErrors: number;
}

export type BuildDossierFile = (outcome: CheckOutcome, plan: Plan, lang: Lang, details: DossierDetails) => Promise<DossierFile>;

export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The drafting function, or null while the pane has none. */
export async function dossierBuilder(): Promise<BuildDossierFile | null> {
  // When src/taskpane/dossier.ts is on main: return (await import('./dossier')).buildDossierFile;
  return null;
}
