/**
 * Writes the sample workbooks and their expected findings to examples/:
 *   npx tsx scripts/make-samples.ts            # the five public samples + SAMPLES.md
 *   npx tsx scripts/make-samples.ts --large 200000 [--seed 1] [--out examples/large-200000.xlsx]
 * Deterministic: the same files on every run.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildAllSamples, expectedJson, samplesMarkdown, writeLargeMembersWorkbook } from './samples/index';
import { pinZipTimestamps } from './samples/zip-dates';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const examples = path.join(root, 'examples');

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function main(): Promise<void> {
  await mkdir(examples, { recursive: true });
  // Same bytes on every run (zip entry dates would otherwise be the current time).
  pinZipTimestamps(new Date(Date.UTC(2021, 5, 25)));
  const large = arg('--large');
  if (large !== undefined) {
    const rows = Number(large);
    if (!Number.isInteger(rows) || rows < 1 || rows > 1_048_000) {
      throw new Error(`--large wants a row count between 1 and 1048000, got ${large}`);
    }
    const seed = Number(arg('--seed') ?? '1');
    const out = path.resolve(arg('--out') ?? path.join(examples, `large-members-${rows}.xlsx`));
    const t0 = performance.now();
    const summary = await writeLargeMembersWorkbook(out, rows, seed);
    const secs = ((performance.now() - t0) / 1000).toFixed(1);
    console.log(`${path.relative(process.cwd(), out)}: ${rows} members in ${summary.units.length} base unions (${secs} s)`);
    return;
  }
  const samples = buildAllSamples();
  for (const s of samples) {
    const xlsx = path.join(examples, `${s.name}.xlsx`);
    await s.workbook.xlsx.writeFile(xlsx);
    await writeFile(path.join(examples, `${s.name}.expected.json`), expectedJson(s), 'utf8');
    console.log(`${path.relative(process.cwd(), xlsx)}: ${s.sheets.length} sheets, ${s.expected.findings.length} expected findings`);
  }
  await writeFile(path.join(examples, 'SAMPLES.md'), samplesMarkdown(samples), 'utf8');
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : String(e));
  process.exit(1);
});
