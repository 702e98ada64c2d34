/**
 * The hierarchy loop: each level checks its workbook and exports a summary; the level
 * above consolidates them. Figures are asserted exactly, including cross-unit findings.
 */
import { describe, expect, it, beforeAll } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { main, type Io } from '../src/cli/main';
import { modelToWorkbook } from './helpers/exceljs-model';
import { readExportFile } from './helpers/exports';
import { sheet, workbook, d, type CellInput } from './helpers/model';

const tmp = mkdtempSync(join(tmpdir(), 'thidua-roll-'));

async function cli(args: string[]) {
  let err = '';
  const io: Io = { stdout: () => {}, stderr: (s) => (err += s), isTTY: false };
  const code = await main(args, io);
  return { code, err };
}

async function save(name: string, sheets: ReturnType<typeof sheet>[]): Promise<string> {
  const p = join(tmp, name);
  await modelToWorkbook(workbook(...sheets)).xlsx.writeFile(p);
  return p;
}

const NOMINEE_HEAD = [
  'STT',
  'Họ và tên / Tên tập thể',
  'Tập thể/Cá nhân',
  'Ngày sinh',
  'Chức vụ',
  'Đơn vị đề nghị',
  'Hình thức khen thưởng',
  'Tóm tắt thành tích',
];
const BK = 'Bằng khen của Chủ tịch UBND tỉnh';

function district(name: string, communes: [string, number, number][], nominees: CellInput[][]) {
  return [
    sheet('Tỷ lệ cử tri', [
      [`UBND ${name.toUpperCase()}`],
      ['Đơn vị', 'Số cử tri', 'Số cử tri đã bỏ phiếu', 'Tỷ lệ (%)'],
      ...communes.map(([u, r, v]) => [u, r, v, v / r]),
    ]),
    sheet('Tiêu chí', [
      ['Đơn vị', 'T1', 'T2', 'L1', 'L2', 'L6', 'L7'],
      ...communes.map(([u]) => [u, 'Đạt', 'Đạt', 'Đạt', 'Đạt', 'Đạt', 'Đạt']),
    ]),
    sheet('Đề nghị khen thưởng', [NOMINEE_HEAD, ...nominees.map((n, i) => [i + 1, ...n])]),
  ];
}

const person = (name: string, born: Date, unit: string): CellInput[] => [
  name,
  'Cá nhân',
  born,
  'Chuyên viên',
  unit,
  BK,
  'Hoàn thành xuất sắc nhiệm vụ bầu cử',
];
const collective = (name: string, unit: string): CellInput[] => [name, 'Tập thể', null, null, unit, BK, 'Tổ chức bầu cử an toàn'];

describe('consolidate', () => {
  const files: Record<string, string> = {};
  beforeAll(async () => {
    const vt = 'UBND huyện Vũ Thư';
    const kx = 'UBND huyện Kiến Xương';
    const inputs = {
      vuthu: await save(
        'vu-thu.xlsx',
        district(
          'huyện Vũ Thư',
          [
            ['Xã Vũ Hội', 5000, 4950],
            ['Xã Song Lãng', 4000, 3960],
          ],
          [collective('Xã Vũ Hội', vt), person('Nguyễn Văn Bình', d(2, 3, 1975), vt)],
        ),
      ),
      kienxuong: await save(
        'kien-xuong.xlsx',
        district(
          'huyện Kiến Xương',
          [
            ['Xã Bình Minh', 3000, 2900],
            ['Thị trấn Thanh Nê', 2000, 1990],
          ],
          [
            collective('Xã Bình Minh', kx),
            ...['A', 'B', 'C', 'D', 'E'].map((x) => collective(`Thôn ${x}`, kx)),
            person('Trần Thị Hoà', d(5, 6, 1980), kx),
          ],
        ),
      ),
      office: await save('vp.xlsx', [
        sheet('DS VP UBBC', [
          ['VĂN PHÒNG ỦY BAN BẦU CỬ TỈNH (SỞ NỘI VỤ)'],
          ['STT', 'Họ và tên', 'Tập thể/Cá nhân', 'Ngày sinh', 'Chức vụ', 'Hình thức khen thưởng', 'Tóm tắt thành tích'],
          [1, 'Nguyễn Văn Bình', 'Cá nhân', d(2, 3, 1975), 'Thành viên UBBC tỉnh', BK, 'Tham mưu tốt'],
        ]),
      ]),
    };
    for (const [k, p] of Object.entries(inputs)) {
      files[k] = join(tmp, `${k}.summary.xlsx`);
      const unit = k === 'vuthu' ? vt : k === 'kienxuong' ? kx : 'Văn phòng Ủy ban bầu cử tỉnh (Sở Nội vụ)';
      const r = await cli([
        'check',
        p,
        '--plan',
        'thai-binh-32-2021',
        '--unit',
        unit,
        '--summary',
        files[k]!,
        '--report',
        join(tmp, `${k}.json`),
      ]);
      expect(r.code, r.err).not.toBe(2);
    }
  });

  it('an exported summary reads back with the same figures (round trip)', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(files.vuthu!);
    const back = await readExportFile(files.vuthu!);
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    const report = JSON.parse(readFileSync(join(tmp, 'vuthu.json'), 'utf8'));
    expect(back.data.plan).toBe('thai-binh-32-2021');
    expect(back.data.unit).toEqual({ name: 'UBND huyện Vũ Thư', category: 'district', inferred: false });
    expect(back.data.total).toEqual({ registered: report.summary.total.registered, voted: report.summary.total.voted });
    expect(back.data.units.map((u) => [u.unit, u.registered, u.voted])).toEqual([
      ['Xã Vũ Hội', 5000, 4950],
      ['Xã Song Lãng', 4000, 3960],
    ]);
    expect(back.data.nominees.map((n) => n.name)).toEqual(['Xã Vũ Hội', 'Nguyễn Văn Bình']);
    expect(back.data.findings.map((f) => f.rule)).toEqual(report.findings.map((f: { rule: string }) => f.rule));
    expect(wb.getWorksheet('Tổng hợp')).toBeDefined();
    expect(wb.getWorksheet('Danh sách đề nghị')).toBeDefined();
    expect(wb.getWorksheet('thidua_data')!.state).toBe('veryHidden');
  });

  it('rolls up turnout from counts and checks quotas and duplicates across units', async () => {
    const junk = join(tmp, 'junk.xlsx');
    writeFileSync(junk, 'not a workbook');
    const notExport = join(tmp, 'vu-thu.xlsx');
    const out = join(tmp, 'rollup.xlsx');
    const report = join(tmp, 'rollup.json');
    const r = await cli([
      'consolidate',
      files.vuthu!,
      files.kienxuong!,
      files.office!,
      files.vuthu!,
      junk,
      notExport,
      '--plan',
      'thai-binh-32-2021',
      '--unit',
      'Văn phòng Ủy ban bầu cử tỉnh (Sở Nội vụ)',
      '--out',
      out,
      '--report',
      report,
    ]);
    expect(r.code).toBe(1);
    // Each unusable file is named with its reason; the rest is consolidated.
    expect(r.err).toMatch(/Bỏ qua tệp "vuthu\.summary\.xlsx": đơn vị "UBND huyện Vũ Thư" đã có/);
    expect(r.err).toMatch(/Bỏ qua tệp "junk\.xlsx": .*không phải tệp Excel/);
    expect(r.err).toMatch(/Bỏ qua tệp "vu-thu\.xlsx": không phải tệp tổng hợp/);
    expect(r.err).toMatch(/Đã gộp 3\/6 tệp/);
    const rep = JSON.parse(readFileSync(report, 'utf8'));
    expect(rep.summary.units).toEqual([
      { unit: 'UBND huyện Vũ Thư', category: 'district', registered: 9000, voted: 8910, rate: 0.99, source: 'sheet' },
      { unit: 'UBND huyện Kiến Xương', category: 'district', registered: 5000, voted: 4890, rate: 0.978, source: 'sheet' },
    ]);
    expect(rep.summary.total).toEqual({ registered: 14000, voted: 13800, rate: 13800 / 14000 });
    const brief = rep.findings.map((f: { rule: string; sheet: string; rows: number[] }) => [f.rule, f.sheet, f.rows]);
    expect(brief).toEqual([
      ['TURNOUT_BELOW_MIN', 'Tỷ lệ cử tri', [4]],
      ['DUPLICATE_NOMINEE', 'Đề nghị khen thưởng', [4, 12]],
      ['QUOTA_EXCEEDED', 'Đề nghị khen thưởng', [5, 6, 7, 8, 9, 10]],
    ]);
    const dup = rep.findings.find((f: { rule: string }) => f.rule === 'DUPLICATE_NOMINEE');
    expect(dup.message).toMatch(/đã được sở, ngành hoặc huyện đề nghị/);
    // The roll-up is itself an export the level above can read.
    const back = await readExportFile(out);
    expect(back.ok && back.data.total).toEqual({ registered: 14000, voted: 13800 });
  });

  it('exits 2 when no file can be consolidated', async () => {
    const r = await cli(['consolidate', join(tmp, 'vu-thu.xlsx'), '--plan', 'thai-binh-32-2021', '--out', join(tmp, 'none.xlsx')]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/Không gộp được tệp nào/);
  });

  it('skips a summary of another plan', async () => {
    const r = await cli(['consolidate', files.vuthu!, '--plan', 'hung-yen-cdn-gd-2021', '--out', join(tmp, 'other.xlsx')]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/kế hoạch khác \(thai-binh-32-2021\)/);
  });
});
