/**
 * `thidua check … --dossier file.docx`: the dossier of each sample is written beside the usual
 * outputs without changing the exit status; unwaived errors are said in one sentence before
 * drafting; `--place`, `--dossier-date` (YYYY-MM-DD or dd/mm/yyyy) and `--dossier-number` reach
 * the document; a bad date or an unwritable path is one sentence and exit 2.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main, type Io } from '../../src/cli/main';
import { messages } from '../../src/engine/i18n';
import { readDocx } from '../helpers/docx';
import { assertDossierText, EXAMPLES, loadSample, norm, SAMPLE_FILES } from '../helpers/dossier-samples';

const tmp = mkdtempSync(join(tmpdir(), 'thidua-dossier-cli-'));

async function cli(args: string[]) {
  let out = '';
  let err = '';
  const io: Io = { stdout: (s) => (out += s), stderr: (s) => (err += s), isTTY: false };
  const code = await main(args, io);
  return { code, out, err, errLines: err.split('\n').filter(Boolean) };
}

function args(file: string, extra: string[] = []): string[] {
  const e = JSON.parse(readFileSync(join(EXAMPLES, file.replace(/\.xlsx$/, '.expected.json')), 'utf8')) as {
    plan: string;
    options: { unit?: string; conferenceDate?: string };
  };
  return [
    'check',
    join(EXAMPLES, file),
    '--plan',
    e.plan,
    ...(e.options.unit ? ['--unit', e.options.unit] : []),
    ...(e.options.conferenceDate ? ['--conference-date', e.options.conferenceDate] : []),
    '--report',
    join(tmp, `${file}.json`),
    ...extra,
  ];
}

describe('thidua check --dossier', { timeout: 60_000 }, () => {
  it.each(SAMPLE_FILES)('%s: writes the dossier; the exit status is the check’s', async (file) => {
    const out = join(tmp, file.replace(/\.xlsx$/, '.docx'));
    const plain = await cli(args(file));
    const r = await cli(args(file, ['--dossier', out]));
    expect(r.code).toBe(plain.code);
    const s = await loadSample(file);
    const warning = `Danh sách còn ${s.result.summary.errors} lỗi chưa được miễn trừ: hồ sơ vẫn được soạn, hãy sửa hoặc miễn trừ các lỗi đó trước khi gửi.`;
    if (s.result.summary.errors > 0) expect(r.errLines[0]).toBe(warning);
    else expect(r.err).not.toContain('chưa được miễn trừ');
    expect(r.errLines).toContain(`Hồ sơ (Tờ trình, danh sách, tóm tắt thành tích): ${out}`);
    assertDossierText(readDocx(readFileSync(out)).lines, s);
  });

  it('says nothing about errors once the reviewer has waived them all', async () => {
    const file = 'thai-binh-vp-ubbc.xlsx';
    await cli(args(file));
    const report = JSON.parse(readFileSync(join(tmp, `${file}.json`), 'utf8')) as { findings: { key: string; severity: string }[] };
    const waivers = join(tmp, 'waivers.json');
    writeFileSync(
      waivers,
      JSON.stringify(
        report.findings.filter((f) => f.severity === 'error').map((f) => ({ key: f.key, by: 'Nguyễn Văn A', reason: 'Đã giải trình' })),
      ),
    );
    const out = join(tmp, 'waived.docx');
    const r = await cli(args(file, ['--waivers', waivers, '--dossier', out]));
    expect(r.code).toBe(0);
    expect(r.err).not.toContain('chưa được miễn trừ');
    expect(existsSync(out)).toBe(true);
  });

  it('takes the place, a dd/mm/yyyy date and the number', async () => {
    const out = join(tmp, 'details.docx');
    const r = await cli(
      args('thai-binh-huyen-vu-thu.xlsx', [
        '--dossier',
        out,
        '--place',
        'Vũ Thư',
        '--dossier-date',
        '05/06/2021',
        '--dossier-number',
        '15/TTr-UBND',
      ]),
    );
    expect(r.code).toBe(1);
    const lines = readDocx(readFileSync(out)).lines.map(norm);
    expect(lines).toContain('Số: 15/TTr-UBND');
    expect(lines).toContain('Vũ Thư, ngày 05 tháng 6 năm 2021');
    expect(lines).toContain('(Kèm theo Tờ trình số 15/TTr-UBND ngày 05 tháng 6 năm 2021 của UBND huyện Vũ Thư)');
  });

  it('takes an ISO date too', async () => {
    const out = join(tmp, 'iso.docx');
    await cli(args('thai-binh-huyen-vu-thu.xlsx', ['--dossier', out, '--dossier-date', '2021-02-08']));
    expect(readDocx(readFileSync(out)).lines.map(norm)).toContain('Vũ Thư, ngày 08 tháng 02 năm 2021');
  });

  it('refuses a date that is not a real one before reading anything: one sentence, exit 2', async () => {
    const out = join(tmp, 'bad-date.docx');
    const report = join(tmp, 'bad-date.json');
    const r = await cli([
      'check',
      join(EXAMPLES, 'thai-binh-huyen-vu-thu.xlsx'),
      '--plan',
      'thai-binh-32-2021',
      '--report',
      report,
      '--dossier',
      out,
      '--dossier-date',
      '31/02/2021',
    ]);
    expect(r.code).toBe(2);
    expect(r.errLines).toEqual([messages('vi').cli.badOption('--dossier-date', messages('vi').cli.why.date)]);
    expect(existsSync(out)).toBe(false);
    expect(existsSync(report)).toBe(false);
  });

  it.each([
    ['a folder that does not exist', join(tmp, 'no-such-folder', 'hs.docx')],
    ['a folder', tmp],
  ])('an unwritable path (%s) is one sentence, exit 2', async (_what, path) => {
    const r = await cli(args('vinh-phuc-quy-dtpt.xlsx', ['--dossier', path]));
    expect(r.code).toBe(2);
    expect(r.errLines).toHaveLength(1);
    expect(r.errLines[0]).toMatch(new RegExp(`^Không ghi được tệp "${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}" \\(.+\\)\\.$`));
    expect(r.err).not.toMatch(/\n\s+at /);
  });

  it('in English too', async () => {
    const r = await cli(args('vinh-phuc-quy-dtpt.xlsx', ['--dossier', join(tmp, 'nope', 'x.docx'), '--lang', 'en']));
    expect(r.code).toBe(2);
    expect(r.errLines).toEqual([expect.stringMatching(/^Cannot write the file ".+x\.docx" \(.+\)\.$/)]);
    const w = await cli(args('thai-binh-huyen-vu-thu.xlsx', ['--dossier', join(tmp, 'en.docx'), '--lang', 'en']));
    expect(w.errLines[0]).toBe(
      'The list still has 20 unwaived errors: the dossier is drafted anyway; correct or waive them before sending it.',
    );
  });

  it('is in the help of thidua check, with the options of its heading', async () => {
    const r = await cli(['check', '--help']);
    for (const o of ['--dossier <tệp.docx>', '--place <địa danh>', '--dossier-date <dd/mm/yyyy>', '--dossier-number <số>'])
      expect(r.out).toContain(o);
  });
});
