/**
 * `thidua check <file or folder>…` as a district office runs it on its communes' workbooks,
 * and the help texts: exact lines, the combined report, the files written, the exit status.
 */
import { describe, expect, it } from 'vitest';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main, type Io } from '../src/cli/main';
import { OPTIONS } from '../src/cli/options';
import { messages } from '../src/engine/i18n';
import type { BatchReport } from '../src/cli/batch';

const ROOT = join(__dirname, '..');
const EXAMPLES = join(ROOT, 'examples');
const VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

async function run(args: string[], isTTY = false): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: Io = { stdout: (s) => (out += s), stderr: (s) => (err += s), isTTY };
  const code = await main(args, io);
  return { code, out, err };
}

const PLAN_A = ['--plan', 'thai-binh-32-2021', '--conference-date', '25/06/2021'];

/** A district's folder: three plan A samples (one in a subfolder, one name twice), a broken file, an Excel lock file. */
function districtFolder(): { dir: string; files: Record<string, string> } {
  const dir = mkdtempSync(join(tmpdir(), 'thidua-batch-'));
  mkdirSync(join(dir, 'xa'));
  const files = {
    kienXuong: join(dir, 'thai-binh-huyen-kien-xuong.xlsx'),
    vuThu: join(dir, 'thai-binh-huyen-vu-thu.xlsx'),
    tienHai: join(dir, 'xa', 'thai-binh-huyen-tien-hai.xlsx'),
    vuThu2: join(dir, 'xa', 'thai-binh-huyen-vu-thu.xlsx'),
    broken: join(dir, 'xa', 'bao-cao-hong.xlsx'),
  };
  copyFileSync(join(EXAMPLES, 'thai-binh-huyen-kien-xuong.xlsx'), files.kienXuong);
  copyFileSync(join(EXAMPLES, 'thai-binh-huyen-vu-thu.xlsx'), files.vuThu);
  copyFileSync(join(EXAMPLES, 'thai-binh-huyen-tien-hai.xlsx'), files.tienHai);
  copyFileSync(join(EXAMPLES, 'thai-binh-huyen-vu-thu.xlsx'), files.vuThu2);
  writeFileSync(files.broken, 'STT,Tên đơn vị\n1,Xã An Bình\n');
  // Excel keeps this beside a workbook while it is open: never a workbook of its own.
  writeFileSync(join(dir, '~$thai-binh-huyen-vu-thu.xlsx'), 'owner');
  return { dir, files };
}

describe('thidua check on a folder', { timeout: 120_000 }, () => {
  it('one line per file, a total, each file’s outputs in --out-dir, a combined report; one broken file never stops the batch', async () => {
    const { dir, files } = districtFolder();
    const outDir = join(dir, 'ket-qua');
    const reportPath = join(outDir, 'tong.json');
    const r = await run(['check', dir, ...PLAN_A, '--out-dir', outDir, '--report', reportPath]);
    const vi = messages('vi').batch;
    expect(r.out.split('\n').filter(Boolean)).toEqual([
      vi.fileLine(files.kienXuong, 'UBND huyện Kiến Xương', 0, 0),
      vi.fileLine(files.vuThu, 'UBND huyện Vũ Thư', 20, 2),
      vi.failedLine(files.broken, messages('vi').cli.notXlsx('bao-cao-hong.xlsx')),
      vi.fileLine(files.tienHai, 'UBND huyện Tiền Hải', 5, 0),
      vi.fileLine(files.vuThu2, 'UBND huyện Vũ Thư', 20, 2),
      vi.total(5, 4, 1, 45, 4),
    ]);
    expect(r.out).toContain('✔ ');
    expect(r.code).toBe(1);

    // Names from the input; the second workbook of the same name gets " (2)"; the lock file is not read.
    expect(readdirSync(outDir).sort()).toEqual(
      [
        'thai-binh-huyen-kien-xuong.flagged.xlsx',
        'thai-binh-huyen-kien-xuong.report.json',
        'thai-binh-huyen-kien-xuong.summary.xlsx',
        'thai-binh-huyen-tien-hai.flagged.xlsx',
        'thai-binh-huyen-tien-hai.report.json',
        'thai-binh-huyen-tien-hai.summary.xlsx',
        'thai-binh-huyen-vu-thu (2).flagged.xlsx',
        'thai-binh-huyen-vu-thu (2).report.json',
        'thai-binh-huyen-vu-thu (2).summary.xlsx',
        'thai-binh-huyen-vu-thu.flagged.xlsx',
        'thai-binh-huyen-vu-thu.report.json',
        'thai-binh-huyen-vu-thu.summary.xlsx',
        'tong.json',
      ].sort(),
    );
    // The inputs are untouched.
    expect(readFileSync(files.vuThu)).toEqual(readFileSync(join(EXAMPLES, 'thai-binh-huyen-vu-thu.xlsx')));

    const combined = JSON.parse(readFileSync(reportPath, 'utf8')) as BatchReport;
    expect(combined.summary).toEqual({ files: 5, checked: 4, failed: 1, errors: 45, warnings: 4 });
    expect(combined.plan).toBe('thai-binh-32-2021');
    expect(combined.files.map((f) => [f.file, f.ok])).toEqual([
      [files.kienXuong, true],
      [files.vuThu, true],
      [files.broken, false],
      [files.tienHai, true],
      [files.vuThu2, true],
    ]);
    expect(combined.files[2]!.error).toBe(messages('vi').cli.notXlsx('bao-cao-hong.xlsx'));
    // Each entry's report is the file's own report, as one `thidua check <file> --report` writes it.
    const own = JSON.parse(readFileSync(join(outDir, 'thai-binh-huyen-tien-hai.report.json'), 'utf8'));
    const single = join(dir, 'single.json');
    await run(['check', files.tienHai, ...PLAN_A, '--report', single]);
    const alone = JSON.parse(readFileSync(single, 'utf8'));
    const strip = (x: { checkedAt?: string }) => ({ ...x, checkedAt: '' });
    expect(strip(combined.files[3]!.report!)).toEqual(strip(alone));
    expect(strip(own)).toEqual(strip(alone));

    // A second run over the same folder does not read its own results (the out-dir is inside it).
    const again = await run(['check', dir, ...PLAN_A, '--out-dir', outDir]);
    expect(again.out.split('\n').filter(Boolean)).toHaveLength(6);
  });

  it('several files named on the command line; exit 0 when none has an error; English lines', async () => {
    const r = await run([
      'check',
      join(EXAMPLES, 'thai-binh-huyen-kien-xuong.xlsx'),
      join(EXAMPLES, 'thai-binh-huyen-kien-xuong.xlsx'),
      ...PLAN_A,
      '--lang',
      'en',
    ]);
    const en = messages('en').batch;
    // The same file twice is checked once.
    expect(r.out.split('\n').filter(Boolean)).toEqual([
      en.fileLine(join(EXAMPLES, 'thai-binh-huyen-kien-xuong.xlsx'), 'UBND huyện Kiến Xương', 0, 0),
      en.total(1, 1, 0, 0, 0),
    ]);
    expect(en.total(1, 1, 0, 0, 0)).toBe('Total: 1 file, 1 checked; 0 errors, 0 warnings.');
    expect(r.code).toBe(0);
  });

  it('exits 2 only when no file could be checked', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'thidua-batch-bad-'));
    writeFileSync(join(dir, 'a.xlsx'), 'not a workbook');
    writeFileSync(join(dir, 'b.xlsm'), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]));
    const r = await run(['check', dir, ...PLAN_A]);
    expect(r.code).toBe(2);
    expect(r.out.split('\n').filter(Boolean)).toHaveLength(3);
    expect(r.err).toContain(messages('vi').batch.noneChecked);
    const empty = mkdtempSync(join(tmpdir(), 'thidua-batch-empty-'));
    const e = await run(['check', empty, ...PLAN_A]);
    expect(e.code).toBe(2);
    expect(e.err.trim()).toBe(messages('vi').batch.noFiles([empty]));
  });

  it('a progress line on a terminal (12/40 tệp), none otherwise', async () => {
    const { dir } = districtFolder();
    const tty = await run(['check', dir, ...PLAN_A], true);
    expect(tty.err).toContain(messages('vi').batch.progress(0, 5));
    expect(tty.err).toContain(messages('vi').batch.progress(4, 5));
    const plain = await run(['check', dir, ...PLAN_A]);
    expect(plain.err).not.toContain(messages('vi').batch.progress(0, 5));
  });

  it('one-file outputs are refused for a batch, with one sentence', async () => {
    const { dir } = districtFolder();
    const vi = messages('vi').batch;
    for (const [opt, sentence] of [
      ['--out', vi.singleOutput('--out', '--out-dir')],
      ['--summary', vi.singleOutput('--summary', '--out-dir')],
    ] as const) {
      const r = await run(['check', dir, ...PLAN_A, opt, join(dir, 'x.xlsx')]);
      expect(r.code).toBe(2);
      expect(r.err.trim()).toBe(sentence);
      expect(existsSync(join(dir, 'x.xlsx'))).toBe(false);
    }
    const d = await run(['check', dir, ...PLAN_A, '--dossiers']);
    expect(d.code).toBe(2);
    expect(d.err.trim()).toBe(vi.needsOutDir('--dossiers'));
  });
});

describe('a batch with --dossiers', { timeout: 120_000 }, () => {
  it('drafts each file’s dossier beside its other outputs, and says nothing per file on the terminal', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'thidua-batch-dossier-'));
    copyFileSync(join(EXAMPLES, 'thai-binh-huyen-kien-xuong.xlsx'), join(dir, 'kx.xlsx'));
    copyFileSync(join(EXAMPLES, 'thai-binh-huyen-tien-hai.xlsx'), join(dir, 'th.xlsx'));
    const outDir = join(dir, 'out');
    const r = await run(['check', dir, ...PLAN_A, '--out-dir', outDir, '--dossiers', '--place', 'Thái Bình']);
    expect(r.code).toBe(1);
    expect(
      readdirSync(outDir)
        .filter((f) => f.endsWith('.dossier.docx'))
        .sort(),
    ).toEqual(['kx.dossier.docx', 'th.dossier.docx']);
    // A .docx is a zip whose first entry is [Content_Types].xml.
    expect(readFileSync(join(outDir, 'kx.dossier.docx')).subarray(0, 2).toString()).toBe('PK');
    expect(r.err).not.toContain(messages('vi').dossier.unwaivedErrors(5));
  });
});

describe('--conference-date', () => {
  it('takes 10/09/2021 and 2021-09-10 alike, and refuses a day that does not exist', async () => {
    const file = join(EXAMPLES, 'thai-binh-huyen-vu-thu.xlsx');
    const base = ['check', file, '--plan', 'thai-binh-32-2021', '--unit', 'UBND huyện Vũ Thư'];
    const a = JSON.parse((await run([...base, '--conference-date', '25/06/2021'])).out);
    const b = JSON.parse((await run([...base, '--conference-date', '2021-06-25'])).out);
    expect({ ...a, checkedAt: '' }).toEqual({ ...b, checkedAt: '' });
    const bad = await run([...base, '--conference-date', '31/06/2021']);
    expect(bad.code).toBe(2);
    expect(bad.err.trim()).toBe(messages('vi').cli.badOption('--conference-date', messages('vi').cli.why.date));
  });
});

describe('help and version', () => {
  it('thidua --help and thidua --version exit 0', async () => {
    const h = await run(['--help']);
    expect(h.code).toBe(0);
    expect(h.out).toBe(`${messages('vi').help.general(VERSION)}\n`);
    for (const cmd of ['check', 'consolidate', 'plans']) expect(h.out).toContain(`  ${cmd} `);
    const v = await run(['--version']);
    expect([v.code, v.out]).toEqual([0, `thidua ${VERSION}\n`]);
    const en = await run(['--lang', 'en', '--help']);
    expect(en.out).toBe(`${messages('en').help.general(VERSION)}\n`);
  });

  it.each(['check', 'consolidate', 'plans'] as const)('thidua %s --help lists every option on one line, in both languages', async (cmd) => {
    for (const lang of ['vi', 'en'] as const) {
      const r = await run([cmd, '--help', '--lang', lang]);
      expect(r.code).toBe(0);
      expect(r.err).toBe('');
      const lines = r.out.split('\n');
      lines.splice(0, lines.indexOf(messages(lang).help.optionsHeader) + 1);
      for (const [name, o] of Object.entries(OPTIONS[cmd])) {
        const text = messages(lang).help.options[cmd][name];
        expect(text, `${lang} help for --${name}`).toBeTruthy();
        const line = lines.find((l) => l.includes(`--${name}${o.value ? ` ${o.value[lang]}` : ''} `) || l.endsWith(`--${name}`));
        expect(line, `--${name}`).toBeDefined();
        expect(line!.endsWith(text!)).toBe(true);
      }
    }
    // `thidua help check` says the same.
    const alias = await run(['help', cmd]);
    expect(alias.out).toBe((await run([cmd, '--help'])).out);
  });

  it('an unknown option or command still exits 2 with one sentence; bare thidua shows the usage and exits 2', async () => {
    const o = await run(['check', '--colour', 'x']);
    expect([o.code, o.err.trim().split('\n').length]).toEqual([2, 1]);
    expect(o.err).toContain('--colour');
    const c = await run(['kiemtra']);
    expect([c.code, c.err.trim().split('\n').length]).toEqual([2, 1]);
    const bare = await run([]);
    expect(bare.code).toBe(2);
    expect(bare.err).toContain('thidua check');
  });
});
