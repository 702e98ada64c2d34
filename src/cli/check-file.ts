/**
 * One workbook through the engine, with the outputs asked for: the flagged copy, the report,
 * the summary export. The single-file command and batch runs both go through here, so a file
 * checked in a batch gives exactly what `thidua check <file>` gives.
 */
import { writeFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { check, type CheckResult } from '../engine/check';
import { MappingError, type Mapping } from '../engine/detect/mapping';
import type { Lang, Waiver } from '../engine/findings';
import { messages } from '../engine/i18n';
import { buildFlagPlan } from '../engine/output/flags';
import { buildReport, type Report } from '../engine/output/report';
import { buildSummarySheet } from '../engine/output/summary-sheet';
import type { Plan } from '../engine/plan/schema';
import { buildSummaryExport } from '../port/file-export';
import { asInputError, InputError, openWorkbook, outKindProblem, shortCause } from './open-workbook';
import { zlibCodec } from './zlib-codec';
import type { Progress } from './progress';
import { writeDossier } from './dossier';
import type { DossierDetails } from '../dossier';

/** What every file of a run is checked with. */
export interface CheckSetup {
  plan: Plan;
  lang: Lang;
  unit?: string;
  /** ISO date. */
  conferenceDate?: string;
  mapping?: Mapping;
  /** The mapping file's path, for the sentence when one of its columns is missing. */
  mappingPath?: string;
  waivers?: Waiver[];
  /** What the Tờ trình says of itself (place, date, number, unit), when a dossier is drafted. */
  dossier?: DossierDetails;
}

/** Where this file's outputs go (absent: not written). */
export interface FileOutputs {
  out?: string;
  report?: string;
  summary?: string;
  /** The drafted dossier (.docx). */
  dossier?: string;
}

export interface FileChecked {
  /** The workbook's file name, as the report names it. */
  name: string;
  result: CheckResult;
  report: Report;
  written: { what: 'out' | 'report' | 'summary'; path: string }[];
}

export async function writeOut(path: string, data: Uint8Array | string, lang: Lang): Promise<void> {
  try {
    await writeFile(path, data);
  } catch (e) {
    throw new InputError(messages(lang).cli.cannotWrite(path, shortCause(e)));
  }
}

/** The kind of file an extension says (an .xlsm holds macros, an .xlsx cannot). */
export function fileKind(path: string): string {
  return extname(path).toLowerCase();
}

/** `io` hears the dossier's sentences (unwaived errors before drafting, where it went); a batch passes none. */
export async function checkFile(
  file: string,
  setup: CheckSetup,
  outputs: FileOutputs,
  progress?: Progress,
  io: { stderr: (s: string) => void } = { stderr: () => {} },
): Promise<FileChecked> {
  const { plan, lang } = setup;
  const m = messages(lang).cli;
  // An --out that would change the workbook's kind (.xlsm → .xlsx) is refused before anything is read…
  const kindProblem = outputs.out ? outKindProblem(file, outputs.out, lang) : null;
  if (kindProblem) throw new InputError(kindProblem);
  progress?.stage('read', 0);
  const { book, name } = await openWorkbook(file, lang);
  // …and again by what the file really holds (a macro workbook renamed .xlsx).
  const contentKind = outputs.out ? outKindProblem(file, outputs.out, lang, book.pkg.kind) : null;
  if (contentKind) throw new InputError(contentKind);
  const model = await book
    .readModel((d) => progress?.stage('read', d))
    .catch((e: unknown) => {
      throw asInputError(e, name, lang);
    });
  let result: CheckResult;
  try {
    result = check({
      model,
      plan,
      lang,
      unit: setup.unit,
      conferenceDate: setup.conferenceDate,
      mapping: setup.mapping,
      waivers: setup.waivers,
      onProgress: (stage, done) => progress?.stage(stage, done),
    });
  } catch (e) {
    if (e instanceof MappingError) throw new InputError(m.mappingColumn(basename(setup.mappingPath ?? ''), e.sheet, e.field, e.ref));
    throw e;
  }
  if (result.tables.length === 0)
    throw new InputError(
      m.noSheet(
        name,
        model.sheets.map((s) => s.name),
      ),
    );

  progress?.stage('write', 0);
  const written: FileChecked['written'] = [];
  const msgSummary = messages(lang).summary;
  if (outputs.out) {
    // The input's package with thidua's additions only (src/xlsx/patch.ts).
    await book.writeFlags(buildFlagPlan(result));
    await book.writeSummary(buildSummarySheet(result, plan, name, lang), {
      preferred: msgSummary.sheetName,
      alternative: msgSummary.sheetNameAlt,
    });
    const bytes = await book.toBytes().catch((e: unknown) => {
      throw asInputError(e, name, lang);
    });
    await writeOut(outputs.out, bytes, lang);
    written.push({ what: 'out', path: outputs.out });
  }
  if (outputs.summary) {
    // The export for the level above: summary, nominee list, and the data block it reads back.
    await writeOut(outputs.summary, buildSummaryExport(result, plan, name, lang, setup.unit, zlibCodec).bytes, lang);
    written.push({ what: 'summary', path: outputs.summary });
  }
  const report = buildReport(result, plan, name);
  if (outputs.report) {
    await writeOut(outputs.report, JSON.stringify(report, null, 2) + '\n', lang);
    written.push({ what: 'report', path: outputs.report });
  }
  if (outputs.dossier) {
    progress?.done();
    await writeDossier(result, plan, name, lang, setup.dossier ?? {}, outputs.dossier, io);
  }
  return { name, result, report, written };
}
