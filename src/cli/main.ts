/**
 * `thidua` — the command line of CONTRACT.md. A thin shell: open the file (the package
 * module's file adapter), run the engine, write the flagged copy, report and summary.
 * Exit 0: no error finding; 1: error findings; 2: the input could not be processed.
 */
import { parseArgs } from 'node:util';
import { readFileSync, existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { check } from '../engine/check';
import { messages } from '../engine/i18n';
import type { Lang, Waiver } from '../engine/findings';
import { listPresets } from '../engine/plan/presets';
import { resolvePlan } from '../engine/plan/load';
import type { Plan } from '../engine/plan/schema';
import { mappingSchema, MappingError, type Mapping } from '../engine/detect/mapping';
import { buildReport } from '../engine/output/report';
import { buildFlagPlan } from '../engine/output/flags';
import { buildSummarySheet } from '../engine/output/summary-sheet';
import { asInputError, InputError, openWorkbook, outKindProblem, shortCause } from './open-workbook';
import { Progress } from './progress';
import { consolidateCommand } from './consolidate';
import { buildSummaryExport } from '../port/file-export';
import { zlibCodec } from './zlib-codec';

export interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  isTTY: boolean;
}

const defaultIo: Io = {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  isTTY: !!process.stderr.isTTY,
};

function detectLang(argv: string[]): Lang {
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const v = i < 0 ? process.env.THIDUA_LANG : argv[i]!.includes('=') ? argv[i]!.split('=')[1] : argv[i + 1];
  return v === 'en' ? 'en' : 'vi';
}

function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8'));
}

export function loadPlanArg(arg: string, lang: Lang): Plan {
  const m = messages(lang).cli;
  const r = resolvePlan(arg, (p) => (existsSync(p) ? readFileSync(p, 'utf8') : undefined), lang);
  if (r.ok) return r.plan;
  throw new InputError(r.message || m.badPlan(arg));
}

/** A JSON file the user names: missing or unreadable JSON is one sentence (`bad` words it). */
function readJsonArg(path: string, lang: Lang, bad: (file: string, why: string) => string): unknown {
  if (!existsSync(path)) throw new InputError(messages(lang).cli.fileMissing(path));
  try {
    return readJson(path);
  } catch (e) {
    throw new InputError(bad(basename(path), shortCause(e)));
  }
}

function loadMapping(path: string, lang: Lang): Mapping {
  const m = messages(lang).cli;
  const raw = readJsonArg(path, lang, m.badMapping);
  const r = mappingSchema.safeParse(raw);
  if (!r.success) {
    const issue = r.error.issues[0]!;
    // zod's own wording is English and technical: name the field in the user's language instead.
    const where = issue.path.join('.');
    const why =
      lang === 'en'
        ? where
          ? `the field "${where}" is not valid`
          : 'it is not a {"sheets": {…}} object'
        : where
          ? `trường "${where}" không đúng`
          : 'cần có dạng {"sheets": {…}}';
    throw new InputError(m.badMapping(basename(path), why));
  }
  return r.data;
}

function loadWaivers(path: string, lang: Lang): Waiver[] {
  const m = messages(lang).cli;
  const raw = readJsonArg(path, lang, m.badWaivers);
  const list = Array.isArray(raw) ? raw : (raw as { waivers?: unknown })?.waivers;
  if (
    !Array.isArray(list) ||
    !list.every((w) => w && typeof w.key === 'string' && typeof w.by === 'string' && typeof w.reason === 'string')
  ) {
    throw new InputError(
      m.badWaivers(basename(path), lang === 'en' ? 'expected a list of {key, by, reason}' : 'cần một danh sách {key, by, reason}'),
    );
  }
  return list as Waiver[];
}

async function writeOut(path: string, data: Uint8Array | string, lang: Lang): Promise<void> {
  try {
    await writeFile(path, data);
  } catch (e) {
    throw new InputError(messages(lang).cli.cannotWrite(path, shortCause(e)));
  }
}

async function checkCommand(argv: string[], io: Io, lang: Lang): Promise<number> {
  const m = messages(lang).cli;
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      plan: { type: 'string' },
      unit: { type: 'string' },
      'conference-date': { type: 'string' },
      mapping: { type: 'string' },
      waivers: { type: 'string' },
      out: { type: 'string' },
      report: { type: 'string' },
      summary: { type: 'string' },
      lang: { type: 'string' },
    },
  });
  if (positionals.length !== 1)
    throw new InputError(m.badOption('<workbook.xlsx>', lang === 'en' ? 'give exactly one workbook' : 'cần đúng một tệp Excel'));
  if (!values.plan) throw new InputError(m.badOption('--plan', lang === 'en' ? 'it is required' : 'bắt buộc phải có'));
  if (values.lang && values.lang !== 'vi' && values.lang !== 'en') throw new InputError(m.badOption('--lang', 'vi | en'));
  const conf = values['conference-date'];
  if (
    conf !== undefined &&
    (!/^\d{4}-\d{2}-\d{2}$/.test(conf) ||
      Number.isNaN(Date.parse(`${conf}T00:00:00Z`)) ||
      new Date(`${conf}T00:00:00Z`).toISOString().slice(0, 10) !== conf)
  ) {
    throw new InputError(m.badOption('--conference-date', lang === 'en' ? 'expected YYYY-MM-DD' : 'cần dạng YYYY-MM-DD'));
  }
  const file = positionals[0]!;
  const plan = loadPlanArg(values.plan, lang);
  const mapping = values.mapping ? loadMapping(values.mapping, lang) : undefined;
  const waivers = values.waivers ? loadWaivers(values.waivers, lang) : undefined;

  // An --out that would change the workbook's kind (.xlsm → .xlsx) is refused before anything is read.
  const kindProblem = values.out ? outKindProblem(file, values.out, lang) : null;
  if (kindProblem) throw new InputError(kindProblem);

  const progress = new Progress(io, lang);
  progress.stage('read', 0);
  const { book, name } = await openWorkbook(file, lang);
  const contentKind = values.out ? outKindProblem(file, values.out, lang, book.pkg.kind) : null;
  if (contentKind) throw new InputError(contentKind);
  const model = await book
    .readModel((d) => progress.stage('read', d))
    .catch((e: unknown) => {
      throw asInputError(e, name, lang);
    });
  let result;
  try {
    result = check({
      model,
      plan,
      lang,
      unit: values.unit,
      conferenceDate: conf,
      mapping,
      waivers,
      onProgress: (stage, done) => progress.stage(stage, done),
    });
  } catch (e) {
    if (e instanceof MappingError) throw new InputError(m.mappingColumn(basename(values.mapping ?? ''), e.sheet, e.field, e.ref));
    throw e;
  }
  if (result.tables.length === 0)
    throw new InputError(
      m.noSheet(
        name,
        model.sheets.map((s) => s.name),
      ),
    );

  progress.stage('write', 0);
  const msgSummary = messages(lang).summary;
  const names = { preferred: msgSummary.sheetName, alternative: msgSummary.sheetNameAlt };
  const sheet = buildSummarySheet(result, plan, name, lang);
  if (values.out) {
    // The input's package with thidua's additions only (src/xlsx/patch.ts).
    await book.writeFlags(buildFlagPlan(result));
    await book.writeSummary(sheet, names);
    const bytes = await book.toBytes().catch((e: unknown) => {
      throw asInputError(e, name, lang);
    });
    await writeOut(values.out, bytes, lang);
  }
  if (values.summary) {
    // The export for the level above: summary, nominee list, and the data block it reads back.
    await writeOut(values.summary, buildSummaryExport(result, plan, name, lang, values.unit, zlibCodec).bytes, lang);
  }
  const report = buildReport(result, plan, name);
  if (values.report) await writeOut(values.report, JSON.stringify(report, null, 2) + '\n', lang);
  progress.done();

  const s = result.summary;
  for (const n of result.notices) io.stderr(`${n.message}\n`);
  io.stderr(`${m.done(s.errors, s.warnings)}\n`);
  if (values.out) io.stderr(`${m.wrote('out', values.out)}\n`);
  if (values.report) io.stderr(`${m.wrote('report', values.report)}\n`);
  if (values.summary) io.stderr(`${m.wrote('summary', values.summary)}\n`);
  if (!values.report) io.stdout(JSON.stringify(report, null, 2) + '\n');
  return s.errors > 0 ? 1 : 0;
}

function plansCommand(io: Io, lang: Lang): number {
  const m = messages(lang).cli;
  io.stdout(`${m.presetsHeader}\n`);
  for (const p of listPresets()) {
    const name = lang === 'en' ? (p.name.en ?? p.name.vi) : p.name.vi;
    const source = lang === 'en' ? (p.source.en ?? p.source.vi) : p.source.vi;
    io.stdout(`  ${p.id}\n      ${name}\n      ${source}\n`);
  }
  return 0;
}

export async function main(argv: string[], io: Io = defaultIo): Promise<number> {
  const lang = detectLang(argv);
  const m = messages(lang).cli;
  const [cmd, ...rest] = argv;
  try {
    if (cmd === 'plans') return plansCommand(io, lang);
    if (cmd === 'check') return await checkCommand(rest, io, lang);
    if (cmd === 'consolidate') return await consolidateCommand(rest, io, lang);
    if (cmd === '--help' || cmd === '-h' || cmd === 'help') {
      io.stdout(`${m.usage}\n`);
      return 0;
    }
    io.stderr(`${m.usage}\n`);
    return 2;
  } catch (e) {
    if (e instanceof InputError) {
      io.stderr(`${e.message}\n`);
      if (process.env.THIDUA_DEBUG && e.debug) io.stderr(`${e.debug}\n`);
      return 2;
    }
    // parseArgs reports unknown options and missing values with a code.
    const code = (e as { code?: string }).code;
    if (code && code.startsWith('ERR_PARSE_ARGS')) {
      const opt = /'(-{1,2}[^']+)'/.exec(shortCause(e))?.[1] ?? '';
      const why =
        code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION'
          ? lang === 'en'
            ? 'there is no such option (see thidua --help)'
            : 'không có tùy chọn này (xem thidua --help)'
          : lang === 'en'
            ? 'it needs a value (see thidua --help)'
            : 'cần có giá trị đi kèm (xem thidua --help)';
      io.stderr(`${m.badOption(opt, why)}\n`);
      return 2;
    }
    const file = rest.find((a) => !a.startsWith('-')) ?? '';
    io.stderr(`${m.unexpected(basename(file), shortCause(e))}\n`);
    if (process.env.THIDUA_DEBUG) io.stderr(`${(e as Error).stack}\n`);
    return 2;
  }
}
