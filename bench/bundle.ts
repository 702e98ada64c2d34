/** Production bundle of the task pane: raw and gzip sizes of what `npm run build` ships. */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BundleResult {
  file: string;
  rawKb: number;
  gzipKb: number;
}

export function benchBundle(build = true): BundleResult[] {
  const root = join(import.meta.dirname ?? __dirname, '..');
  if (build) execFileSync('npx', ['webpack', '--mode', 'production'], { cwd: root, stdio: 'ignore' });
  const dist = join(root, 'dist');
  const out: BundleResult[] = [];
  /** Chunks only *Soạn hồ sơ* fetches: the drafting module and docx (the only code writing WordprocessingML). */
  const dossier = new Set<string>();
  for (const f of readdirSync(dist)) {
    if (!/\.(js|html)$/.test(f) || f === 'cli.cjs') continue;
    const p = join(dist, f);
    if (!statSync(p).isFile()) continue;
    const buf = readFileSync(p);
    const name = f.replace(/\.[0-9a-f]{8,}\./, '.');
    if (/^dossier\./.test(name) || (!/^(taskpane|commands)\./.test(name) && buf.includes('wordprocessingml/2006/main'))) dossier.add(name);
    out.push({
      file: f.replace(/\.[0-9a-f]{8,}\./, '.'),
      rawKb: Math.round(buf.length / 102.4) / 10,
      gzipKb: Math.round(gzipSync(buf, { level: 9 }).length / 102.4) / 10,
    });
  }
  const js = out.filter((x) => x.file.endsWith('.js'));
  // What the first export or roll-up fetches: every chunk but the pane's, the ribbon's and the dossier's.
  const lazy = js.filter((x) => !/^(taskpane|commands)\./.test(x.file) && !dossier.has(x.file));
  out.push({
    file: 'loaded on the first export or roll-up (target ≤ 60 KB gzip)',
    rawKb: Math.round(lazy.reduce((s, x) => s + x.rawKb, 0) * 10) / 10,
    gzipKb: Math.round(lazy.reduce((s, x) => s + x.gzipKb, 0) * 10) / 10,
  });
  const drafting = js.filter((x) => dossier.has(x.file));
  out.push({
    file: 'loaded on the first Soạn hồ sơ',
    rawKb: Math.round(drafting.reduce((s, x) => s + x.rawKb, 0) * 10) / 10,
    gzipKb: Math.round(drafting.reduce((s, x) => s + x.gzipKb, 0) * 10) / 10,
  });
  out.push({
    file: 'total JS',
    rawKb: Math.round(js.reduce((s, x) => s + x.rawKb, 0) * 10) / 10,
    gzipKb: Math.round(js.reduce((s, x) => s + x.gzipKb, 0) * 10) / 10,
  });
  return out.sort((a, b) => (a.file < b.file ? -1 : 1));
}

if (process.argv[1]?.endsWith('bundle.ts')) console.table(benchBundle(process.argv[2] !== '--no-build'));
