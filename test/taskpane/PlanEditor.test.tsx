// @vitest-environment happy-dom
import './dom-setup';
import { afterEach, describe, expect, it, vi as spy } from 'vitest';
import type { ReactNode } from 'react';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { getPreset } from '../../src/engine/plan/presets';
import type { Plan } from '../../src/engine/plan/schema';
import { PlanEditor } from '../../src/taskpane/components/PlanEditor';
import { LangProvider } from '../../src/taskpane/i18n';
import { strings, type Lang } from '../../src/taskpane/strings';

const vi = strings('vi');
afterEach(cleanup);

function wrap(ui: ReactNode, lang: Lang = 'vi') {
  return render(
    <FluentProvider theme={webLightTheme}>
      <LangProvider lang={lang}>{ui}</LangProvider>
    </FluentProvider>,
  );
}

const input = (label: string | RegExp) => screen.getByRole('textbox', { name: label }) as HTMLInputElement;
const saveButton = () => screen.getByRole('button', { name: vi.editor.save }) as HTMLButtonElement;

describe('plan editor', { timeout: 30_000 }, () => {
  it('shows the plan in Vietnamese notation', () => {
    wrap(<PlanEditor plan={getPreset('thai-binh-32-2021')!} onSave={() => {}} />);
    expect(input(vi.editor.min).value).toBe('98');
    expect(input(vi.editor.electionDate).value).toBe('23/05/2021');
    expect(input(vi.editor.baseSalary).value).toBe('1.490.000');
    expect(input(vi.editor.deadlineDays).value).toBe('10');
    expect((screen.getByRole('switch', { name: vi.editor.quotasOn }) as HTMLInputElement).checked).toBe(true);
    expect(screen.getAllByRole('group', { name: /^Hạn mức:/ })).toHaveLength(3);
    expect(saveButton().disabled).toBe(true);
  });

  it('shows the validation message beside the field and refuses to save', async () => {
    const onSave = spy.fn();
    wrap(<PlanEditor plan={getPreset('thai-binh-32-2021')!} onSave={onSave} />);
    fireEvent.change(input(vi.editor.min), { target: { value: 'chín tám' } });
    const field = input(vi.editor.min).closest('.fui-Field') as HTMLElement;
    expect(field.textContent).toContain(vi.validation.percent);
    expect(input(vi.editor.min).getAttribute('aria-invalid')).toBe('true');
    expect(saveButton().disabled).toBe(true);
    expect(screen.getByText(vi.editor.invalid(1))).toBeTruthy();
    fireEvent.change(input(vi.editor.conferenceDate), { target: { value: '31/06/2021' } });
    expect((input(vi.editor.conferenceDate).closest('.fui-Field') as HTMLElement).textContent).toContain(vi.validation.date);
    expect(onSave).not.toHaveBeenCalled();
  });

  it('saves edited thresholds, conference date and quotas; shows the deadline', async () => {
    const onSave = spy.fn<(p: Plan) => void>();
    wrap(<PlanEditor plan={getPreset('thai-binh-32-2021')!} onSave={onSave} />);
    fireEvent.change(input(vi.editor.min), { target: { value: '97,5' } });
    fireEvent.change(input(vi.editor.conferenceDate), { target: { value: '25/06/2021' } });
    expect(screen.getByTestId('deadline').textContent).toBe(vi.editor.deadlineIs('11/06/2021'));
    const district = screen.getByRole('group', { name: vi.editor.quotaRow(vi.categories.district) });
    fireEvent.change(district.querySelectorAll('input')[0]!, { target: { value: '6' } });
    expect(screen.getByText(vi.editor.dirty)).toBeTruthy();
    fireEvent.click(saveButton());
    await waitFor(() => expect(onSave).toHaveBeenCalledTimes(1));
    const plan = onSave.mock.calls[0]![0];
    expect(plan.turnout.min).toBe(0.975);
    expect(plan.dossier).toEqual({
      workingDaysBeforeConference: 10,
      conferenceDate: '2021-06-25',
      submission: getPreset('thai-binh-32-2021')!.dossier!.submission,
    });
    expect(plan.quotas!.limits.find((q) => q.category === 'district')!.collective).toBe(6);
  });

  it('turns quotas and the award list off and on', async () => {
    const onSave = spy.fn<(p: Plan) => void>();
    wrap(<PlanEditor plan={getPreset('thai-binh-32-2021')!} onSave={onSave} />);
    fireEvent.click(screen.getByRole('switch', { name: vi.editor.quotasOn }));
    fireEvent.click(screen.getByRole('switch', { name: vi.editor.awardsOn }));
    expect(screen.getByText(vi.editor.awardsAny)).toBeTruthy();
    fireEvent.click(saveButton());
    await waitFor(() => expect(onSave).toHaveBeenCalled());
    expect(onSave.mock.calls[0]![0].quotas).toBeNull();
    expect(onSave.mock.calls[0]![0].awardForms).toBeNull();
  });

  it('undo puts the saved values back', () => {
    wrap(<PlanEditor plan={getPreset('vinh-phuc-quy-dtpt-2021')!} onSave={() => {}} />);
    fireEvent.change(input(vi.editor.min), { target: { value: '90' } });
    fireEvent.click(screen.getByRole('button', { name: vi.editor.revert }));
    expect(input(vi.editor.min).value).toBe('100');
  });

  it('in English, numbers use a decimal point', () => {
    const plan = getPreset('thai-binh-32-2021')!;
    plan.turnout.min = 0.985;
    wrap(<PlanEditor plan={plan} onSave={() => {}} />, 'en');
    expect(input(strings('en').editor.min).value).toBe('98.5');
  });
});

// --- Tờ trình (issue 13) ---------------------------------------------------------------------
describe('plan editor: the Tờ trình', { timeout: 30_000 }, () => {
  const d = vi.dossierEditor;

  it('shows the plan’s texts in their own section', () => {
    wrap(<PlanEditor plan={getPreset('thai-binh-32-2021')!} onSave={() => {}} />);
    expect(screen.getByRole('region', { name: d.section })).toBeTruthy();
    expect(input(d.receiver).value).toBe('Văn phòng Ủy ban bầu cử tỉnh (Sở Nội vụ)');
    expect(input(d.place).value).toBe('Thái Bình');
    expect(input(d.addressees).value).toBe('Chủ tịch Ủy ban nhân dân tỉnh Thái Bình');
    expect(input(d.bases).value.split('\n')).toHaveLength(3);
    expect((screen.getByRole('combobox', { name: d.signerMode }) as HTMLSelectElement).value).toBe('TM');
    expect(input(d.signerOn).value).toBe('Ủy ban nhân dân');
  });

  it('saves the receiver, the addressees and a head who signs directly', async () => {
    const onSave = spy.fn<(p: Plan) => void>();
    wrap(<PlanEditor plan={getPreset('hung-yen-cdn-gd-2021')!} onSave={onSave} />);
    fireEvent.change(input(d.receiver), { target: { value: 'Ban Thường vụ Liên đoàn Lao động tỉnh Hưng Yên' } });
    fireEvent.change(input(d.addressees), {
      target: { value: 'Ban Thường vụ Liên đoàn Lao động tỉnh Hưng Yên\nCông đoàn Ngành Giáo dục tỉnh Hưng Yên' },
    });
    fireEvent.change(screen.getByRole('combobox', { name: d.signerMode }), { target: { value: 'direct' } });
    // Signing directly: no "on behalf of" line.
    expect(screen.queryByRole('textbox', { name: d.signerOn })).toBeNull();
    fireEvent.change(input(d.signerTitle), { target: { value: 'Chủ tịch Công đoàn' } });
    fireEvent.click(saveButton());
    await waitFor(() => expect(onSave).toHaveBeenCalledTimes(1));
    const t = onSave.mock.calls[0]![0].dossier!.submission!;
    expect(t.receiver).toBe('Ban Thường vụ Liên đoàn Lao động tỉnh Hưng Yên');
    expect(t.addressees).toEqual(['Ban Thường vụ Liên đoàn Lao động tỉnh Hưng Yên', 'Công đoàn Ngành Giáo dục tỉnh Hưng Yên']);
    // The head signs in person: the plan keeps no "on behalf of".
    expect(t.signer).toEqual({ mode: 'direct', title: 'Chủ tịch Công đoàn' });
  });

  it('in English', () => {
    wrap(<PlanEditor plan={getPreset('thai-binh-32-2021')!} onSave={() => {}} />, 'en');
    expect(input(strings('en').dossierEditor.receiver).value).toBe('Văn phòng Ủy ban bầu cử tỉnh (Sở Nội vụ)');
  });
});
// --- end Tờ trình ------------------------------------------------------------------------------
