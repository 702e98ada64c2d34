// @vitest-environment happy-dom
import './dom-setup';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { check } from '../../src/engine/check';
import { messages } from '../../src/engine/i18n';
import { getPreset } from '../../src/engine/plan/presets';
import { exportDataOf } from '../helpers/exports';
import { sampleModel } from '../../src/preview/sample';
import { App } from '../../src/taskpane/App';
import { buildSummaryExportFile } from '../../src/taskpane/export';
import { strings } from '../../src/taskpane/strings';
import { stubServices } from './stub-services';

const dataOf = exportDataOf;

const vi = strings('vi');
const en = strings('en');
afterEach(cleanup);

/** The button, once the pane has loaded the workbook's settings and enabled it. */
async function enabled(name: string): Promise<HTMLButtonElement> {
  const b = (await screen.findByRole('button', { name })) as HTMLButtonElement;
  await waitFor(() => expect(b.disabled).toBe(false));
  return b;
}

describe('task pane', { timeout: 30_000 }, () => {
  it('outside Excel it says where to open it', () => {
    render(<App services={null} />);
    expect(screen.getByText(vi.noHost.body, { exact: false })).toBeTruthy();
  });

  it('starts on the plan when none is chosen; choosing a preset saves it by id', async () => {
    const { services, log } = stubServices(sampleModel());
    render(<App services={services} />);
    await screen.findByText(vi.plan.none);
    const radio = screen.getByRole('radio', { name: /UBND tỉnh Thái Bình/ });
    fireEvent.click(radio);
    await waitFor(() => expect(log.saved.plan?.presetId).toBe('thai-binh-32-2021'));
    expect(await screen.findByText(vi.status.planSaved)).toBeTruthy();
    // The source document is named beside each preset.
    expect(screen.getAllByText(/Kế hoạch số 32\/KH-UBND ngày 08\/02\/2021/).length).toBeGreaterThan(0);
  });

  it('checks, lists findings by rule, selects a row, waives and filters', async () => {
    const plan = getPreset('thai-binh-32-2021')!;
    const { services, log } = stubServices(sampleModel(), { plan, presetId: plan.id });
    render(<App services={services} />);
    const checkButton = await enabled(vi.actions.check);
    // Xuất tổng hợp waits for a check.
    expect((screen.getByRole('button', { name: vi.actions.exportSummary }) as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByText(vi.results.none)).toBeTruthy();
    fireEvent.click(checkButton);
    await screen.findByText(vi.status.checked(11, 1, 'Tổng hợp'));
    expect(screen.getByTestId('counts').textContent).toContain(vi.results.counts(11, 1, 0));

    const group = document.querySelector('[data-rule="TURNOUT_BELOW_MIN"]') as HTMLElement;
    expect(group.textContent).toContain(vi.ruleTitles.TURNOUT_BELOW_MIN);
    const [finding] = within(group).getAllByTestId('finding');
    expect(finding!.textContent).toBe('Lỗi · Tỷ lệ cử tri, dòng 10Tỷ lệ cử tri đi bầu 97,60% thấp hơn mức tối thiểu 98%');
    expect(document.getElementById(finding!.getAttribute('aria-describedby')!)!.textContent).toBe(vi.results.selectHint);
    fireEvent.click(finding!);
    await waitFor(() => expect(log.selected).toEqual([{ sheet: 'Tỷ lệ cử tri', row: 10, lastColumn: 10 }]));

    // Waive it: the reason is required.
    fireEvent.click(within(group).getByRole('button', { name: /^Miễn trừ:/ }));
    const dialog = await screen.findByRole('dialog');
    // happy-dom does not move focus into the dialog, so tabster leaves it aria-hidden: query hidden nodes too.
    fireEvent.change(within(dialog).getByRole('textbox', { name: /Người quyết định/, hidden: true }), {
      target: { value: 'Trưởng phòng Nội vụ' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: vi.waive.confirm, hidden: true }));
    expect(await within(dialog).findByText(vi.validation.required)).toBeTruthy();
    fireEvent.change(within(dialog).getByRole('textbox', { name: /Lý do/, hidden: true }), {
      target: { value: 'Đã có văn bản giải trình' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: vi.waive.confirm, hidden: true }));
    await waitFor(() => expect(log.saved.waivers).toHaveLength(1));
    expect(log.saved.waivers![0]).toMatchObject({
      key: expect.stringContaining('TURNOUT_BELOW_MIN|Tỷ lệ cử tri|'),
      by: 'Trưởng phòng Nội vụ',
      reason: 'Đã có văn bản giải trình',
    });
    expect(await screen.findByText(vi.results.waivedBy('Trưởng phòng Nội vụ', 'Đã có văn bản giải trình'))).toBeTruthy();
    expect(screen.getByTestId('counts').textContent).toContain(vi.results.counts(10, 1, 1));

    // Filter: warnings only.
    fireEvent.change(screen.getByRole('combobox', { name: vi.results.filterSeverity }), { target: { value: 'warning' } });
    expect(screen.getAllByTestId('finding')).toHaveLength(1);
    fireEvent.change(screen.getByRole('combobox', { name: vi.results.filterSeverity }), { target: { value: 'all' } });
    fireEvent.change(screen.getByRole('combobox', { name: vi.results.filterUnit }), { target: { value: 'Xã Song Lãng' } });
    expect(screen.getAllByTestId('finding')).toHaveLength(2);
    fireEvent.change(screen.getByRole('combobox', { name: vi.results.filterUnit }), { target: { value: '' } });
    fireEvent.change(screen.getByRole('combobox', { name: vi.results.filterSheet }), { target: { value: 'Tiêu chí' } });
    expect(screen.getAllByTestId('finding')).toHaveLength(1);

    // Undo the waiver.
    fireEvent.change(screen.getByRole('combobox', { name: vi.results.filterSheet }), { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: /^Bỏ miễn trừ:/ }));
    await waitFor(() => expect(log.saved.waivers).toEqual([]));

    fireEvent.click(screen.getByRole('button', { name: vi.actions.clear }));
    await screen.findByText(vi.status.cleared);
    expect(log.calls).toContain('clearFlags');
  });

  it('says in Vietnamese when the check fails, and keeps working', async () => {
    const plan = getPreset('thai-binh-32-2021')!;
    const { services } = stubServices(sampleModel(), { plan, presetId: plan.id }, { failCheck: new Error('Trang "X" bị khóa') });
    render(<App services={services} />);
    fireEvent.click(await enabled(vi.actions.check));
    expect(await screen.findByText(vi.errors.check('Trang "X" bị khóa'))).toBeTruthy();
    expect((screen.getByRole('button', { name: vi.actions.check }) as HTMLButtonElement).disabled).toBe(false);
  });

  it('switches to English and back', async () => {
    const { services } = stubServices(sampleModel());
    const chosen: string[] = [];
    render(<App services={services} onLangChange={(l) => chosen.push(l)} />);
    await screen.findByRole('button', { name: vi.actions.check });
    fireEvent.change(screen.getByRole('combobox', { name: vi.language }), { target: { value: 'en' } });
    expect(await screen.findByRole('button', { name: en.actions.check })).toBeTruthy();
    expect(screen.getByRole('tab', { name: en.tabs.plan })).toBeTruthy();
    fireEvent.change(screen.getByRole('combobox', { name: en.language }), { target: { value: 'vi' } });
    expect(await screen.findByRole('button', { name: vi.actions.check })).toBeTruthy();
    expect(chosen).toEqual(['en', 'vi']);
  });

  it('shows how sheets and columns were recognised and saves a correction', async () => {
    const plan = getPreset('thai-binh-32-2021')!;
    const { services, log } = stubServices(sampleModel(), { plan, presetId: plan.id });
    render(<App services={services} />);
    fireEvent.click(await screen.findByRole('tab', { name: vi.tabs.mapping }));
    const kind = await screen.findByRole('combobox', { name: vi.mapping.sheetKind('Tỷ lệ cử tri') });
    expect((kind as HTMLSelectElement).selectedOptions[0]!.textContent).toBe(vi.mapping.autoWas(vi.tableKinds.turnout));
    const unitCol = screen.getAllByRole('combobox', { name: vi.mapping.column(vi.fields.unit) })[0] as HTMLSelectElement;
    expect(unitCol.selectedOptions[0]!.textContent).toBe(`${vi.mapping.columnAuto}: B — Đơn vị`);
    fireEvent.change(unitCol, { target: { value: 'I' } });
    await waitFor(() => expect(log.saved.mapping).toBeTruthy());
    expect(log.saved.mapping).toEqual({
      sheets: { 'Tỷ lệ cử tri': { kind: 'turnout', headerRow: 6, headerRows: 2, columns: { unit: 'I' } } },
    });
    fireEvent.change(screen.getByRole('combobox', { name: vi.mapping.sheetKind('Tiêu chí') }), { target: { value: 'ignore' } });
    await waitFor(() => expect(Object.keys(log.saved.mapping!.sheets)).toEqual(['Tỷ lệ cử tri', 'Tiêu chí']));
    expect(await screen.findByText(vi.mapping.ignored)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: vi.mapping.reset }));
    await waitFor(() => expect(log.saved.mapping).toBeNull());
  });

  it('Đơn vị: saved in the workbook, given to the check, named by the export; a change asks for a new check', async () => {
    const plan = getPreset('thai-binh-32-2021')!;
    const { services, log } = stubServices(sampleModel(), { plan, presetId: plan.id });
    render(<App services={services} />);
    const unit = (await screen.findByRole('textbox', { name: vi.unit.label })) as HTMLInputElement;
    await waitFor(() => expect(unit.disabled).toBe(false));
    expect(unit.placeholder).toBe(vi.unit.placeholder);
    expect(screen.getByText(vi.unit.hint)).toBeTruthy();

    // Left empty, the check infers the unit; the field then shows it.
    fireEvent.click(await enabled(vi.actions.check));
    await screen.findByText(vi.status.checked(11, 1, 'Tổng hợp'));
    expect(log.units).toEqual([undefined]);
    expect(unit.placeholder).toBe('UBND huyện Vũ Thư');
    expect(screen.getByText(vi.unit.inferred('UBND huyện Vũ Thư'))).toBeTruthy();

    // Typed and left: saved. The export now waits for a check with the new unit.
    fireEvent.change(unit, { target: { value: ' Huyện Vũ Thư ' } });
    fireEvent.blur(unit);
    await waitFor(() => expect(log.saved.unit).toBe('Huyện Vũ Thư'));
    expect(await screen.findByText(vi.status.unitSaved)).toBeTruthy();
    expect(screen.getByText(vi.unit.stale)).toBeTruthy();
    const exportButton = screen.getByRole('button', { name: vi.actions.exportSummary }) as HTMLButtonElement;
    expect(exportButton.disabled).toBe(true);

    fireEvent.click(await enabled(vi.actions.check));
    await screen.findByText(vi.status.checked(11, 1, 'Tổng hợp'));
    expect(log.units).toEqual([undefined, 'Huyện Vũ Thư']);
    expect(screen.queryByText(vi.unit.stale)).toBeNull();

    fireEvent.click(await enabled(vi.actions.exportSummary));
    await screen.findByText(vi.status.exportDownloaded('Tong-hop-Huyen-Vu-Thu.xlsx'));
    expect(log.files.map((f) => f.fileName)).toEqual(['Tong-hop-Huyen-Vu-Thu.xlsx']);
    const data = await dataOf(log.files[0]!.bytes);
    const expected = check({ model: sampleModel(), plan, lang: 'vi', unit: 'Huyện Vũ Thư' });
    expect(data.plan).toBe(plan.id);
    expect(data.unit).toEqual({ name: 'Huyện Vũ Thư', category: 'district', inferred: false });
    expect(data.units).toEqual(
      expected.summary.units.map((u) => ({ unit: u.unit, category: u.category, registered: u.registered, voted: u.voted })),
    );
    expect(data.findings.filter((f) => f.severity === 'error')).toHaveLength(11);
  });

  it('a unit stored in the workbook comes back in the field', async () => {
    const plan = getPreset('thai-binh-32-2021')!;
    const { services } = stubServices(sampleModel(), { plan, presetId: plan.id, unit: 'Huyện Vũ Thư' });
    render(<App services={services} />);
    await waitFor(() => expect((screen.getByRole('textbox', { name: vi.unit.label }) as HTMLInputElement).value).toBe('Huyện Vũ Thư'));
  });

  it('in Excel 1.8 the export opens as a new workbook', async () => {
    const plan = getPreset('thai-binh-32-2021')!;
    const { services } = stubServices(sampleModel(), { plan, presetId: plan.id }, { opened: true });
    render(<App services={services} />);
    fireEvent.click(await enabled(vi.actions.check));
    await screen.findByText(vi.status.checked(11, 1, 'Tổng hợp'));
    fireEvent.click(await enabled(vi.actions.exportSummary));
    expect(await screen.findByText(vi.status.exportOpened('Tong-hop-UBND-huyen-Vu-Thu.xlsx'))).toBeTruthy();
  });

  it('Gộp báo cáo cấp dưới: needs a plan; reads the files, lists the skipped ones, shows the roll-up counts', async () => {
    const { services: noPlan } = stubServices(sampleModel());
    const first = render(<App services={noPlan} />);
    fireEvent.click(await screen.findByRole('tab', { name: vi.tabs.rollup }));
    expect(await screen.findByText(vi.rollup.needPlan)).toBeTruthy();
    expect((screen.getByRole('button', { name: vi.rollup.pick }) as HTMLButtonElement).disabled).toBe(true);
    first.unmount();

    const plan = getPreset('thai-binh-32-2021')!;
    const result = check({ model: sampleModel(), plan, lang: 'vi', unit: 'UBND huyện Vũ Thư' });
    const exported = await buildSummaryExportFile({ result, workbookName: 'vu-thu.xlsx', unit: 'UBND huyện Vũ Thư' }, plan, [], 'vi');
    const { services, log } = stubServices(sampleModel(), { plan, presetId: plan.id, unit: 'UBND tỉnh Thái Bình' });
    render(<App services={services} />);
    fireEvent.click(await screen.findByRole('tab', { name: vi.tabs.rollup }));
    expect(await screen.findByText(vi.rollup.unitIs('UBND tỉnh Thái Bình'))).toBeTruthy();
    const files = [
      new File([exported.bytes as Uint8Array<ArrayBuffer>], 'vu-thu.xlsx'),
      new File(['STT;Họ tên'], 'rac.xlsx'),
      new File([exported.bytes as Uint8Array<ArrayBuffer>], 'vu-thu (2).xlsx'),
    ];
    await waitFor(() => expect((screen.getByRole('button', { name: vi.rollup.pick }) as HTMLButtonElement).disabled).toBe(false));
    fireEvent.change(screen.getByTestId('rollup-files'), { target: { files } });
    const result1 = await screen.findByTestId('rollup-result', {}, { timeout: 15_000 });
    expect(within(result1).getByText(vi.rollup.done(1, 3))).toBeTruthy();
    const skipped = screen.getAllByTestId('rollup-skipped').map((li) => li.textContent);
    expect(skipped).toEqual([
      expect.stringMatching(/^Bỏ qua tệp "rac\.xlsx": Tệp "rac\.xlsx" không phải tệp Excel \.xlsx/),
      messages('vi').consolidate.skipped('vu-thu (2).xlsx', 'duplicate_unit', 'UBND huyện Vũ Thư'),
    ]);
    expect(log.files.map((f) => f.fileName)).toEqual(['Gop-bao-cao-UBND-tinh-Thai-Binh.xlsx']);
    const data = await dataOf(log.files[0]!.bytes);
    expect(data.unit.name).toBe('UBND tỉnh Thái Bình');
    expect(data.total).toEqual({ registered: result.summary.total.registered, voted: result.summary.total.voted });
    const errors = data.findings.filter((f) => f.severity === 'error' && !f.waived).length;
    const warnings = data.findings.filter((f) => f.severity === 'warning' && !f.waived).length;
    expect(screen.getByTestId('rollup-counts').textContent).toBe(vi.rollup.counts(errors, warnings));
    expect(within(result1).getByText(vi.rollup.downloaded('Gop-bao-cao-UBND-tinh-Thai-Binh.xlsx'))).toBeTruthy();
  });

  it('Gộp báo cáo cấp dưới: says so when no file can be consolidated', async () => {
    const plan = getPreset('thai-binh-32-2021')!;
    const { services, log } = stubServices(sampleModel(), { plan, presetId: plan.id });
    render(<App services={services} />);
    fireEvent.click(await screen.findByRole('tab', { name: vi.tabs.rollup }));
    expect(await screen.findByText(vi.rollup.unitDefault('Đơn vị tổng hợp'))).toBeTruthy();
    await waitFor(() => expect((screen.getByRole('button', { name: vi.rollup.pick }) as HTMLButtonElement).disabled).toBe(false));
    fireEvent.change(screen.getByTestId('rollup-files'), { target: { files: [new File(['x'], 'a.xlsx')] } });
    const box = await screen.findByTestId('rollup-result');
    expect(within(box).getByText(messages('vi').consolidate.none)).toBeTruthy();
    expect(screen.getAllByTestId('rollup-skipped')).toHaveLength(1);
    expect(log.files).toEqual([]);
  });
});
