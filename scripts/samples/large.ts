/**
 * Huge member lists for benchmarks (plan B layout: `Danh sách CBGVNV` + `Đơn vị`).
 * Rows are plain arrays handed to `ws.addRows` (in memory) or committed one by one to the
 * streaming writer (1M rows without holding the workbook in memory).
 */
import ExcelJS from 'exceljs';
import { createRng, type Rng } from './prng';
import { newWorkbook } from './sheet';
import { HUNG_YEN_PLACES, randomName, utc } from './vn';

export const LARGE_SHEETS = { members: 'Danh sách CBGVNV', units: 'Đơn vị' } as const;
/** Rows above the first member: two title rows, a blank row, the header. */
export const LARGE_HEADER_ROWS = 4;
const HEADER = ['STT', 'Họ và tên', 'Ngày sinh', 'Chức vụ', 'Công đoàn cơ sở', 'Đã bỏ phiếu'];
const LEVELS = ['Trường THPT', 'Trường THCS', 'Trường Tiểu học', 'Trường Mầm non'] as const;
const POSITIONS = ['Giáo viên', 'Giáo viên', 'Giáo viên', 'Giáo viên', 'Nhân viên', 'Tổ trưởng chuyên môn'];

/** Base-union names: `CĐCS Trường THCS Nghĩa Trụ`, then `… số 2` once the places run out. */
export function generateUnits(count: number): string[] {
  const out: string[] = [];
  for (let i = 0; out.length < count; i++) {
    const place = HUNG_YEN_PLACES[i % HUNG_YEN_PLACES.length] ?? 'Hưng Yên';
    const level = LEVELS[Math.floor(i / HUNG_YEN_PLACES.length) % LEVELS.length] ?? 'Trường THCS';
    const round = Math.floor(i / (HUNG_YEN_PLACES.length * LEVELS.length));
    out.push(`CĐCS ${level} ${place}${round === 0 ? '' : ` số ${round + 1}`}`);
  }
  return out;
}

/** One member row as written: [STT, name, date of birth, position, base union, mark]. */
export type MemberRow = [number, string, Date, string, string, string | null];

export interface MembersSummary {
  units: string[];
  /** Per unit, in `units` order. */
  members: number[];
  voted: number[];
}

/** About 300 members per base union, at least 5 unions. */
export function unitCountFor(rows: number): number {
  return Math.max(5, Math.ceil(rows / 300));
}

/**
 * Members in unit blocks; about 1 in 250 did not vote (blank mark). Calls `emit` per row so
 * that a streaming writer never holds the whole list.
 */
export function generateMembers(
  count: number,
  seed: number,
  emit: (row: MemberRow) => void,
  units: string[] = generateUnits(unitCountFor(count)),
): MembersSummary {
  const rng: Rng = createRng(seed);
  const members = units.map(() => 0);
  const voted = units.map(() => 0);
  const per = Math.ceil(count / units.length);
  for (let i = 0; i < count; i++) {
    const u = Math.min(units.length - 1, Math.floor(i / per));
    const gender = rng.next() < 0.6 ? 'nữ' : 'nam';
    const yes = rng.next() >= 0.004;
    const year = 1962 + Math.floor(rng.next() * 38);
    const month = 1 + Math.floor(rng.next() * 12);
    const day = 1 + Math.floor(rng.next() * 28);
    members[u] = (members[u] ?? 0) + 1;
    if (yes) voted[u] = (voted[u] ?? 0) + 1;
    emit([
      i + 1,
      randomName(rng, gender),
      utc(year, month, day),
      POSITIONS[Math.floor(rng.next() * POSITIONS.length)] ?? 'Giáo viên',
      units[u] ?? '',
      yes ? 'x' : null,
    ]);
  }
  return { units, members, voted };
}

function titleRows(ws: ExcelJS.Worksheet, count: number): void {
  ws.addRow(['CÔNG ĐOÀN NGÀNH GIÁO DỤC TỈNH HƯNG YÊN']);
  ws.addRow([`DANH SÁCH ĐOÀN VIÊN THAM GIA BẦU CỬ (${count} người)`]);
  ws.addRow([]);
  ws.addRow(HEADER);
  ws.getColumn(3).numFmt = 'dd/mm/yyyy';
}

function unitsSheet(wb: ExcelJS.Workbook, units: string[]): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(LARGE_SHEETS.units);
  ws.addRow(['DANH SÁCH CÔNG ĐOÀN CƠ SỞ']);
  ws.addRow([]);
  ws.addRow(['STT', 'Tên đơn vị', 'Đơn vị cấp trên']);
  ws.addRows(units.map((u, i) => [i + 1, u, 'Công đoàn Ngành Giáo dục tỉnh Hưng Yên']));
  return ws;
}

/** In memory; fine up to a few hundred thousand rows (1M needs a few GB of heap). */
export function buildLargeMembersWorkbook(rows: number, seed: number): ExcelJS.Workbook {
  const wb = newWorkbook('thidua samples', utc(2021, 5, 25));
  const ws = wb.addWorksheet(LARGE_SHEETS.members);
  titleRows(ws, rows);
  const data: MemberRow[] = new Array<MemberRow>(rows);
  let n = 0;
  const summary = generateMembers(rows, seed, (r) => {
    data[n++] = r;
  });
  ws.addRows(data);
  unitsSheet(wb, summary.units);
  return wb;
}

/** Streams the same workbook to a file; memory stays flat, so 1M rows are fine. */
export async function writeLargeMembersWorkbook(file: string, rows: number, seed: number): Promise<MembersSummary> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useStyles: true, useSharedStrings: false });
  wb.creator = 'thidua samples';
  wb.created = utc(2021, 5, 25);
  wb.modified = utc(2021, 5, 25);
  const ws = wb.addWorksheet(LARGE_SHEETS.members);
  ws.addRow(['CÔNG ĐOÀN NGÀNH GIÁO DỤC TỈNH HƯNG YÊN']).commit();
  ws.addRow([`DANH SÁCH ĐOÀN VIÊN THAM GIA BẦU CỬ (${rows} người)`]).commit();
  ws.addRow([]).commit();
  ws.addRow(HEADER).commit();
  const summary = generateMembers(rows, seed, (r) => {
    const row = ws.addRow(r);
    row.getCell(3).numFmt = 'dd/mm/yyyy';
    row.commit();
  });
  ws.commit();
  const us = wb.addWorksheet(LARGE_SHEETS.units);
  us.addRow(['DANH SÁCH CÔNG ĐOÀN CƠ SỞ']).commit();
  us.addRow([]).commit();
  us.addRow(['STT', 'Tên đơn vị', 'Đơn vị cấp trên']).commit();
  summary.units.forEach((u, i) => us.addRow([i + 1, u, 'Công đoàn Ngành Giáo dục tỉnh Hưng Yên']).commit());
  us.commit();
  await wb.commit();
  return summary;
}
