/**
 * `thidua consolidate`: reads subordinate units' summary exports one at a time (only
 * their data blocks are kept, so memory stays bounded with hundreds of files), skips the
 * ones that cannot be used with a sentence each, and writes the level's roll-up.
 */
import { parseArgs } from 'node:util';
import { writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Lang } from '../engine/findings';
import { messages } from '../engine/i18n';
import { Consolidation } from '../engine/consolidate';
import { buildReport } from '../engine/output/report';
import { buildRollupWorkbook, readExportData } from '../port/file-export';
import { asInputError, InputError, openWorkbook, shortCause } from './open-workbook';
import { zlibCodec } from './zlib-codec';
import { loadPlanArg, parseConference, type Io } from './main';
import { commandHelp } from './help';
import { parseArgsOptions } from './options';
import { Progress } from './progress';

export async function consolidateCommand(argv: string[], io: Io, lang: Lang): Promise<number> {
  const m = messages(lang);
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, strict: true, options: parseArgsOptions('consolidate') });
  if (values.help) {
    io.stdout(`${commandHelp('consolidate', lang)}\n`);
    return 0;
  }
  if (!positionals.length) throw new InputError(m.cli.badOption('<summary.xlsx>…', m.cli.why.summaryFiles));
  const plan0 = typeof values.plan === 'string' ? values.plan : undefined;
  const out = typeof values.out === 'string' ? values.out : undefined;
  if (!plan0) throw new InputError(m.cli.badOption('--plan', m.cli.why.required));
  if (!out) throw new InputError(m.cli.badOption('--out', m.cli.why.required));
  const plan = loadPlanArg(plan0, lang);
  const conferenceDate = parseConference(typeof values['conference-date'] === 'string' ? values['conference-date'] : undefined, lang);
  const report = typeof values.report === 'string' ? values.report : undefined;
  const progress = new Progress(io, lang);
  const roll = new Consolidation(plan, lang);
  const skipped: string[] = [];
  for (let i = 0; i < positionals.length; i++) {
    const file = positionals[i]!;
    progress.stage('read', i / positionals.length);
    let reason: string | null;
    try {
      const { book } = await openWorkbook(file, lang);
      const decoded = await readExportData(book.pkg).catch((e: unknown) => {
        throw asInputError(e, basename(file), lang);
      });
      reason = decoded.ok ? roll.add(basename(file), decoded.data) : m.consolidate.skipped(basename(file), decoded.reason);
    } catch (e) {
      reason = m.consolidate.skipped(basename(file), 'unreadable', e instanceof InputError ? e.message.replace(/\.$/, '') : shortCause(e));
    }
    if (reason) skipped.push(reason);
  }
  progress.done();
  for (const s of skipped) io.stderr(`${s}\n`);
  if (!roll.accepted.length) throw new InputError(m.consolidate.none);

  progress.stage('check', 0);
  const unitName = (typeof values.unit === 'string' ? values.unit : undefined) ?? m.consolidate.defaultUnit;
  const { model, result } = roll.check(unitName, { conferenceDate });
  const outName = basename(out);
  const { bytes } = await buildRollupWorkbook({ model, result }, plan, outName, unitName, lang, zlibCodec);
  try {
    await writeFile(out, bytes);
    if (report) await writeFile(report, JSON.stringify(buildReport(result, plan, outName), null, 2) + '\n');
  } catch (e) {
    throw new InputError(m.cli.cannotWrite(out, shortCause(e)));
  }
  progress.done();
  io.stderr(`${m.consolidate.consolidated(roll.accepted.length, positionals.length)}\n`);
  io.stderr(`${m.cli.done(result.summary.errors, result.summary.warnings)}\n`);
  io.stderr(`${m.cli.wrote('out', out)}\n`);
  if (report) io.stderr(`${m.cli.wrote('report', report)}\n`);
  return result.summary.errors > 0 ? 1 : 0;
}
