/**
 * The picture of the drafted dossier's first page in the README (`docs/dossier.png`):
 * checks a bundled sample with its expected.json options, drafts its dossier, converts it with
 * LibreOffice (`soffice --convert-to pdf`) and renders page 1 with poppler (`pdftoppm -png -r 80`).
 *
 *   npx tsx scripts/dossier-picture.ts [sample.xlsx] [out.png] [--pages N]
 *
 * Defaults: thai-binh-huyen-vu-thu.xlsx, docs/dossier.png, 1 page (more pages: out-2.png, …).
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { openWorkbook } from '../src/cli/open-workbook';
import { buildDossier } from '../src/dossier';
import { check } from '../src/engine/check';
import { getPreset } from '../src/engine/plan/presets';

async function run(): Promise<void> {
  const args = process.argv.slice(2);
  const pagesAt = args.indexOf('--pages');
  const pages = pagesAt >= 0 ? Number(args.splice(pagesAt, 2)[1]) : 1;
  const [sample = 'thai-binh-huyen-vu-thu.xlsx', out = 'docs/dossier.png'] = args;
  const root = resolve(import.meta.dirname ?? __dirname, '..');
  const file = join(root, 'examples', sample);
  const expected = JSON.parse(readFileSync(file.replace(/\.xlsx$/, '.expected.json'), 'utf8')) as {
    plan: string;
    options: { unit?: string; conferenceDate?: string };
  };
  const plan = getPreset(expected.plan)!;
  const { book, name } = await openWorkbook(file, 'vi');
  const result = check({ model: await book.readModel(), plan, lang: 'vi', ...expected.options });
  const dir = mkdtempSync(join(tmpdir(), 'thidua-dossier-picture-'));
  try {
    const docx = join(dir, 'ho-so.docx');
    writeFileSync(docx, await buildDossier({ result, plan, workbookName: name, lang: 'vi', details: { unit: expected.options.unit } }));
    execFileSync(
      'soffice',
      ['--headless', `-env:UserInstallation=file://${join(dir, 'profile')}`, '--convert-to', 'pdf', '--outdir', dir, docx],
      {
        stdio: 'ignore',
      },
    );
    execFileSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', String(pages), join(dir, 'ho-so.pdf'), join(dir, 'page')]);
    const pngs = readdirSync(dir)
      .filter((f) => /^page-\d+\.png$/.test(f))
      .sort((a, b) => Number(/\d+/.exec(a)![0]) - Number(/\d+/.exec(b)![0]));
    pngs.forEach((p, i) => {
      const target = i === 0 ? out : out.replace(/\.png$/, `-${i + 1}.png`);
      copyFileSync(join(dir, p), resolve(root, target));
      console.log(`wrote ${target}`);
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void run();
