/**
 * The pane's *Soạn hồ sơ* (`src/taskpane/dossier.ts`): the same document the command line
 * writes, named `Ho-so-<unit>.docx`, with the count of unwaived errors the pane says before
 * handing it over; the drafting module is loaded on demand, never with the pane.
 */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main, type Io } from '../../src/cli/main';
import { buildDossierFile } from '../../src/taskpane/dossier';
import { withWaivers } from '../../src/taskpane/export';
import type { CheckOutcome } from '../../src/taskpane/services';
import { readDocx } from '../helpers/docx';
import { EXAMPLES, loadSample, norm } from '../helpers/dossier-samples';

const ROOT = join(__dirname, '..', '..');

async function outcomeOf(file: string, unit?: string): Promise<CheckOutcome> {
  const s = await loadSample(file);
  return { result: s.result, workbookName: s.name, ...(unit ? { unit } : {}) };
}

describe('buildDossierFile', { timeout: 60_000 }, () => {
  it('names the file after the unit without diacritics and counts the unwaived errors', async () => {
    const f = await buildDossierFile(
      await outcomeOf('thai-binh-huyen-vu-thu.xlsx', 'UBND huyện Vũ Thư'),
      (await loadSample('thai-binh-huyen-vu-thu.xlsx')).plan,
      'vi',
      {},
    );
    expect(f.fileName).toBe('Ho-so-UBND-huyen-Vu-Thu.docx');
    expect(f.unwaivedErrors).toBe(20);
    expect(readDocx(f.bytes).lines).toContain('UBND HUYỆN VŨ THƯ');
  });

  it('uses the unit typed for the dossier, then the check’s, then the inferred one', async () => {
    const s = await loadSample('hung-yen-cdn-giao-duc.xlsx');
    const typed = await buildDossierFile(await outcomeOf(s.file), s.plan, 'vi', { unit: 'CĐCS Trường THPT Văn Giang' });
    expect(typed.fileName).toBe('Ho-so-CDCS-Truong-THPT-Van-Giang.docx');
    const inferred = await buildDossierFile(await outcomeOf(s.file), s.plan, 'vi', {});
    expect(inferred.fileName).toBe('Ho-so-Cong-doan-Nganh-Giao-Duc-Tinh-Hung-Yen.docx');
  });

  it('counts errors as the outcome has them: waived since the check, they no longer count', async () => {
    const s = await loadSample('thai-binh-vp-ubbc.xlsx');
    const waivers = s.result.findings
      .filter((f) => f.severity === 'error')
      .map((f) => ({ key: f.key, by: 'Nguyễn Văn A', reason: 'Đã giải trình' }));
    const f = await buildDossierFile(
      { result: withWaivers(s.result, waivers), workbookName: s.name, unit: s.options.unit },
      s.plan,
      'vi',
      {},
    );
    expect(f.unwaivedErrors).toBe(0);
  });

  it('is the document `thidua check --dossier` writes', async () => {
    const tmp = mkdtempSync(join(tmpdir(), 'thidua-pane-dossier-'));
    const out = join(tmp, 'cli.docx');
    const io: Io = { stdout: () => {}, stderr: () => {}, isTTY: false };
    const details = ['--place', 'Vũ Thư', '--dossier-date', '05/06/2021', '--dossier-number', '15'];
    await main(
      [
        'check',
        join(EXAMPLES, 'thai-binh-huyen-vu-thu.xlsx'),
        '--plan',
        'thai-binh-32-2021',
        '--unit',
        'UBND huyện Vũ Thư',
        '--conference-date',
        '2021-06-25',
        '--report',
        join(tmp, 'r.json'),
        '--dossier',
        out,
        ...details,
      ],
      io,
    );
    const s = await loadSample('thai-binh-huyen-vu-thu.xlsx');
    const pane = await buildDossierFile(await outcomeOf(s.file, 'UBND huyện Vũ Thư'), s.plan, 'vi', {
      place: 'Vũ Thư',
      date: '2021-06-05',
      number: '15',
    });
    const a = readDocx(readFileSync(out));
    const b = readDocx(pane.bytes);
    expect(b.files['word/document.xml']).toBe(a.files['word/document.xml']);
    expect(b.lines.map(norm)).toContain('Số: 15/TTr-…');
  });
});

describe('loaded on demand', () => {
  it('the pane imports the drafting module only through import(), in a chunk of its own', () => {
    const src = readFileSync(join(ROOT, 'src', 'taskpane', 'dossier.ts'), 'utf8');
    expect(src).toMatch(/import\(\/\* webpackChunkName: "dossier" \*\/ '\.\.\/dossier'\)/);
    // Anything else in the pane that names src/dossier or docx does so for types only.
    const pane = readdirSync(join(ROOT, 'src', 'taskpane'), { recursive: true })
      .map(String)
      .filter((f) => /\.tsx?$/.test(f))
      .map((f) => [f, readFileSync(join(ROOT, 'src', 'taskpane', f), 'utf8')] as const);
    for (const [f, text] of pane) {
      const statics = [...text.matchAll(/^import\s+(?!type\b)[^;]*from\s+'([^']+)'/gm)].map((m) => m[1]!);
      expect(
        statics.filter((x) => (/(^|\/)dossier$/.test(x) && !x.startsWith('./')) || x === 'docx'),
        f,
      ).toEqual([]);
    }
  });
});
