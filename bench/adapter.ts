/**
 * The add-in adapter on the Excel fake: context.sync() count and request bytes for 1k, 10k
 * and 100k member rows, against a naive writer that sets each flagged row's status cell in
 * its own sync; and what reading costs: the bytes Excel sends back per cell of the used
 * ranges (the fake counts the JSON of every loaded property) and the read's round trips.
 */
import { createFakeExcel, fakeFromModel, type FakeExcel } from '../test/fake-excel';
import { OfficeWorkbook } from '../src/port/office-adapter';
import { check } from '../src/engine/check';
import { getPreset } from '../src/engine/plan/presets';
import { buildFlagPlan } from '../src/engine/output/flags';
import { buildSummarySheet } from '../src/engine/output/summary-sheet';
import { columnLetter } from '../src/engine/model';
import { membersModel } from './models';

export interface AdapterResult {
  rows: number;
  flaggedRows: number;
  readSyncs: number;
  /** Cells of the used ranges read (every sheet; the member sheet is nearly all of them). */
  cells: number;
  /** Bytes of the read's responses per cell of the used ranges. */
  readBytesPerCell: number;
  readResponseKb: number;
  writeSyncs: number;
  clearSyncs: number;
  maxRequestKb: number;
  naiveSyncs: number;
  naiveRequestKb: number;
}

function port(fake: FakeExcel): OfficeWorkbook {
  return new OfficeWorkbook(fake.Excel as unknown as typeof Excel, { office: fake.Office as unknown as typeof Office });
}

export async function benchAdapter(sizes = [1_000, 10_000, 100_000]): Promise<AdapterResult[]> {
  const plan = getPreset('hung-yen-cdn-gd-2021')!;
  const out: AdapterResult[] = [];
  for (const rows of sizes) {
    const model = membersModel(rows, 0);
    // One member in ten with an unreadable mark, so that many rows carry a status.
    const members = model.sheets[1]!;
    for (let r = 4; r < members.rows.length; r += 10) members.rows[r]![5] = { v: '?' };
    const fake = createFakeExcel(fakeFromModel(model));
    const p = port(fake);
    fake.stats.reset();
    const read = await p.readModel();
    const readSyncs = fake.stats.syncs;
    const readBytes = fake.stats.log.reduce((n, x) => n + x.responseBytes, 0);
    const cells = model.sheets.reduce((n, s) => n + s.rows.length * Math.max(0, ...s.rows.map((r) => r.length)), 0);
    const result = check({ model: read, plan, now: () => new Date(0) });
    const flags = buildFlagPlan(result);
    fake.stats.reset();
    await p.writeFlags(flags);
    await p.writeSummary(buildSummarySheet(result, plan, model.name, 'vi'), { preferred: 'Tổng hợp', alternative: 'Tổng hợp (kiểm tra)' });
    const writeSyncs = fake.stats.syncs;
    const maxReq = fake.stats.maxRequestBytes;
    fake.stats.reset();
    await p.clearFlags();
    const clearSyncs = fake.stats.syncs;

    // Naive: one range write and one sync per flagged row.
    const naive = createFakeExcel(fakeFromModel(model));
    naive.stats.reset();
    const flagged = flags.sheets.reduce((s, x) => s + x.statuses.size, 0);
    await naive.Excel.run(async (ctx) => {
      for (const s of flags.sheets) {
        const ws = ctx.workbook.worksheets.getItem(s.sheet);
        for (const [row, text] of s.statuses) {
          ws.getRange(`${columnLetter(s.statusColumn)}${row}`).values = [[text]];
          await ctx.sync();
        }
      }
    });
    const naiveBytes = naive.stats.log.reduce((n, x) => n + x.requestBytes, 0);
    out.push({
      rows,
      flaggedRows: flagged,
      readSyncs,
      cells,
      readBytesPerCell: Math.round((readBytes / cells) * 10) / 10,
      readResponseKb: Math.round(readBytes / 1024),
      writeSyncs,
      clearSyncs,
      maxRequestKb: Math.round(maxReq / 1024),
      naiveSyncs: naive.stats.syncs,
      naiveRequestKb: Math.round(naiveBytes / 1024),
    });
  }
  return out;
}

if (process.argv[1]?.endsWith('adapter.ts')) benchAdapter().then((r) => console.table(r));
