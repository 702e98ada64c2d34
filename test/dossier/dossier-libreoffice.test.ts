/**
 * The drafted dossiers read by a second, independent reader: LibreOffice (headless) converts
 * each sample's .docx to text, and the same assertions as the XML test run on what it reads —
 * counts per award form, totals and money, every row of the attached list, one summary section
 * per nominee. One sample also goes to PDF: each part starts on its own page.
 * Needs `soffice` and `pdftotext` (Debian: libreoffice-writer-nogui, poppler-utils; `.ci/run`
 * installs them).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDossier } from '../../src/dossier';
import { assertDossierText, loadSample, SAMPLE_FILES, type Sample } from '../helpers/dossier-samples';

const has = (cmd: string) => {
  try {
    execFileSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};
const READY = has('soffice') && has('pdftotext');

const dir = mkdtempSync(join(tmpdir(), 'thidua-dossier-lo-'));
const profile = `file://${join(dir, 'profile')}`;
const samples = new Map<string, Sample>();

function soffice(args: string[]) {
  execFileSync('soffice', ['--headless', `-env:UserInstallation=${profile}`, ...args, '--outdir', dir], {
    stdio: 'ignore',
    timeout: 180_000,
  });
}

describe.skipIf(!READY)('dossier read back by LibreOffice', { timeout: 240_000 }, () => {
  beforeAll(async () => {
    const files: string[] = [];
    for (const file of SAMPLE_FILES) {
      const s = await loadSample(file);
      samples.set(file, s);
      const out = join(dir, file.replace(/\.xlsx$/, '.docx'));
      writeFileSync(
        out,
        await buildDossier({ result: s.result, plan: s.plan, workbookName: s.name, lang: 'vi', details: { unit: s.options.unit } }),
      );
      files.push(out);
    }
    // One LibreOffice start for all of them (a start costs seconds).
    soffice(['--convert-to', 'txt:Text (encoded):UTF8', ...files]);
    soffice(['--convert-to', 'pdf', join(dir, 'thai-binh-huyen-vu-thu.docx')]);
  }, 240_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each(SAMPLE_FILES)('%s: the same counts, money, list rows and summaries in LibreOffice’s text', (file) => {
    const txt = join(dir, file.replace(/\.xlsx$/, '.txt'));
    expect(existsSync(txt)).toBe(true);
    const lines = readFileSync(txt, 'utf8')
      .replace(/^\uFEFF/, '')
      .split(/\r?\n/);
    assertDossierText(lines, samples.get(file)!);
  });

  it('puts the Tờ trình, the list and the summaries on pages of their own', () => {
    const pdf = join(dir, 'thai-binh-huyen-vu-thu.pdf');
    const page = (n: number) => execFileSync('pdftotext', ['-f', String(n), '-l', String(n), '-layout', pdf, '-'], { encoding: 'utf8' });
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
    expect(pages).toBeGreaterThanOrEqual(3);
    // A4: 595 × 842 points.
    expect(info).toMatch(/Page size:\s+595(\.\d+)? x 841(\.\d+)?|Page size:\s+595(\.\d+)? x 842/);
    const first = page(1);
    expect(first).toContain('TỜ TRÌNH');
    expect(first).toContain('TM. ỦY BAN NHÂN DÂN');
    expect(first).not.toContain('DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG');
    const texts = Array.from({ length: pages }, (_, i) => page(i + 1));
    const listPage = texts.findIndex((t) => t.includes('DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG'));
    const summaryPage = texts.findIndex((t) => t.includes('BẢN TÓM TẮT THÀNH TÍCH'));
    expect(listPage).toBeGreaterThan(0);
    expect(summaryPage).toBeGreaterThan(listPage);
  });
});
