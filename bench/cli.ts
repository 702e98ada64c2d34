/**
 * Command line end to end on a 200,000-row workbook against the floor: reading and writing
 * the same workbook with exceljs and nothing else, measured in the same run (a ratio, so
 * the shared machine's noise mostly cancels).
 */
import { mkdtempSync, existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { main } from '../src/cli/main';
import { writeLargeMembersWorkbook } from '../scripts/samples/large';

export interface CliResult {
  rows: number;
  floorMs: number;
  cliMs: number;
  ratio: number;
}

async function time(fn: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

export async function benchCli(rows = 200_000, runs = 2): Promise<CliResult> {
  const dir = mkdtempSync(join(tmpdir(), 'thidua-bench-'));
  const input = join(dir, `members-${rows}.xlsx`);
  if (!existsSync(input)) await writeLargeMembersWorkbook(input, rows, 7);
  const io = { stdout: () => {}, stderr: () => {}, isTTY: false };
  let floor = Infinity;
  let cli = Infinity;
  // Interleaved, best of `runs` each.
  for (let i = 0; i < runs; i++) {
    // The floor reads and writes the way the command line does (whole buffer in, whole
    // buffer out): exceljs's fastest in-memory path, and the fairest comparison.
    floor = Math.min(
      floor,
      await time(async () => {
        const wb = new ExcelJS.Workbook();
        await wb.xlsx.load((await readFile(input)) as unknown as ArrayBuffer);
        await writeFile(join(dir, 'floor.xlsx'), Buffer.from(await wb.xlsx.writeBuffer()));
      }),
    );
    cli = Math.min(
      cli,
      await time(() =>
        main(['check', input, '--plan', 'hung-yen-cdn-gd-2021', '--out', join(dir, 'out.xlsx'), '--report', join(dir, 'r.json')], io),
      ),
    );
  }
  return { rows, floorMs: Math.round(floor), cliMs: Math.round(cli), ratio: Math.round((cli / floor) * 100) / 100 };
}

if (process.argv[1]?.endsWith('cli.ts')) benchCli(Number(process.argv[2] ?? 200_000)).then((r) => console.table([r]));
