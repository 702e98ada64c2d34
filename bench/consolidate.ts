/** Consolidation of 500 generated summary exports: time and peak memory. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { check } from '../src/engine/check';
import { getPreset } from '../src/engine/plan/presets';
import { buildExportData } from '../src/engine/export/data';
import { buildSummarySheet } from '../src/engine/output/summary-sheet';
import { buildExportWorkbook } from '../src/port/file-export';
import { main } from '../src/cli/main';
import type { Cell, WorkbookModel } from '../src/engine/model';

const c = (v: Cell['v']): Cell => ({ v });

function communeModel(i: number): WorkbookModel {
  const rows: Cell[][] = [['Đơn vị', 'Số cử tri', 'Số cử tri đã bỏ phiếu'].map(c)];
  for (let v = 0; v < 12; v++) rows.push([c(`Thôn ${v + 1} xã ${i}`), c(800 + v * 10), c(790 + v * 10 - (i % 7 === 0 ? 40 : 0))]);
  const nominees: Cell[][] = [['STT', 'Họ và tên', 'Tập thể/Cá nhân', 'Ngày sinh', 'Hình thức khen thưởng', 'Tóm tắt thành tích'].map(c)];
  for (let n = 0; n < 6; n++)
    nominees.push([
      c(n + 1),
      c(`Nguyễn Văn ${i}-${n}`),
      c('Cá nhân'),
      c(new Date(Date.UTC(1980, n, 1 + (i % 27)))),
      c('Bằng khen của Chủ tịch UBND tỉnh'),
      c('Hoàn thành xuất sắc'),
    ]);
  return {
    name: `xa-${i}.xlsx`,
    sheets: [
      { name: 'Tỷ lệ cử tri', rows },
      { name: 'Đề nghị khen thưởng', rows: nominees },
    ],
  };
}

export interface ConsolidateResult {
  files: number;
  ms: number;
  peakRssMb: number;
  units: number;
}

export async function benchConsolidate(files = 500): Promise<ConsolidateResult> {
  const plan = getPreset('thai-binh-32-2021')!;
  const dir = mkdtempSync(join(tmpdir(), 'thidua-roll-bench-'));
  const paths: string[] = [];
  for (let i = 0; i < files; i++) {
    const model = communeModel(i);
    const unit = `Xã Số ${i}`;
    const result = check({ model, plan, unit, now: () => new Date(0) });
    const data = buildExportData(result, plan, model.name, unit);
    const bytes = buildExportWorkbook({ summary: buildSummarySheet(result, plan, model.name, 'vi'), summaryName: 'Tổng hợp', data });
    const p = join(dir, `xa-${i}.summary.xlsx`);
    writeFileSync(p, bytes);
    paths.push(p);
  }
  globalThis.gc?.();
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10);
  const t0 = performance.now();
  const io = { stdout: () => {}, stderr: () => {}, isTTY: false };
  const code = await main(
    [
      'consolidate',
      ...paths,
      '--plan',
      plan.id,
      '--unit',
      'UBND huyện Mẫu',
      '--out',
      join(dir, 'rollup.xlsx'),
      '--report',
      join(dir, 'rollup.json'),
    ],
    io,
  );
  const ms = performance.now() - t0;
  clearInterval(timer);
  if (code === 2) throw new Error('consolidation failed');
  return { files, ms: Math.round(ms), peakRssMb: Math.round(peak / 1048576), units: files };
}

if (process.argv[1]?.endsWith('consolidate.ts')) {
  benchConsolidate(Number(process.argv[2] ?? 500)).then((r) =>
    process.argv.includes('--json') ? console.log(JSON.stringify(r)) : console.table([r]),
  );
}
