// @vitest-environment happy-dom
import './dom-setup';
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { check } from '../../src/engine/check';
import { messages } from '../../src/engine/i18n';
import { getPreset } from '../../src/engine/plan/presets';
import { exportDataOf } from '../helpers/exports';
import { sampleModel } from '../../src/preview/sample';
import { App } from '../../src/taskpane/App';
import { buildDossierFile } from '../../src/taskpane/dossier';
import { DOCX_TYPE, type BuildDossierFile } from '../../src/taskpane/use-pane';
import { buildSummaryExportFile } from '../../src/taskpane/export';
import { strings } from '../../src/taskpane/strings';
import { stubServices } from './stub-services';

const dataOf = exportDataOf;

const vi = strings('vi');
const en = strings('en');
const PLAN = getPreset('thai-binh-32-2021')!;
afterEach(cleanup);

/** The button, once the pane has loaded the workbook's settings and enabled it. */
async function enabled(name: string): Promise<HTMLButtonElement> {
  const b = (await screen.findByRole('button', { name })) as HTMLButtonElement;
  await waitFor(() => expect(b.disabled || b.getAttribute('aria-disabled') === 'true').toBe(false));
  return b;
}

const checkButton = () => screen.getByTestId('check') as HTMLButtonElement;
const exportButton = () => screen.getByTestId('export') as HTMLButtonElement;
const ariaDisabled = (b: HTMLElement) => (b as HTMLButtonElement).disabled || b.getAttribute('aria-disabled') === 'true';

/** Chooses an item of the pane's menu (top right). */
async function menu(name: string | RegExp, s = vi) {
  fireEvent.click(screen.getByRole('button', { name: s.menu.label }));
  fireEvent.click(await screen.findByRole('menuitem', { name }));
}

/** Opens the plan list and chooses an option. */
async function choosePlan(name: RegExp) {
  fireEvent.click(screen.getByTestId('plan-choice'));
  fireEvent.click(await screen.findByRole('option', { name }));
}

async function runCheck() {
  const b = await enabled(vi.actions.check);
  b.focus();
  fireEvent.click(b);
  await screen.findAllByTestId('finding');
}

describe('task pane', { timeout: 30_000 }, () => {
  it('outside Excel it says where to open it', () => {
    render(<App services={null} />);
    expect(screen.getByText(vi.noHost.body, { exact: false })).toBeTruthy();
  });

  it('first open: the plan list, the date and the unit come first; Kiểm tra waits for a plan; a preset is saved by id', async () => {
    const { services, log } = stubServices(sampleModel());
    render(<App services={services} />);
    await screen.findByText(vi.actions.needPlan);
    expect(ariaDisabled(checkButton())).toBe(true);
    expect(checkButton().getAttribute('aria-describedby')).toBe('need-plan');
    const fields = [...document.querySelectorAll('label')].map((l) => l.textContent);
    expect(fields.slice(0, 3)).toEqual([vi.planChoice.label, vi.conference.label, vi.unit.label]);
    await choosePlan(/UBND tỉnh Thái Bình/);
    await waitFor(() => expect(log.saved.plan?.presetId).toBe('thai-binh-32-2021'));
    // The chosen plan's source in full under the list; Kiểm tra can run.
    expect(await screen.findByText(vi.planChoice.source(PLAN.source.vi))).toBeTruthy();
    await waitFor(() => expect(ariaDisabled(checkButton())).toBe(false));
    expect(screen.getByTestId('quiet').textContent).toBe(vi.status.planSaved);
  });

  it('a preset chosen while an edited plan is in use asks first: kept, nothing changes; replaced, it is saved', async () => {
    const edited = { ...PLAN, turnout: { ...PLAN.turnout, min: 0.97 } };
    const { services, log } = stubServices(sampleModel(), { plan: edited, presetId: null });
    render(<App services={services} />);
    await enabled(vi.actions.check);
    await choosePlan(/Hưng Yên/);
    const dialog = await screen.findByRole('alertdialog');
    expect(within(dialog).getByText(/đã được sửa hoặc mở từ tệp/, { exact: false })).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: vi.confirmPreset.keep, hidden: true }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(log.saved.plan).toBeUndefined();

    await choosePlan(/Hưng Yên/);
    fireEvent.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: vi.confirmPreset.replace, hidden: true }));
    await waitFor(() => expect(log.saved.plan?.presetId).toBe('hung-yen-cdn-gd-2021'));
  });

  it('the conference date: dd/mm/yyyy or ISO, saved as ISO, the deadline under it; no date is said, never stored', async () => {
    const { services, log } = stubServices(sampleModel(), { plan: PLAN, presetId: PLAN.id });
    render(<App services={services} />);
    await enabled(vi.actions.check);
    const date = screen.getByRole('textbox', { name: vi.conference.label }) as HTMLInputElement;
    expect(screen.getByTestId('conference-deadline').textContent).toBe(vi.conference.empty);
    fireEvent.change(date, { target: { value: '31/06/2021' } });
    fireEvent.blur(date);
    expect(await screen.findByText(vi.conference.invalid)).toBeTruthy();
    expect(log.saved.conferenceDate).toBeUndefined();
    fireEvent.change(date, { target: { value: '2021-09-10' } });
    fireEvent.keyDown(date, { key: 'Enter' });
    await waitFor(() => expect(log.saved.conferenceDate).toBe('2021-09-10'));
    expect(date.value).toBe('10/09/2021');
    expect(screen.getByTestId('conference-deadline').textContent).toBe(vi.conference.deadline('25/08/2021'));

    await runCheck();
    expect(log.conferenceDates).toEqual(['2021-09-10']);
    expect(screen.getByTestId('message').textContent).not.toContain(vi.status.deadlineUnchecked);
    // Another date after the check: the results are out of date, the export waits.
    fireEvent.change(date, { target: { value: '25/06/2021' } });
    fireEvent.blur(date);
    await waitFor(() => expect(log.saved.conferenceDate).toBe('2021-06-25'));
    expect(screen.getByTestId('stale').textContent).toContain(vi.stale.reasons.date);
    expect(exportButton().disabled).toBe(true);
    await runCheck();
    await waitFor(() => expect(screen.queryByTestId('stale')).toBeNull());
    expect(log.conferenceDates).toEqual(['2021-09-10', '2021-06-25']);
    fireEvent.change(date, { target: { value: '' } });
    fireEvent.blur(date);
    await waitFor(() => expect(log.saved.conferenceDate).toBeNull());
  });

  it('checks: the findings right under Kiểm tra, first group open, a finding selects its row, waive and update the summary', async () => {
    const { services, log } = stubServices(sampleModel(), { plan: PLAN, presetId: PLAN.id });
    render(<App services={services} />);
    expect(await screen.findByText(vi.results.none)).toBeTruthy();
    await runCheck();
    expect(screen.getByTestId('message').textContent).toBe(`${vi.status.checked(11, 1, 'Tổng hợp')} ${vi.status.deadlineUnchecked}`);
    expect(screen.getByTestId('counts').textContent).toContain(vi.results.counts(11, 1, 0));
    // Focus stayed on Kiểm tra (kept focusable while it worked).
    expect(document.activeElement).toBe(checkButton());

    // One group open: the first one.
    const groups = [...document.querySelectorAll('[data-rule]')];
    expect(groups[0]!.getAttribute('data-rule')).toBe('TURNOUT_BELOW_MIN');
    expect(screen.getAllByTestId('finding')).toHaveLength(1);
    const [finding] = within(groups[0] as HTMLElement).getAllByTestId('finding');
    expect(finding!.textContent).toBe(
      `Lỗi · Tỷ lệ cử tri, dòng 10Tỷ lệ cử tri đi bầu 97,60% thấp hơn mức tối thiểu 98%${vi.results.goTo} ↗`,
    );
    expect(document.getElementById(finding!.getAttribute('aria-describedby')!)!.textContent).toBe(vi.results.selectHint);
    fireEvent.click(finding!);
    await waitFor(() => expect(log.selected).toEqual([{ sheet: 'Tỷ lệ cử tri', row: 10, lastColumn: 10 }]));
    // Opening another group folds the first.
    fireEvent.click(within(groups[6] as HTMLElement).getByRole('button', { name: new RegExp(`^${vi.ruleTitles.QUOTA_EXCEEDED}`) }));
    await waitFor(() =>
      expect(screen.getAllByTestId('finding')[0]!.textContent).toContain('Đề nghị khen thưởng, dòng 9, 10, 11, 12, 13, 14'),
    );
    expect(screen.getAllByTestId('finding')).toHaveLength(1);

    // Waive it: the reason is required.
    fireEvent.click(screen.getByRole('button', { name: /^Miễn trừ:/ }));
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
    expect(log.saved.waivers![0]).toMatchObject({ key: expect.stringContaining('QUOTA_EXCEEDED|'), by: 'Trưởng phòng Nội vụ' });
    expect(await screen.findByText(vi.results.waivedBy('Trưởng phòng Nội vụ', 'Đã có văn bản giải trình'))).toBeTruthy();
    expect(screen.getByTestId('counts').textContent).toContain(vi.results.counts(10, 1, 1));
    // The summary sheet does not show it yet: Cập nhật Tổng hợp writes it.
    const changed = screen.getByTestId('waivers-changed');
    fireEvent.click(within(changed).getByRole('button', { name: vi.actions.updateSummary }));
    await waitFor(() => expect(log.calls).toContain('updateSummary'));
    await waitFor(() => expect(screen.queryByTestId('waivers-changed')).toBeNull());
    expect(screen.getByTestId('message').textContent).toContain(vi.status.summaryUpdated('Tổng hợp'));

    // Undo the waiver (the same button).
    fireEvent.click(screen.getByRole('button', { name: /^Bỏ miễn trừ:/ }));
    await waitFor(() => expect(log.saved.waivers).toEqual([]));
  });

  it('filters, folded behind Lọc', async () => {
    const { services } = stubServices(sampleModel(), { plan: PLAN, presetId: PLAN.id });
    render(<App services={services} />);
    await runCheck();
    expect(screen.queryByRole('combobox', { name: vi.results.filterSeverity })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: vi.results.filterToggle }));
    fireEvent.change(screen.getByRole('combobox', { name: vi.results.filterSeverity }), { target: { value: 'warning' } });
    await waitFor(() => expect(document.querySelectorAll('[data-rule]')).toHaveLength(1));
    expect(screen.getAllByTestId('finding')).toHaveLength(1);
    expect(screen.getByRole('button', { name: vi.results.filterActive(1) })).toBeTruthy();
    fireEvent.change(screen.getByRole('combobox', { name: vi.results.filterSeverity }), { target: { value: 'all' } });
    fireEvent.change(screen.getByRole('combobox', { name: vi.results.filterUnit }), { target: { value: 'Xã Song Lãng' } });
    await waitFor(() => expect(document.querySelectorAll('[data-rule]')).toHaveLength(2));
  });

  it('Xóa đánh dấu (in the menu): no finding is listed any more, nothing to export; a new check lists them again', async () => {
    const { services, log } = stubServices(sampleModel(), { plan: PLAN, presetId: PLAN.id });
    render(<App services={services} />);
    await runCheck();
    await menu(vi.actions.clear);
    await waitFor(() => expect(log.calls).toContain('clearFlags'));
    expect(await screen.findByText(vi.results.cleared)).toBeTruthy();
    expect(screen.queryAllByTestId('finding')).toHaveLength(0);
    expect(screen.queryByTestId('counts')).toBeNull();
    expect(screen.queryByTestId('export')).toBeNull();
    expect(screen.queryByTestId('message')).toBeNull();
    expect(await screen.findByText(vi.status.cleared)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: vi.menu.label }));
    const update = await screen.findByRole('menuitem', { name: vi.actions.updateSummary });
    expect(update.getAttribute('aria-disabled')).toBe('true');
    fireEvent.keyDown(update, { key: 'Escape' });
    await runCheck();
    expect(screen.getAllByTestId('finding').length).toBeGreaterThan(0);
  });

  it('says in Vietnamese when the check fails, and keeps working', async () => {
    const { services } = stubServices(sampleModel(), { plan: PLAN, presetId: PLAN.id }, { failCheck: new Error('Trang "X" bị khóa') });
    render(<App services={services} />);
    fireEvent.click(await enabled(vi.actions.check));
    expect(await screen.findByText(vi.errors.check('Trang "X" bị khóa'))).toBeTruthy();
    await waitFor(() => expect(ariaDisabled(checkButton())).toBe(false));
  });

  it('switches to English from the menu: the whole pane, the findings and their counts, then back', async () => {
    const { services } = stubServices(sampleModel(), { plan: PLAN, presetId: PLAN.id });
    const chosen: string[] = [];
    render(<App services={services} onLangChange={(l) => chosen.push(l)} />);
    await runCheck();
    fireEvent.click(screen.getByRole('button', { name: vi.menu.label }));
    fireEvent.click(await screen.findByRole('menuitemradio', { name: 'English' }));
    expect(await screen.findByRole('button', { name: en.actions.check })).toBeTruthy();
    // The findings worded again in English, the counts and the sentence with English plurals.
    await waitFor(() => expect(screen.getAllByTestId('finding')[0]!.textContent).toContain('Tỷ lệ cử tri, row 10'));
    expect(screen.getAllByTestId('finding')[0]!.textContent).toMatch(/turnout 97\.60% is below the minimum of 98%/i);
    expect(screen.getByTestId('counts').textContent).toBe('11 errors · 1 warning');
    expect(screen.getByTestId('message').textContent).toContain('11 errors, 1 warning.');
    expect(screen.getByText(en.ruleTitles.TURNOUT_BELOW_MIN)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: en.menu.label }));
    fireEvent.click(await screen.findByRole('menuitemradio', { name: 'Tiếng Việt' }));
    expect(await screen.findByRole('button', { name: vi.actions.check })).toBeTruthy();
    await waitFor(() => expect(screen.getAllByTestId('finding')[0]!.textContent).toContain('Tỷ lệ cử tri, dòng 10'));
    expect(chosen).toEqual(['en', 'vi']);
  });

  it('Nhận diện cột (from the menu) shows how sheets and columns were recognised and saves a correction; Quay lại returns', async () => {
    const { services, log } = stubServices(sampleModel(), { plan: PLAN, presetId: PLAN.id });
    render(<App services={services} />);
    await enabled(vi.actions.check);
    await menu(vi.menu.mapping);
    const kind = await screen.findByRole('combobox', { name: vi.mapping.sheetKind('Tỷ lệ cử tri') });
    expect((kind as HTMLSelectElement).selectedOptions[0]!.textContent).toBe(vi.mapping.autoWas(vi.tableKinds.turnout));
    const unitCol = screen.getAllByRole('combobox', { name: vi.mapping.column(vi.fields.unit) })[0] as HTMLSelectElement;
    expect(unitCol.selectedOptions[0]!.textContent).toBe(`${vi.mapping.columnAuto}: B — Đơn vị`);
    fireEvent.change(unitCol, { target: { value: 'I' } });
    await waitFor(() => expect(log.saved.mapping).toBeTruthy());
    expect(log.saved.mapping).toEqual({
      sheets: { 'Tỷ lệ cử tri': { kind: 'turnout', headerRow: 6, headerRows: 2, columns: { unit: 'I' } } },
    });
    // The view waits while the choice is saved.
    const criteria = screen.getByRole('combobox', { name: vi.mapping.sheetKind('Tiêu chí') }) as HTMLSelectElement;
    await waitFor(() => expect(criteria.disabled).toBe(false));
    fireEvent.change(criteria, { target: { value: 'ignore' } });
    await waitFor(() => expect(Object.keys(log.saved.mapping!.sheets)).toEqual(['Tỷ lệ cử tri', 'Tiêu chí']));
    expect(await screen.findByText(vi.mapping.ignored)).toBeTruthy();
    fireEvent.click(await enabled(vi.mapping.reset));
    await waitFor(() => expect(log.saved.mapping).toBeNull());
    fireEvent.click(screen.getByRole('button', { name: vi.views.backLabel }));
    await waitFor(() => expect(screen.queryByRole('combobox', { name: vi.mapping.sheetKind('Tỷ lệ cử tri') })).toBeNull());
    expect(checkButton()).toBeTruthy();
  });

  it('the plan’s place (from the menu): open a plan file; a bad one is said in plain words', async () => {
    const { services, log } = stubServices(sampleModel(), { plan: PLAN, presetId: PLAN.id });
    render(<App services={services} />);
    await enabled(vi.actions.check);
    await menu(vi.menu.plan);
    expect(await screen.findByRole('heading', { name: vi.editor.heading })).toBeTruthy();
    const { source: _source, ...noSource } = PLAN;
    const file = screen.getByTestId('plan-file-view');
    fireEvent.change(file, { target: { files: [new File([JSON.stringify(noSource)], 'ke-hoach.json')] } });
    const said = await screen.findByText(vi.planFile.part('ke-hoach.json', vi.planFile.parts.source!));
    expect(said.textContent).not.toMatch(/source|trường|đối tượng|\{/);
    fireEvent.change(file, { target: { files: [new File(['{ "id": '], 'hong.json')] } });
    expect(await screen.findByText(vi.planFile.notJson('hong.json'))).toBeTruthy();
    const mine = { ...PLAN, id: 'vu-thu-2021' };
    fireEvent.change(file, { target: { files: [new File([JSON.stringify(mine)], 'vu-thu-2021.json')] } });
    await waitFor(() => expect(log.saved.plan?.plan.id).toBe('vu-thu-2021'));
    expect(log.saved.plan?.presetId).toBeNull();
    expect(await screen.findByText(vi.status.planLoaded('vu-thu-2021.json'))).toBeTruthy();
    // The editor does not edit the conference date any more: it is asked per check.
    expect(screen.queryByRole('textbox', { name: vi.editor.conferenceDate })).toBeNull();
    expect(screen.getByText(vi.editor.deadlineElsewhere)).toBeTruthy();
  });

  it('Đơn vị: saved in the workbook, given to the check, named by the export; a change makes the results out of date', async () => {
    const { services, log } = stubServices(sampleModel(), { plan: PLAN, presetId: PLAN.id });
    render(<App services={services} />);
    const unit = (await screen.findByRole('textbox', { name: vi.unit.label })) as HTMLInputElement;
    await waitFor(() => expect(unit.disabled).toBe(false));
    expect(unit.placeholder).toBe(vi.unit.placeholder);

    await runCheck();
    expect(log.units).toEqual([undefined]);
    expect(unit.placeholder).toBe('UBND huyện Vũ Thư');
    expect(screen.getByText(vi.unit.inferred('UBND huyện Vũ Thư'))).toBeTruthy();

    fireEvent.change(unit, { target: { value: ' Huyện Vũ Thư ' } });
    fireEvent.blur(unit);
    await waitFor(() => expect(log.saved.unit).toBe('Huyện Vũ Thư'));
    expect(screen.getByTestId('stale').textContent).toContain(vi.stale.reasons.unit);
    expect(exportButton().disabled).toBe(true);

    await runCheck();
    expect(log.units).toEqual([undefined, 'Huyện Vũ Thư']);
    await waitFor(() => expect(screen.queryByTestId('stale')).toBeNull());
    fireEvent.click(await enabled(vi.actions.exportSummary));
    expect(await screen.findByText(vi.status.exportDownloaded('Tong-hop-Huyen-Vu-Thu.xlsx'))).toBeTruthy();
    expect(log.files.map((f) => f.fileName)).toEqual(['Tong-hop-Huyen-Vu-Thu.xlsx']);
    const data = await dataOf(log.files[0]!.bytes);
    const expected = check({ model: sampleModel(), plan: PLAN, lang: 'vi', unit: 'Huyện Vũ Thư' });
    expect(data.plan).toBe(PLAN.id);
    expect(data.unit).toEqual({ name: 'Huyện Vũ Thư', category: 'district', inferred: false });
    expect(data.units).toEqual(
      expected.summary.units.map((u) => ({ unit: u.unit, category: u.category, registered: u.registered, voted: u.voted })),
    );
  });

  it('a unit and a conference date stored in the workbook come back in their fields', async () => {
    const { services } = stubServices(sampleModel(), { plan: PLAN, presetId: PLAN.id, unit: 'Huyện Vũ Thư', conferenceDate: '2021-09-10' });
    render(<App services={services} />);
    await waitFor(() => expect((screen.getByRole('textbox', { name: vi.unit.label }) as HTMLInputElement).value).toBe('Huyện Vũ Thư'));
    expect((screen.getByRole('textbox', { name: vi.conference.label }) as HTMLInputElement).value).toBe('10/09/2021');
    expect(screen.getByTestId('conference-deadline').textContent).toBe(vi.conference.deadline('25/08/2021'));
  });

  it('in Excel 1.8 the export opens as a new workbook', async () => {
    const { services } = stubServices(sampleModel(), { plan: PLAN, presetId: PLAN.id }, { opened: true });
    render(<App services={services} />);
    await runCheck();
    fireEvent.click(await enabled(vi.actions.exportSummary));
    expect(await screen.findByText(vi.status.exportOpened('Tong-hop-UBND-huyen-Vu-Thu.xlsx'))).toBeTruthy();
  });

  it('Soạn hồ sơ: says in one sentence that unwaived errors remain, asks the Tờ trình’s details, then drafts and downloads', async () => {
    const { services, log } = stubServices(sampleModel(), { plan: PLAN, presetId: PLAN.id, unit: 'Huyện Vũ Thư' });
    const calls: { details: object; errors: number; lang: string }[] = [];
    const dossier: BuildDossierFile = async (outcome, plan, lang, details) => {
      calls.push({ details, errors: outcome.result.summary.errors, lang });
      expect(plan.id).toBe(PLAN.id);
      return { fileName: 'Ho-so-Huyen-Vu-Thu.docx', bytes: new Uint8Array([80, 75, 3, 4]), unwaivedErrors: outcome.result.summary.errors };
    };
    render(<App services={services} dossier={dossier} />);
    await runCheck();
    fireEvent.click(await enabled(vi.actions.dossier));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByTestId('dossier-errors').textContent).toBe(messages('vi').dossier.unwaivedErrors(11));
    const field = (name: string) => within(dialog).getByRole('textbox', { name, hidden: true }) as HTMLInputElement;
    expect(field(vi.dossier.unit).value).toBe('Huyện Vũ Thư');
    fireEvent.change(field(vi.dossier.place), { target: { value: 'Vũ Thư' } });
    fireEvent.change(field(vi.dossier.number), { target: { value: '15/TTr-UBND' } });
    fireEvent.change(field(vi.dossier.date), { target: { value: '31/06/2021' } });
    fireEvent.click(within(dialog).getByRole('button', { name: vi.dossier.draft, hidden: true }));
    expect(await within(dialog).findByText(vi.dossier.dateInvalid)).toBeTruthy();
    expect(calls).toEqual([]);
    fireEvent.change(field(vi.dossier.date), { target: { value: '30/06/2021' } });
    fireEvent.click(within(dialog).getByRole('button', { name: vi.dossier.draft, hidden: true }));
    expect(await screen.findByText(vi.dossier.downloaded('Ho-so-Huyen-Vu-Thu.docx'))).toBeTruthy();
    expect(calls).toEqual([
      { details: { unit: 'Huyện Vũ Thư', place: 'Vũ Thư', number: '15/TTr-UBND', date: '2021-06-30' }, errors: 11, lang: 'vi' },
    ]);
    expect(log.files).toEqual([{ fileName: 'Ho-so-Huyen-Vu-Thu.docx', bytes: new Uint8Array([80, 75, 3, 4]), type: DOCX_TYPE }]);
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('Soạn hồ sơ with the drafting module: a Word file named after the unit, waivers made since the check counted', async () => {
    const { services, log } = stubServices(sampleModel(), { plan: PLAN, presetId: PLAN.id });
    render(<App services={services} dossier={buildDossierFile} />);
    await runCheck();
    fireEvent.click(screen.getByRole('button', { name: /^Miễn trừ:/ }));
    const waive = await screen.findByRole('dialog');
    fireEvent.change(within(waive).getByRole('textbox', { name: /Người quyết định/, hidden: true }), { target: { value: 'Trưởng phòng' } });
    fireEvent.change(within(waive).getByRole('textbox', { name: /Lý do/, hidden: true }), { target: { value: 'Đã giải trình' } });
    fireEvent.click(within(waive).getByRole('button', { name: vi.waive.confirm, hidden: true }));
    await waitFor(() => expect(log.saved.waivers).toHaveLength(1));
    fireEvent.click(await enabled(vi.actions.dossier));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByTestId('dossier-errors').textContent).toBe(messages('vi').dossier.unwaivedErrors(10));
    fireEvent.click(within(dialog).getByRole('button', { name: vi.dossier.draft, hidden: true }));
    await waitFor(() => expect(log.files).toHaveLength(1), { timeout: 20_000 });
    const [file] = log.files;
    expect(file!.fileName).toBe('Ho-so-UBND-huyen-Vu-Thu.docx');
    expect(file!.type).toBe(DOCX_TYPE);
    expect([...file!.bytes.slice(0, 2)]).toEqual([0x50, 0x4b]); // a zip, as .docx files are
  });

  it('without a drafting module the pane offers no Soạn hồ sơ', async () => {
    const { services } = stubServices(sampleModel(), { plan: PLAN, presetId: PLAN.id });
    render(<App services={services} />);
    await runCheck();
    expect(screen.queryByRole('button', { name: vi.actions.dossier })).toBeNull();
  });

  it('Gộp báo cáo cấp dưới (from the menu): needs a plan; reads the files, lists the skipped ones, shows the roll-up counts', async () => {
    const { services: noPlan } = stubServices(sampleModel());
    const first = render(<App services={noPlan} />);
    await screen.findByText(vi.actions.needPlan);
    await menu(vi.menu.rollup);
    expect(await screen.findByText(vi.rollup.needPlan)).toBeTruthy();
    expect((screen.getByRole('button', { name: vi.rollup.pick }) as HTMLButtonElement).disabled).toBe(true);
    first.unmount();

    const result = check({ model: sampleModel(), plan: PLAN, lang: 'vi', unit: 'UBND huyện Vũ Thư' });
    const exported = await buildSummaryExportFile({ result, workbookName: 'vu-thu.xlsx', unit: 'UBND huyện Vũ Thư' }, PLAN, [], 'vi');
    const { services, log } = stubServices(sampleModel(), { plan: PLAN, presetId: PLAN.id, unit: 'UBND tỉnh Thái Bình' });
    render(<App services={services} />);
    await enabled(vi.actions.check);
    await menu(vi.menu.rollup);
    expect(await screen.findByText(vi.rollup.unitIs('UBND tỉnh Thái Bình'))).toBeTruthy();
    const files = [
      new File([exported.bytes as Uint8Array<ArrayBuffer>], 'vu-thu.xlsx'),
      new File(['STT;Họ tên'], 'rac.xlsx'),
      new File([exported.bytes as Uint8Array<ArrayBuffer>], 'vu-thu (2).xlsx'),
    ];
    await waitFor(() => expect(ariaDisabled(screen.getByRole('button', { name: vi.rollup.pick }))).toBe(false));
    await act(async () => {
      fireEvent.change(screen.getByTestId('rollup-files'), { target: { files } });
    });
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
    const { services, log } = stubServices(sampleModel(), { plan: PLAN, presetId: PLAN.id });
    render(<App services={services} />);
    await enabled(vi.actions.check);
    await menu(vi.menu.rollup);
    expect(await screen.findByText(vi.rollup.unitDefault('Đơn vị tổng hợp'))).toBeTruthy();
    fireEvent.change(screen.getByTestId('rollup-files'), { target: { files: [new File(['x'], 'a.xlsx')] } });
    const box = await screen.findByTestId('rollup-result');
    expect(within(box).getByText(messages('vi').consolidate.none)).toBeTruthy();
    expect(screen.getAllByTestId('rollup-skipped')).toHaveLength(1);
    expect(log.files).toEqual([]);
  });
});
