/**
 * The pane's files for the level above against the command line's: *Xuất tổng hợp* is
 * `thidua check --summary`, *Gộp báo cáo cấp dưới* is `thidua consolidate` — the same data
 * block, the same roll-up figures, the same sentence for each skipped file.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { main, type Io } from '../../src/cli/main';
import { openWorkbook } from '../../src/cli/open-workbook';
import { check } from '../../src/engine/check';
import { buildExportData, type ExportData } from '../../src/engine/export/data';
import { messages } from '../../src/engine/i18n';
import type { WorkbookModel } from '../../src/engine/model';
import { getPreset } from '../../src/engine/plan/presets';
import { modelToWorkbook } from '../helpers/exceljs-model';
import { exportDataOf } from '../helpers/exports';
import { readExportBytes, readExportData } from '../../src/port/file-export';
import { xlsxProblem } from '../../src/port/file-refusal';
import { sampleModel } from '../../src/preview/sample';
import {
  buildSummaryExportFile,
  consolidateFiles,
  fileSlug,
  NothingToConsolidate,
  withWaivers,
  type PickedFile,
} from '../../src/taskpane/export';
import { d, sheet, workbook, type CellInput } from '../helpers/model';

const PLAN = getPreset('thai-binh-32-2021')!;
const NOW = () => new Date('2021-06-01T00:00:00Z');
const tmp = mkdtempSync(join(tmpdir(), 'thidua-pane-export-'));

/** The workbook as exceljs (an independent reader) sees it, and its data block as the pane reads it. */
async function readBack(bytes: Uint8Array): Promise<{ wb: ExcelJS.Workbook; data: ExportData }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return { wb, data: await exportDataOf(bytes) };
}

const picked = (name: string, bytes: Uint8Array): PickedFile => ({
  name,
  arrayBuffer: async () => bytes.slice().buffer as ArrayBuffer,
});

async function cli(args: string[]) {
  let err = '';
  const io: Io = { stdout: () => {}, stderr: (s) => (err += s), isTTY: false };
  const code = await main(args, io);
  return { code, err };
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
function district(name: string, communes: [string, number, number][], nominees: CellInput[][]): WorkbookModel {
  return workbook(
    sheet('Tỷ lệ cử tri', [
      [`UBND ${name.toUpperCase()}`],
      ['Đơn vị', 'Số cử tri', 'Số cử tri đã bỏ phiếu', 'Tỷ lệ (%)'],
      ...communes.map(([u, r, v]) => [u, r, v, v / r]),
    ]),
    sheet('Đề nghị khen thưởng', [NOMINEE_HEAD, ...nominees.map((n, i) => [i + 1, ...n])]),
  );
}

/** A unit's export as the pane makes it, after a check of `model` given `unit`. */
async function paneExport(model: WorkbookModel, unit: string | undefined, plan = PLAN) {
  const result = check({ model, plan, lang: 'vi', unit, now: NOW });
  return buildSummaryExportFile({ result, workbookName: model.name, summarySheet: 'Tổng hợp', ...(unit ? { unit } : {}) }, plan, [], 'vi');
}

describe('Xuất tổng hợp in the pane', () => {
  it('is the command line’s summary export: summary, nominee list, very hidden data block with the check’s figures', async () => {
    const model = sampleModel();
    const result = check({ model, plan: PLAN, lang: 'vi', now: NOW });
    const file = await buildSummaryExportFile({ result, workbookName: model.name, summarySheet: 'Tổng hợp' }, PLAN, [], 'vi');
    expect(file.fileName).toBe('Tong-hop-UBND-huyen-Vu-Thu.xlsx');
    const { wb, data } = await readBack(file.bytes);
    expect(wb.worksheets.map((w) => [w.name, w.state])).toEqual([
      ['Tổng hợp', 'visible'],
      ['Danh sách đề nghị', 'visible'],
      ['thidua_data', 'veryHidden'],
    ]);
    expect(data).toEqual(buildExportData(result, PLAN, model.name));
    expect(data.unit).toEqual({ name: 'UBND huyện Vũ Thư', category: 'district', inferred: true });
    expect(data.total).toEqual({ registered: result.summary.total.registered, voted: result.summary.total.voted });
    // Values, not formulas.
    wb.getWorksheet('Tổng hợp')!.eachRow((row) => row.eachCell((c) => expect(c.formula ?? null).toBeNull()));
  });

  it('names the unit the check was given, and carries waivers made since the check', async () => {
    const model = sampleModel();
    const result = check({ model, plan: PLAN, lang: 'vi', unit: 'Huyện Vũ Thư', now: NOW });
    const target = result.findings.find((f) => f.rule === 'TURNOUT_BELOW_MIN')!;
    const waivers = [{ key: target.key, by: 'Trưởng phòng', reason: 'Đã giải trình' }];
    const file = await buildSummaryExportFile(
      { result, workbookName: model.name, summarySheet: 'Tổng hợp', unit: 'Huyện Vũ Thư' },
      PLAN,
      waivers,
      'vi',
    );
    expect(file.fileName).toBe('Tong-hop-Huyen-Vu-Thu.xlsx');
    const { data } = await readBack(file.bytes);
    expect(data.unit).toMatchObject({ name: 'Huyện Vũ Thư', inferred: false });
    expect(data.findings.find((f) => f.key === target.key)!.waived).toEqual({ by: 'Trưởng phòng', reason: 'Đã giải trình' });
    // The same as checking with the waiver in the first place.
    const rechecked = check({ model, plan: PLAN, lang: 'vi', unit: 'Huyện Vũ Thư', waivers, now: NOW });
    expect(withWaivers(result, waivers).summary).toEqual(rechecked.summary);
    expect(withWaivers(result, waivers).findings).toEqual(rechecked.findings);
  });

  it('makes file names without diacritics', () => {
    expect(fileSlug('Văn phòng Ủy ban bầu cử tỉnh (Sở Nội vụ)')).toBe('Van-phong-Uy-ban-bau-cu-tinh-So-Noi-vu');
    expect(fileSlug('Đảng ủy xã Đông Hòa')).toBe('Dang-uy-xa-Dong-Hoa');
    expect(fileSlug('///')).toBe('don-vi');
  });
});

describe('Gộp báo cáo cấp dưới in the pane', () => {
  const vt = 'UBND huyện Vũ Thư';
  const kx = 'UBND huyện Kiến Xương';
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

  it(
    'reads file by file, skips with the command line’s sentences, and builds the same roll-up as thidua consolidate',
    { timeout: 30_000 },
    async () => {
      const vuthu = await paneExport(
        district(
          'huyện Vũ Thư',
          [
            ['Xã Vũ Hội', 5000, 4950],
            ['Xã Song Lãng', 4000, 3960],
          ],
          [collective('Xã Vũ Hội', vt), person('Nguyễn Văn Bình', d(2, 3, 1975), vt)],
        ),
        vt,
      );
      const kienxuong = await paneExport(
        district(
          'huyện Kiến Xương',
          [
            ['Xã Bình Minh', 3000, 2900],
            ['Thị trấn Thanh Nê', 2000, 1990],
          ],
          [
            collective('Xã Bình Minh', kx),
            ...['A', 'B', 'C', 'D', 'E'].map((x) => collective(`Thôn ${x}`, kx)),
            person('Nguyễn Văn Bình', d(2, 3, 1975), kx),
          ],
        ),
        kx,
      );
      const other = await paneExport(
        district('huyện Đông Hưng', [['Xã Đông Hà', 1000, 990]], []),
        'UBND huyện Đông Hưng',
        getPreset('hung-yen-cdn-gd-2021')!,
      );
      const plain = new Uint8Array(await modelToWorkbook(district('huyện Quỳnh Phụ', [['Xã An Ninh', 100, 99]], [])).xlsx.writeBuffer());
      const inputs: [string, Uint8Array][] = [
        ['vu-thu.xlsx', vuthu.bytes],
        ['kien-xuong.xlsx', kienxuong.bytes],
        ['vu-thu (2).xlsx', vuthu.bytes],
        ['rac.xlsx', new TextEncoder().encode('STT;Họ tên\n1;Nguyễn Văn A\n')],
        ['quynh-phu.xlsx', plain],
        ['dong-hung.xlsx', other.bytes],
      ];
      const unit = 'UBND tỉnh Thái Bình';
      const seen: [number, number][] = [];
      const out = await consolidateFiles(
        inputs.map(([n, b]) => picked(n, b)),
        { plan: PLAN, lang: 'vi', unit, onFile: (done, total) => seen.push([done, total]) },
      );
      expect(seen).toEqual([0, 1, 2, 3, 4, 5, 6].map((i) => [i, 6]));
      expect(out).toMatchObject({ total: 6, accepted: 2 });
      expect(out.file.fileName).toBe('Gop-bao-cao-UBND-tinh-Thai-Binh.xlsx');

      // The command line on the same files.
      for (const [n, b] of inputs) writeFileSync(join(tmp, n), b);
      const cliOut = join(tmp, out.file.fileName);
      const r = await cli(['consolidate', ...inputs.map(([n]) => join(tmp, n)), '--plan', PLAN.id, '--unit', unit, '--out', cliOut]);
      expect(r.code).toBe(1);
      const cliSkipped = r.err.split('\n').filter((l) => l.startsWith('Bỏ qua tệp'));
      expect(out.skipped).toEqual(cliSkipped);
      expect(out.skipped).toEqual([
        messages('vi').consolidate.skipped('vu-thu (2).xlsx', 'duplicate_unit', vt),
        expect.stringMatching(/^Bỏ qua tệp "rac\.xlsx": Tệp "rac\.xlsx" không phải tệp Excel \.xlsx/),
        messages('vi').consolidate.skipped('quynh-phu.xlsx', 'not_export'),
        messages('vi').consolidate.skipped('dong-hung.xlsx', 'other_plan', 'hung-yen-cdn-gd-2021'),
      ]);

      const pane = await readBack(out.file.bytes);
      const { book } = await openWorkbook(cliOut, 'vi');
      const cliData = await readExportData(book.pkg);
      expect(cliData.ok).toBe(true);
      if (!cliData.ok) return;
      const cliWb = (await readBack(book.bytes)).wb;
      expect({ ...pane.data, checkedAt: '' }).toEqual({ ...cliData.data, checkedAt: '' });
      expect(pane.wb.worksheets.map((w) => [w.name, w.state])).toEqual(cliWb.worksheets.map((w) => [w.name, w.state]));
      expect(pane.data.unit.name).toBe(unit);
      expect(pane.data.total).toEqual({ registered: 14000, voted: 13800 });
      expect(out.result.summary.errors).toBe(3);
      expect(out.result.findings.map((f) => f.rule)).toEqual(['TURNOUT_BELOW_MIN', 'DUPLICATE_NOMINEE', 'QUOTA_EXCEEDED']);
    },
  );

  it('says why when no file can be consolidated', async () => {
    const bad = picked('bang-diem.xlsx', new TextEncoder().encode('a,b,c'));
    const err = await consolidateFiles([bad], { plan: PLAN, lang: 'en' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(NothingToConsolidate);
    expect((err as NothingToConsolidate).message).toBe(messages('en').consolidate.none);
    expect((err as NothingToConsolidate).skipped).toEqual([expect.stringMatching(/^Skipped "bang-diem\.xlsx"|bang-diem\.xlsx/)]);
  });

  it('names the roll-up after the command line’s default unit when none is given', async () => {
    const vuthu = await paneExport(district('huyện Vũ Thư', [['Xã Vũ Hội', 5000, 4950]], []), vt);
    const out = await consolidateFiles([picked('a.xlsx', vuthu.bytes)], { plan: PLAN, lang: 'vi' });
    expect(out.file.data.unit.name).toBe('Đơn vị tổng hợp');
    expect(out.file.fileName).toBe('Gop-bao-cao-Don-vi-tong-hop.xlsx');
  });
});

describe('reading a file’s bytes in the browser says what the command line says', () => {
  const cases: [string, Uint8Array][] = [
    ['csv.xlsx', new TextEncoder().encode('STT,Họ tên\n1,A\n')],
    ['empty.xlsx', new Uint8Array()],
    ['old.xlsx', Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)])],
    [
      'locked.xlsx',
      Uint8Array.from([
        0xd0,
        0xcf,
        0x11,
        0xe0,
        0xa1,
        0xb1,
        0x1a,
        0xe1,
        ...new Array(100).fill(0),
        ...Array.from('EncryptedPackage').flatMap((c) => [c.charCodeAt(0), 0]),
      ]),
    ],
    ['cut.xlsx', Uint8Array.from([0x50, 0x4b, 0x03, 0x04, ...new Array(60).fill(7)])],
  ];

  for (const [name, bytes] of cases) {
    it(name, async () => {
      const p = join(tmp, name);
      writeFileSync(p, bytes);
      const cliMessage = await openWorkbook(p, 'vi').then(
        () => null,
        (e: Error) => e.message,
      );
      expect(cliMessage).not.toBeNull();
      expect(xlsxProblem(bytes, name, 'vi', 1024)).toBe(cliMessage);
      const read = await readExportBytes(name, bytes, 'vi');
      expect(read).toEqual({ ok: false, skipped: messages('vi').consolidate.skipped(name, 'unreadable', cliMessage!.replace(/\.$/, '')) });
    });
  }

  it('a truncated export', async () => {
    const { bytes } = await paneExport(sampleModel(), undefined);
    const cut = bytes.slice(0, Math.floor(bytes.length / 2));
    const p = join(tmp, 'half.xlsx');
    writeFileSync(p, cut);
    const cliMessage = await openWorkbook(p, 'vi').then(
      () => null,
      (e: Error) => e.message,
    );
    expect(xlsxProblem(cut, 'half.xlsx', 'vi', 1024)).toBe(cliMessage);
    expect(xlsxProblem(bytes, 'whole.xlsx', 'vi', 1024)).toBeNull();
  });
});
