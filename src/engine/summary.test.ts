import { describe, expect, it } from 'vitest';
import { plan, run, sheet, workbook } from '../../test/helpers/model';

/** A nominee list of plan A, one row per [name, proposing unit, award form]. */
function nominees(rows: [string, string, string][]) {
  return workbook(
    sheet('Đề nghị khen thưởng', [
      ['DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG'],
      ['STT', 'Họ và tên', 'Ngày sinh', 'Đơn vị đề nghị', 'Hình thức khen thưởng', 'Tóm tắt thành tích'],
      ...rows.map(([name, unit, form], i) => [i + 1, name, '01/02/1970', unit, form, 'Thành tích']),
    ]),
  );
}

const amounts = (r: ReturnType<typeof run>) => r.summary.awards.map((a) => [a.form, a.collectives, a.individuals, a.amountVnd]);

describe('reward money in the summary (each award rounded up to the next 10,000 đồng)', () => {
  it('Giấy khen 0.3 × 1,490,000 → 450,000, a commune Giấy khen 0.15 × 1,490,000 → 230,000, a Bằng khen stays 1,490,000', () => {
    const r = run(
      nominees([
        ['Nguyễn Văn An', 'UBND huyện Vũ Thư', 'Giấy khen của Chủ tịch UBND huyện Vũ Thư'],
        ['Trần Thị Bình', 'UBND huyện Vũ Thư', 'Giấy khen của Chủ tịch UBND huyện Vũ Thư'],
        ['Lê Văn Cường', 'UBND xã Vũ Hội', 'Giấy khen của Chủ tịch UBND xã'],
        ['Phạm Thị Dung', 'UBND huyện Vũ Thư', 'Bằng khen của Chủ tịch UBND tỉnh'],
      ]),
      'thai-binh-32-2021',
    );
    expect(amounts(r)).toEqual([
      ['Bằng khen của Chủ tịch UBND tỉnh', 0, 1, 1_490_000],
      // Two awards of 450,000 each: rounded one by one, then added.
      ['Giấy khen', 0, 2, 900_000],
      ['Giấy khen của Chủ tịch UBND xã', 0, 1, 230_000],
    ]);
    expect(r.summary.totalAmountVnd).toBe(1_490_000 + 900_000 + 230_000);
  });

  it("follows the plan's step and direction", () => {
    const p = plan('thai-binh-32-2021', (x) => {
      x.money = { ...x.money!, roundToVnd: 1000, roundDirection: 'down' };
    });
    const r = run(nominees([['Lê Văn Cường', 'UBND xã Vũ Hội', 'Giấy khen của Chủ tịch UBND xã']]), p);
    expect(r.summary.awards[0]!.amountVnd).toBe(223_000);
  });

  it('no base salary: no estimate', () => {
    const p = plan('thai-binh-32-2021', (x) => {
      delete x.money;
    });
    const r = run(nominees([['Lê Văn Cường', 'UBND xã Vũ Hội', 'Giấy khen của Chủ tịch UBND xã']]), p);
    expect(r.summary.awards[0]!.amountVnd).toBeNull();
    expect(r.summary.totalAmountVnd).toBe(0);
  });
});
