/**
 * The dossier (issue 13): how long drafting takes for lists of 100 to 5,000 nominees, and the
 * size of the pane's lazily loaded `dossier` chunk (src/dossier + docx).
 *
 * The chunk: until the pane has its *Soạn hồ sơ* button nothing in the pane's entry imports
 * `src/taskpane/dossier.ts`, so `npm run build` emits no chunk for it. This builds the project's
 * own production webpack config with the pane's entry plus that module (into a temporary
 * folder), as the pane will be once the button calls it, and measures every file: the chunks
 * beyond `taskpane` and the exceljs ones are what the first drafting fetches.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import webpack from 'webpack';
import { buildDossier } from '../src/dossier';
import { check } from '../src/engine/check';
import { getPreset } from '../src/engine/plan/presets';
import { membersModel } from './models';

export interface DossierDraftResult {
  nominees: number;
  /** Best of three, composing and packing the .docx. */
  ms: number;
  docxKb: number;
}

export function benchDossierDraft(sizes = [100, 1_000, 5_000]): Promise<DossierDraftResult[]> {
  const plan = getPreset('hung-yen-cdn-gd-2021')!;
  return sizes.reduce<Promise<DossierDraftResult[]>>(async (acc, nominees) => {
    const out = await acc;
    const model = membersModel(1_000, nominees);
    const result = check({ model, plan, now: () => new Date(0) });
    let best = Infinity;
    let bytes = 0;
    for (let i = 0; i < 3; i++) {
      const t0 = performance.now();
      const docx = await buildDossier({
        result,
        plan,
        workbookName: model.name,
        lang: 'vi',
        details: { unit: 'CĐCS Trường THPT Văn Giang' },
      });
      best = Math.min(best, performance.now() - t0);
      bytes = docx.length;
    }
    out.push({ nominees, ms: Math.round(best), docxKb: Math.round(bytes / 102.4) / 10 });
    return out;
  }, Promise.resolve([]));
}

export interface ChunkResult {
  file: string;
  /** When the pane fetches it. */
  loaded: string;
  rawKb: number;
  gzipKb: number;
}

const kb = (n: number) => Math.round(n / 102.4) / 10;

/** Builds `entry` with the project's production config into a temporary folder: file → bytes. */
async function build(root: string, entry: webpack.Configuration['entry']): Promise<Map<string, Buffer>> {
  const { default: configure } = (await import(join(root, 'webpack.config.js'))) as {
    default: (env: object, argv: object) => Promise<webpack.Configuration>;
  };
  const base = await configure({}, { mode: 'production' });
  const dir = mkdtempSync(join(tmpdir(), 'thidua-dossier-chunk-'));
  try {
    const config: webpack.Configuration = {
      ...base,
      entry,
      output: { ...base.output, path: dir, clean: false },
      plugins: [],
      infrastructureLogging: { level: 'error' },
    };
    await new Promise<void>((resolve, reject) =>
      webpack(config, (err, stats) => (err || stats?.hasErrors() ? reject(err ?? new Error(stats!.toString('errors-only'))) : resolve())),
    );
    return new Map(
      readdirSync(dir)
        .filter((f) => f.endsWith('.js'))
        .map((f) => [f.replace(/\.[0-9a-f]{8,}\./, '.'), readFileSync(join(dir, f))]),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The pane as built today, and with `src/taskpane/dossier.ts` in it: what drafting adds, and when it loads. */
export async function benchDossierChunk(): Promise<ChunkResult[]> {
  const root = join(import.meta.dirname ?? __dirname, '..');
  const pane = join(root, 'src', 'taskpane', 'index.tsx');
  const before = await build(root, { taskpane: pane });
  // One root importing both, as App.tsx will (an entry array would keep webpack from
  // concatenating the shared modules and overstate the pane's growth).
  const wrapper = join(mkdtempSync(join(tmpdir(), 'thidua-dossier-entry-')), 'entry.js');
  writeFileSync(
    wrapper,
    `import ${JSON.stringify(pane)};\nimport { buildDossierFile } from ${JSON.stringify(join(root, 'src', 'taskpane', 'dossier.ts'))};\n` +
      // Kept reachable, as a click handler keeps it.
      'globalThis.thiduaDossier = buildDossierFile;\n',
  );
  const after = await build(root, { taskpane: wrapper });
  rmSync(dirname(wrapper), { recursive: true, force: true });
  const out: ChunkResult[] = [];
  const row = (file: string, loaded: string, buf: Buffer) => ({
    file,
    loaded,
    rawKb: kb(buf.length),
    gzipKb: kb(gzipSync(buf, { level: 9 }).length),
  });
  out.push(row('taskpane.js (today)', 'when the pane opens', before.get('taskpane.js')!));
  out.push(row('taskpane.js (with buildDossierFile)', 'when the pane opens', after.get('taskpane.js')!));
  for (const [f, buf] of after) if (!before.has(f)) out.push(row(f, 'on the first Soạn hồ sơ', buf));
  const lazy = out.filter((r) => r.loaded.startsWith('on the first'));
  out.push({
    file: 'dossier, all chunks',
    loaded: 'on the first Soạn hồ sơ',
    rawKb: Math.round(lazy.reduce((x, r) => x + r.rawKb, 0) * 10) / 10,
    gzipKb: Math.round(lazy.reduce((x, r) => x + r.gzipKb, 0) * 10) / 10,
  });
  return out;
}

if (process.argv[1]?.endsWith('dossier.ts')) {
  console.table(await benchDossierDraft(process.argv.includes('--quick') ? [100, 1_000] : undefined));
  console.table(await benchDossierChunk());
}
