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
import { loadPlanArg, type Io } from './main';
import { Progress } from './progress';

export async function consolidateCommand(argv: string[], io: Io, lang: Lang): Promise<number> {
  const m = messages(lang);
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      plan: { type: 'string' },
      out: { type: 'string' },
      report: { type: 'string' },
      unit: { type: 'string' },
      'conference-date': { type: 'string' },
      lang: { type: 'string' },
    },
  });
  if (!positionals.length)
    throw new InputError(
      m.cli.badOption('<summary.xlsx>…', lang === 'en' ? 'give at least one summary file' : 'cần ít nhất một tệp tổng hợp'),
    );
  if (!values.plan) throw new InputError(m.cli.badOption('--plan', lang === 'en' ? 'it is required' : 'bắt buộc phải có'));
  if (!values.out) throw new InputError(m.cli.badOption('--out', lang === 'en' ? 'it is required' : 'bắt buộc phải có'));
  const plan = loadPlanArg(values.plan, lang);
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
  const unitName = values.unit ?? (lang === 'en' ? 'Consolidated units' : 'Đơn vị tổng hợp');
  const { model, result } = roll.check(unitName, { conferenceDate: values['conference-date'] });
  const outName = basename(values.out);
  const { bytes } = await buildRollupWorkbook({ model, result }, plan, outName, unitName, lang, zlibCodec);
  try {
    await writeFile(values.out, bytes);
    if (values.report) await writeFile(values.report, JSON.stringify(buildReport(result, plan, outName), null, 2) + '\n');
  } catch (e) {
    throw new InputError(m.cli.cannotWrite(values.out, shortCause(e)));
  }
  progress.done();
  io.stderr(`${m.consolidate.consolidated(roll.accepted.length, positionals.length)}\n`);
  io.stderr(`${m.cli.done(result.summary.errors, result.summary.warnings)}\n`);
  io.stderr(`${m.cli.wrote('out', values.out)}\n`);
  if (values.report) io.stderr(`${m.cli.wrote('report', values.report)}\n`);
  return result.summary.errors > 0 ? 1 : 0;
}
