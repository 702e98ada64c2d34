/**
 * `thidua` — the command line of CONTRACT.md. A thin shell: open the file (the package
 * module's file adapter), run the engine, write the flagged copy, report and summary.
 * Exit 0: no error finding; 1: error findings; 2: the input could not be processed.
 */
import { parseArgs } from 'node:util';
import { readFileSync, existsSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { messages } from '../engine/i18n';
import type { Lang, Waiver } from '../engine/findings';
import { listPresets } from '../engine/plan/presets';
import { resolvePlan } from '../engine/plan/load';
import type { Plan } from '../engine/plan/schema';
import { mappingSchema, type Mapping } from '../engine/detect/mapping';
import { parseConferenceDate } from '../engine/plan/conference-date';
import { VERSION } from '../engine/version';
import { InputError, shortCause } from './open-workbook';
import { checkBatch } from './batch';
import { checkFile, type CheckSetup, type FileOutputs } from './check-file';
import { dossierDetails, type DossierArgs } from './dossier';
import { commandHelp, generalHelp } from './help';
import { parseArgsOptions, type CommandName } from './options';
import { Progress } from './progress';
import { consolidateCommand } from './consolidate';

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
    const why = where ? m.why.mappingField(where) : m.why.mappingShape;
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
    throw new InputError(m.badWaivers(basename(path), m.why.waiversShape));
  }
  return list as Waiver[];
}

export function parseConference(value: string | undefined, lang: Lang): string | undefined {
  if (value === undefined) return undefined;
  const iso = parseConferenceDate(value);
  if (!iso) throw new InputError(messages(lang).cli.badOption('--conference-date', messages(lang).cli.why.date));
  return iso;
}

async function isFolder(p: string): Promise<boolean> {
  return (await stat(p).catch(() => null))?.isDirectory() ?? false;
}

const str = (v: string | boolean | undefined): string | undefined => (typeof v === 'string' ? v : undefined);

async function checkCommand(argv: string[], io: Io, lang: Lang): Promise<number> {
  const m = messages(lang).cli;
  const b = messages(lang).batch;
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, strict: true, options: parseArgsOptions('check') });
  if (values.help) {
    io.stdout(`${commandHelp('check', lang)}\n`);
    return 0;
  }
  if (positionals.length === 0) throw new InputError(m.badOption('<workbook.xlsx>', m.why.workbookOrFolder));
  const planArg = str(values.plan);
  if (!planArg) throw new InputError(m.badOption('--plan', m.why.required));
  const langArg = str(values.lang);
  if (langArg && langArg !== 'vi' && langArg !== 'en') throw new InputError(m.badOption('--lang', m.why.lang));
  const conferenceDate = parseConference(str(values['conference-date']), lang);
  const outDir = str(values['out-dir']);
  const batch = positionals.length > 1 || outDir !== undefined || (await isFolder(positionals[0]!));
  if (batch) {
    for (const o of ['out', 'summary', 'dossier'] as const)
      if (values[o] !== undefined) throw new InputError(b.singleOutput(`--${o}`, o === 'dossier' ? '--out-dir … --dossiers' : '--out-dir'));
    if (values.dossiers && !outDir) throw new InputError(b.needsOutDir('--dossiers'));
  } else if (values.dossiers) throw new InputError(b.needsOutDir('--dossiers'));

  const mappingPath = str(values.mapping);
  const waiversPath = str(values.waivers);
  const unit = str(values.unit);
  const setup: CheckSetup = {
    plan: loadPlanArg(planArg, lang),
    lang,
    ...(unit ? { unit } : {}),
    ...(conferenceDate ? { conferenceDate } : {}),
    ...(mappingPath ? { mapping: loadMapping(mappingPath, lang), mappingPath } : {}),
    ...(waiversPath ? { waivers: loadWaivers(waiversPath, lang) } : {}),
  };
  // The Tờ trình's details are checked before anything is read (a bad date stops the run at once).
  const dossierPath = str(values.dossier);
  if (dossierPath || values.dossiers) setup.dossier = dossierDetails({ ...values, ...(unit ? { unit } : {}) } as DossierArgs, lang);
  const report = str(values.report);
  if (batch)
    return checkBatch(
      positionals,
      setup,
      { ...(outDir ? { outDir } : {}), ...(report ? { report } : {}), ...(values.dossiers ? { dossiers: true } : {}) },
      io,
    );

  const progress = new Progress(io, lang);
  const out = str(values.out);
  const summary = str(values.summary);
  const outputs: FileOutputs = {
    ...(out ? { out } : {}),
    ...(summary ? { summary } : {}),
    ...(report ? { report } : {}),
    ...(dossierPath ? { dossier: dossierPath } : {}),
  };
  const done = await checkFile(positionals[0]!, setup, outputs, progress, io);
  progress.done();
  const s = done.result.summary;
  for (const n of done.result.notices) io.stderr(`${n.message}\n`);
  io.stderr(`${m.done(s.errors, s.warnings)}\n`);
  for (const w of done.written) io.stderr(`${m.wrote(w.what, w.path)}\n`);
  if (!report) io.stdout(JSON.stringify(done.report, null, 2) + '\n');
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
    if (cmd === '--version' || cmd === '-V' || cmd === '-v' || cmd === 'version') {
      io.stdout(`thidua ${VERSION}\n`);
      return 0;
    }
    if (cmd === '--lang' || cmd?.startsWith('--lang=')) {
      // `thidua --lang en --help`: the language first, then the command.
      const value = cmd.includes('=') ? cmd.slice('--lang='.length) : (rest[0] ?? '');
      return await main([...(cmd.includes('=') ? rest : rest.slice(1)), '--lang', value], io);
    }
    if (cmd === undefined || cmd === '--help' || cmd === '-h' || cmd === 'help') {
      const topic = rest.find((a): a is CommandName => a === 'check' || a === 'consolidate' || a === 'plans');
      (cmd === undefined ? io.stderr : io.stdout)(`${topic ? commandHelp(topic, lang) : generalHelp(lang)}\n`);
      // Bare `thidua` is a usage mistake (exit 2); asking for help is not.
      return cmd === undefined ? 2 : 0;
    }
    if (cmd === 'plans') {
      const { values } = parseArgs({ args: rest, allowPositionals: false, strict: true, options: parseArgsOptions('plans') });
      if (values.help) {
        io.stdout(`${commandHelp('plans', lang)}\n`);
        return 0;
      }
      return plansCommand(io, lang);
    }
    if (cmd === 'check') return await checkCommand(rest, io, lang);
    if (cmd === 'consolidate') return await consolidateCommand(rest, io, lang);
    io.stderr(`${m.badOption(cmd, m.why.noSuchCommand)}\n`);
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
      const why = code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' ? m.why.noSuchOption(cmd ?? '') : m.why.needsValue(cmd ?? '');
      io.stderr(`${m.badOption(opt, why)}\n`);
      return 2;
    }
    const file = rest.find((a) => !a.startsWith('-')) ?? '';
    io.stderr(`${m.unexpected(basename(file), shortCause(e))}\n`);
    if (process.env.THIDUA_DEBUG) io.stderr(`${(e as Error).stack}\n`);
    return 2;
  }
}
