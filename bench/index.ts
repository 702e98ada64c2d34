/**
 * `npm run bench`: every figure of BENCHMARKS.md, measured in one run so ratios compare
 * like with like on this shared machine. `--quick` uses smaller sizes (a smoke run).
 */
import { cpus, totalmem } from 'node:os';
import { benchEngine } from './engine';
import { benchCli, benchMillion } from './cli';
import { benchParts } from './xlsx-parts';
import { benchAdapter } from './adapter';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import type { ConsolidateResult } from './consolidate';
import type { BatchResult } from './batch';
import { benchBundle } from './bundle';
import { benchDossierChunk, benchDossierDraft } from './dossier';

const quick = process.argv.includes('--quick');

async function run(): Promise<void> {
  console.log(`thidua benchmarks — ${new Date().toISOString()}`);
  console.log(
    `node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? '?'}, ${Math.round(totalmem() / 2 ** 30)} GiB${quick ? ' (quick)' : ''}\n`,
  );

  console.log('1. Engine alone (check() on an in-memory model; best of 3), plan hung-yen-cdn-gd-2021');
  console.table(benchEngine(quick ? [10_000, 100_000] : [10_000, 100_000, 1_000_000]));

  console.log('2. thidua check --out vs exceljs read+write vs unzip+scan, fresh processes, interleaved (first and best)');
  const cli = await benchCli(quick ? 20_000 : 200_000, quick ? 1 : 3);
  console.table(
    (['thidua', 'exceljs', 'scan'] as const).map((k) => ({
      what: k === 'thidua' ? 'thidua check --out --report' : k === 'exceljs' ? 'exceljs read + write' : 'unzip + walk every cell',
      rows: cli.rows,
      'first ms': cli[k].first.ms,
      'best ms': cli[k].best.ms,
      'best cpu ms': cli[k].best.cpuMs,
      'peak RSS MB (first, best)': `${cli[k].first.maxRssMb}, ${cli[k].best.maxRssMb}`,
    })),
  );
  console.log(
    `   thidua / exceljs: ${cli.vsExceljs.best}× best, ${cli.vsExceljs.first}× first (target ≤ 0.2×); ` +
      `thidua / unzip+scan: ${cli.vsScan.best}× best, ${cli.vsScan.first}× first (target ≤ 4×); file ${cli.fileMb} MB`,
  );
  if (!quick) {
    console.log('   1,000,000-row member workbook, generated now (never committed), checked with --out:');
    const m = await benchMillion();
    console.table(
      m.thidua.map((t) => ({
        rows: m.rows,
        'file MB': m.fileMb,
        ms: t.ms,
        'cpu ms': t.cpuMs,
        'peak RSS MB': t.maxRssMb,
        'target MB': 1536,
      })),
    );
  }
  console.log("2b (BENCHMARKS.md section 6). The package module's pieces on the 200,000-row sheet (in-process, best of 2)");
  console.table(await benchParts(quick ? 20_000 : 200_000));

  console.log('3. Add-in adapter on the Excel fake (1 member in 10 flagged) vs one sync per flagged row');
  console.table(await benchAdapter(quick ? [1_000, 10_000] : [1_000, 10_000, 100_000]));

  // In a fresh process, so its peak memory is its own and not the earlier stages'.
  console.log('4. Consolidation of generated summary exports (fresh process; peak RSS of that process)');
  const out = execFileSync(
    process.execPath,
    ['--import', 'tsx', join(import.meta.dirname, 'consolidate.ts'), String(quick ? 50 : 500), '--json'],
    { encoding: 'utf8' },
  );
  console.table([JSON.parse(out.trim().split('\n').pop()!) as ConsolidateResult]);

  console.log('5. Production bundle of the task pane (npm run build)');
  console.table(benchBundle(true));

  console.log('7. Dossier: drafting the .docx (best of 3), and the pane chunk it loads on demand');
  console.table(await benchDossierDraft(quick ? [100, 1_000] : [100, 1_000, 5_000]));
  console.table(await benchDossierChunk());

  console.log('8. A batch run: thidua check <folder> --out-dir on 100 sample workbooks (fresh process; peak RSS of that process)');
  const batch = execFileSync(
    process.execPath,
    ['--expose-gc', '--import', 'tsx', join(import.meta.dirname, 'batch.ts'), String(quick ? 20 : 100), '--json'],
    { encoding: 'utf8' },
  );
  console.table([JSON.parse(batch.trim().split('\n').pop()!) as BatchResult]);
}

run().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
