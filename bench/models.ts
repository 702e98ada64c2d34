/** Engine models for benchmarks, built straight from the sample generator (no xlsx step). */
import type { Cell, SheetModel, WorkbookModel } from '../src/engine/model';
import { generateMembers, generateUnits, unitCountFor, LARGE_SHEETS } from '../scripts/samples/large';

const c = (v: Cell['v']): Cell => ({ v });

export function membersModel(rows: number, nominees: number, seed = 1): WorkbookModel {
  const units = generateUnits(unitCountFor(rows));
  const members: SheetModel = {
    name: LARGE_SHEETS.members,
    rows: [
      [c('CÔNG ĐOÀN NGÀNH GIÁO DỤC TỈNH HƯNG YÊN')],
      [c('DANH SÁCH ĐOÀN VIÊN THAM GIA BẦU CỬ')],
      [],
      ['STT', 'Họ và tên', 'Ngày sinh', 'Chức vụ', 'Công đoàn cơ sở', 'Đã bỏ phiếu'].map(c),
    ],
  };
  generateMembers(rows, seed, (r) => members.rows.push([c(r[0]), c(r[1]), c(r[2]), c(r[3]), c(r[4]), c(r[5])]), units);
  const unitSheet: SheetModel = {
    name: LARGE_SHEETS.units,
    rows: [['STT', 'Tên đơn vị', 'Loại đơn vị'].map(c), ...units.map((u, i) => [c(i + 1), c(u), c('CĐCS')])],
  };
  const forms = ['Bằng khen của Chủ tịch UBND tỉnh', 'Bằng khen của LĐLĐ tỉnh', 'Giấy khen của Công đoàn cấp trên trực tiếp cơ sở'];
  const nomineeSheet: SheetModel = {
    name: 'DS đề nghị',
    rows: [['STT', 'Họ và tên', 'Tập thể/Cá nhân', 'Ngày sinh', 'Đơn vị đề nghị', 'Hình thức khen thưởng', 'Tóm tắt thành tích'].map(c)],
  };
  for (let i = 0; i < nominees; i++) {
    nomineeSheet.rows.push([
      c(i + 1),
      c(`Người đề nghị số ${i}`),
      c('Cá nhân'),
      c(new Date(Date.UTC(1970 + (i % 30), i % 12, 1 + (i % 28)))),
      c(units[i % units.length]!),
      c(forms[i % 3]!),
      c('Hoàn thành xuất sắc'),
    ]);
  }
  return { name: `members-${rows}.xlsx`, sheets: [unitSheet, members, nomineeSheet] };
}
