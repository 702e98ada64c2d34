/**
 * `thidua check <file or folder>…`: a district's twenty communes, a sector union's forty
 * schools, checked one file at a time (only each file's report is kept, so memory stays
 * bounded), each file's copy, report and summary written into `--out-dir` under names taken
 * from the input, one line per file and a total on stdout, one combined report. A file that
 * cannot be read is one line with its sentence and never stops the batch.
 */
import { mkdir, readdir, realpath, stat } from 'node:fs/promises';
import { basename, extname, join, resolve } from 'node:path';
import { messages } from '../engine/i18n';
import type { Lang } from '../engine/findings';
import type { Report } from '../engine/output/report';
import { VERSION } from '../engine/version';
import { checkFile, writeOut, type CheckSetup, type FileOutputs } from './check-file';
import { InputError, shortCause } from './open-workbook';
import type { Io } from './main';

/** The workbooks a batch reads: files as given, folders searched (subfolders too) for .xlsx / .xlsm. */
export async function collectInputs(args: string[], exclude: string[], lang: Lang): Promise<string[]> {
  const out: string[] = [];
  const seen = new Set<string>();
  const excluded = new Set(await Promise.all(exclude.map((p) => realpath(p).catch(() => resolve(p)))));
  const add = async (p: string) => {
    const real = await realpath(p).catch(() => resolve(p));
    if (seen.has(real)) return;
    seen.add(real);
    out.push(p);
  };
  const walk = async (dir: string): Promise<void> => {
    if (excluded.has(await realpath(dir).catch(() => resolve(dir)))) return;
    const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      // Hidden files and Excel's lock files (~$Sổ.xlsx, written while a workbook is open) are not workbooks.
      if (e.name.startsWith('.') || e.name.startsWith('~$')) continue;
      const p = join(dir, e.name);
      if (e.isDirectory()) await walk(p);
      else if (e.isFile() && /\.xls[xm]$/i.test(e.name)) await add(p);
    }
  };
  for (const a of args) {
    const s = await stat(a).catch(() => null);
    if (s?.isDirectory()) await walk(a);
    else await add(a); // a missing or odd file is the batch's to report, in its own line
  }
  if (out.length === 0) throw new InputError(messages(lang).batch.noFiles(args));
  return out;
}

/**
 * Output names for each input in `dir`: `<name>.flagged.xlsx` (or .xlsm), `<name>.report.json`,
 * `<name>.summary.xlsx`; two inputs of the same name get ` (2)`, and no output is ever an input.
 */
export function outputNames(inputs: string[], dir: string, dossiers = false): FileOutputs[] {
  const used = new Set<string>();
  const inputPaths = new Set(inputs.map((p) => resolve(p).toLowerCase()));
  return inputs.map((input) => {
    const ext = extname(input).toLowerCase() === '.xlsm' ? '.xlsm' : '.xlsx';
    const stem = basename(input).replace(/\.[^.]+$/, '');
    for (let i = 1; ; i++) {
      const s = i === 1 ? stem : `${stem} (${i})`;
      const o: FileOutputs = {
        out: join(dir, `${s}.flagged${ext}`),
        report: join(dir, `${s}.report.json`),
        summary: join(dir, `${s}.summary.xlsx`),
        ...(dossiers ? { dossier: join(dir, `${s}.dossier.docx`) } : {}),
      };
      const paths = Object.values(o).map((p) => resolve(p).toLowerCase());
      if (used.has(s.toLowerCase()) || paths.some((p) => inputPaths.has(p))) continue;
      used.add(s.toLowerCase());
      return o;
    }
  });
}

export interface BatchEntry {
  /** The path as given (or found in a folder). */
  file: string;
  ok: boolean;
  /** The file's report (as `--report` writes it for one file). */
  report?: Report;
  /** The one sentence saying why it could not be checked. */
  error?: string;
  outputs?: FileOutputs;
}

export interface BatchReport {
  tool: 'thidua';
  version: string;
  plan: string;
  checkedAt: string;
  files: BatchEntry[];
  summary: { files: number; checked: number; failed: number; errors: number; warnings: number };
}

export async function checkBatch(
  args: string[],
  setup: CheckSetup,
  opts: { outDir?: string; report?: string; dossiers?: boolean },
  io: Io,
  now: () => Date = () => new Date(),
): Promise<number> {
  const { lang } = setup;
  const m = messages(lang);
  const files = await collectInputs(args, opts.outDir ? [opts.outDir] : [], lang);
  const names = opts.outDir ? outputNames(files, opts.outDir, opts.dossiers) : files.map(() => ({}));
  if (opts.outDir) await ensureDir(opts.outDir, lang);
  const entries: BatchEntry[] = [];
  let errors = 0;
  let warnings = 0;
  const clearProgress = () => io.isTTY && io.stderr('\r\x1b[K');
  for (let i = 0; i < files.length; i++) {
    const file = files[i]!;
    if (io.isTTY) io.stderr(`\r\x1b[K${m.batch.progress(i, files.length)}`);
    let line: string;
    try {
      const r = await checkFile(file, setup, names[i]!);
      const s = r.result.summary;
      errors += s.errors;
      warnings += s.warnings;
      entries.push({ file, ok: true, report: r.report, ...(opts.outDir ? { outputs: names[i] } : {}) });
      line = m.batch.fileLine(file, r.result.workbookUnit.name, s.errors, s.warnings);
    } catch (e) {
      const sentence = e instanceof InputError ? e.message : m.cli.unexpected(basename(file), shortCause(e));
      if (process.env.THIDUA_DEBUG) io.stderr(`${e instanceof InputError ? (e.debug ?? '') : (e as Error).stack}\n`);
      entries.push({ file, ok: false, error: sentence });
      line = m.batch.failedLine(file, sentence);
    }
    clearProgress();
    io.stdout(`${line}\n`);
  }
  const checked = entries.filter((e) => e.ok).length;
  io.stdout(`${m.batch.total(files.length, checked, files.length - checked, errors, warnings)}\n`);
  if (opts.report) {
    const combined: BatchReport = {
      tool: 'thidua',
      version: VERSION,
      plan: setup.plan.id,
      checkedAt: now().toISOString(),
      files: entries,
      summary: { files: files.length, checked, failed: files.length - checked, errors, warnings },
    };
    await writeOut(opts.report, JSON.stringify(combined, null, 2) + '\n', lang);
    io.stderr(`${m.batch.wroteReport(opts.report)}\n`);
  }
  if (opts.outDir && checked) io.stderr(`${m.batch.wroteDir(opts.outDir)}\n`);
  if (!checked) {
    io.stderr(`${m.batch.noneChecked}\n`);
    return 2;
  }
  return errors > 0 ? 1 : 0;
}

async function ensureDir(dir: string, lang: Lang): Promise<void> {
  try {
    await mkdir(dir, { recursive: true });
  } catch (e) {
    throw new InputError(messages(lang).cli.cannotWrite(dir, shortCause(e)));
  }
}
