/**
 * The command line on a 200,000-row member workbook (`scripts/samples/large.ts`), in one run:
 * `thidua check --out` against exceljs reading and writing the same file, and against the
 * floor of any reader — unzipping every part and walking every cell element. Each run is a
 * fresh process (bundled as the command line is), so its peak memory is its own; runs are
 * interleaved, and the first and the best of each are reported. Then a 1,000,000-row
 * workbook, generated here (never committed), checked once: time and peak memory.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { writeLargeMembersWorkbook } from '../scripts/samples/large';

export interface Measure {
  ms: number;
  /** CPU time of the process, all threads (zlib's pool included). */
  cpuMs: number;
  maxRssMb: number;
}

export interface CliResult {
  rows: number;
  fileMb: number;
  runs: number;
  thidua: { first: Measure; best: Measure };
  exceljs: { first: Measure; best: Measure };
  scan: { first: Measure; best: Measure };
  /** Best against best (and first against first). */
  vsExceljs: { best: number; first: number };
  vsScan: { best: number; first: number };
}

let child = '';

async function childScript(dir: string): Promise<string> {
  if (child) return child;
  child = join(dir, 'xlsx-child.cjs');
  await build({
    entryPoints: [join(import.meta.dirname, 'xlsx-child.ts')],
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    outfile: child,
    logLevel: 'warning',
  });
  return child;
}

function once(script: string, mode: string, input: string, dir: string): Measure {
  const out = execFileSync(process.execPath, ['--max-old-space-size=4096', script, mode, input, dir], {
    encoding: 'utf8',
    maxBuffer: 1 << 24,
  });
  return JSON.parse(out.trim().split('\n').pop()!) as Measure;
}

const round2 = (x: number) => Math.round(x * 100) / 100;

export async function benchCli(rows = 200_000, runs = 3): Promise<CliResult> {
  const dir = mkdtempSync(join(tmpdir(), 'thidua-bench-'));
  const input = join(dir, `members-${rows}.xlsx`);
  if (!existsSync(input)) await writeLargeMembersWorkbook(input, rows, 7);
  const script = await childScript(dir);
  const all: Record<'thidua' | 'exceljs' | 'scan', Measure[]> = { thidua: [], exceljs: [], scan: [] };
  for (let i = 0; i < runs; i++) {
    all.scan.push(once(script, 'scan', input, dir));
    all.thidua.push(once(script, 'thidua', input, dir));
    all.exceljs.push(once(script, 'exceljs', input, dir));
  }
  const fileMb = Math.round(statSync(input).size / 104857.6) / 10;
  rmSync(dir, { recursive: true, force: true });
  child = '';
  const pick = (list: Measure[]) => ({ first: list[0]!, best: list.reduce((a, b) => (b.ms < a.ms ? b : a)) });
  const t = pick(all.thidua);
  const e = pick(all.exceljs);
  const s = pick(all.scan);
  return {
    rows,
    fileMb,
    runs,
    thidua: t,
    exceljs: e,
    scan: s,
    vsExceljs: { best: round2(t.best.ms / e.best.ms), first: round2(t.first.ms / e.first.ms) },
    vsScan: { best: round2(t.best.ms / s.best.ms), first: round2(t.first.ms / s.first.ms) },
  };
}

export interface MillionResult {
  rows: number;
  fileMb: number;
  generateS: number;
  thidua: Measure[];
}

/** A 1,000,000-row member workbook written at bench time, checked with --out. */
export async function benchMillion(rows = 1_000_000, runs = 1): Promise<MillionResult> {
  const dir = mkdtempSync(join(tmpdir(), 'thidua-bench-1m-'));
  const input = join(dir, `members-${rows}.xlsx`);
  const t0 = performance.now();
  await writeLargeMembersWorkbook(input, rows, 11);
  const generateS = Math.round((performance.now() - t0) / 100) / 10;
  const script = await childScript(dir);
  const thidua: Measure[] = [];
  for (let i = 0; i < runs; i++) thidua.push(once(script, 'thidua', input, dir));
  const fileMb = Math.round(statSync(input).size / 104857.6) / 10;
  rmSync(dir, { recursive: true, force: true });
  child = '';
  return { rows, fileMb, generateS, thidua };
}

if (process.argv[1]?.endsWith('cli.ts')) {
  const rows = Number(process.argv[2] ?? 200_000);
  benchCli(rows, Number(process.argv[3] ?? 3)).then((r) => console.log(JSON.stringify(r, null, 2)));
}
