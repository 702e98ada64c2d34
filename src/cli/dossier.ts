/**
 * `thidua check … --dossier hồ-sơ.docx`: drafts the Tờ trình, its list and the Bản tóm tắt
 * thành tích from the checked workbook (`src/dossier/`), and writes it. Options for what the
 * office knows of its own document: `--place`, `--dossier-date`, `--dossier-number`; the unit
 * is `--unit`, else the check's. When unwaived errors remain, one sentence says so first; the
 * dossier is drafted anyway (it is a draft: the office corrects the list, then drafts again).
 */
import { open, unlink, type FileHandle } from 'node:fs/promises';
import type { CheckResult } from '../engine/check';
import type { Lang } from '../engine/findings';
import { messages } from '../engine/i18n';
import { parseDateText } from '../engine/normalize/date';
import type { Plan } from '../engine/plan/schema';
import { buildDossier, type DossierDetails } from '../dossier';
import { InputError, shortCause } from './open-workbook';

export interface DossierArgs {
  dossier?: string;
  unit?: string;
  place?: string;
  'dossier-date'?: string;
  'dossier-number'?: string;
}

interface Io {
  stderr: (s: string) => void;
}

/** The details the options give; a date that is not a real date is one sentence (exit 2). */
export function dossierDetails(values: DossierArgs, lang: Lang): DossierDetails {
  const raw = values['dossier-date'];
  let date: string | undefined;
  if (raw !== undefined) {
    const iso = parseDateText(raw);
    if (!iso) throw new InputError(messages(lang).cli.badOption('--dossier-date', messages(lang).cli.why.date));
    date = iso;
  }
  return {
    ...(values.unit?.trim() ? { unit: values.unit.trim() } : {}),
    ...(values.place?.trim() ? { place: values.place.trim() } : {}),
    ...(date ? { date } : {}),
    ...(values['dossier-number']?.trim() ? { number: values['dossier-number'].trim() } : {}),
  };
}

/**
 * Drafts and writes the dossier. The file is opened first, so an unwritable path is the one
 * sentence said (exit 2); then, when unwaived error findings remain, one sentence says so
 * before drafting; after writing, where it went.
 */
export async function writeDossier(
  result: CheckResult,
  plan: Plan,
  workbookName: string,
  lang: Lang,
  details: DossierDetails,
  outPath: string,
  io: Io,
): Promise<void> {
  const m = messages(lang);
  const fail = (e: unknown) => new InputError(m.cli.cannotWrite(outPath, shortCause(e)));
  let file: FileHandle;
  try {
    file = await open(outPath, 'w');
  } catch (e) {
    throw fail(e);
  }
  try {
    if (result.summary.errors > 0) io.stderr(`${m.dossier.unwaivedErrors(result.summary.errors)}\n`);
    const bytes = await buildDossier({ result, plan, workbookName, lang, details });
    try {
      await file.writeFile(bytes);
    } catch (e) {
      throw fail(e);
    }
  } catch (e) {
    // No half-written dossier is left behind.
    await file.close().catch(() => {});
    await unlink(outPath).catch(() => {});
    throw e;
  }
  await file.close();
  io.stderr(`${m.dossier.wrote(outPath)}\n`);
}
