/**
 * A batch of 100 workbooks (`thidua check <folder> --out-dir`): the plan A samples copied 25
 * times each into one folder, checked in one run with every output written. Run in a fresh
 * process, so its peak memory is the batch's own; the peak is sampled every 10 ms.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../src/cli/main';

export interface BatchResult {
  files: number;
  ms: number;
  msPerFile: number;
  peakRssMb: number;
  outputs: number;
  exit: number;
}

const SAMPLES = ['thai-binh-huyen-vu-thu', 'thai-binh-vp-ubbc', 'thai-binh-huyen-kien-xuong', 'thai-binh-huyen-tien-hai'];

export async function benchBatch(files = 100): Promise<BatchResult> {
  const root = join(import.meta.dirname, '..', 'examples');
  const dir = mkdtempSync(join(tmpdir(), 'thidua-batch-bench-'));
  const input = join(dir, 'in');
  const out = join(dir, 'out');
  mkdirSync(input);
  for (let i = 0; i < files; i++) {
    const s = SAMPLES[i % SAMPLES.length]!;
    copyFileSync(join(root, `${s}.xlsx`), join(input, `${String(i + 1).padStart(3, '0')}-${s}.xlsx`));
  }
  globalThis.gc?.();
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10);
  const t0 = performance.now();
  const io = { stdout: () => {}, stderr: () => {}, isTTY: false };
  const exit = await main(
    ['check', input, '--plan', 'thai-binh-32-2021', '--conference-date', '25/06/2021', '--out-dir', out, '--report', join(dir, 'all.json')],
    io,
  );
  const ms = performance.now() - t0;
  clearInterval(timer);
  peak = Math.max(peak, process.memoryUsage().rss);
  return {
    files,
    ms: Math.round(ms),
    msPerFile: Math.round(ms / files),
    peakRssMb: Math.round(peak / 1048576),
    outputs: readdirSync(out).length,
    exit,
  };
}

if (process.argv[1]?.endsWith('batch.ts')) {
  benchBatch(Number(process.argv[2] ?? 100)).then((r) =>
    process.argv.includes('--json') ? console.log(JSON.stringify(r)) : console.table([r]),
  );
}
