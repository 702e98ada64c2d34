// @vitest-environment happy-dom
/**
 * The plan editor's reward-money section: the rounding step and direction (issue 12) in the
 * form model and in the component.
 */
import './dom-setup';
import { afterEach, describe, expect, it, vi as spy } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { getPreset } from '../../src/engine/plan/presets';
import type { Plan } from '../../src/engine/plan/schema';
import { PlanEditor } from '../../src/taskpane/components/PlanEditor';
import { LangProvider } from '../../src/taskpane/i18n';
import { formToPlan, planToForm, schemaPathToField } from '../../src/taskpane/plan-form';
import { strings, type Lang } from '../../src/taskpane/strings';

const vi = strings('vi');
const en = strings('en');
const TB = 'thai-binh-32-2021';
afterEach(cleanup);

describe('plan form: reward-money rounding', () => {
  it('shows the preset step with thousands dots and the decree direction', () => {
    expect(planToForm(getPreset(TB)!, 'vi')).toMatchObject({ roundTo: '10.000', roundDirection: 'up' });
    expect(planToForm(getPreset(TB)!, 'en')).toMatchObject({ roundTo: '10,000', roundDirection: 'up' });
  });

  it('reads back a step and a direction the user chose', () => {
    const base = getPreset(TB)!;
    const form = { ...planToForm(base, 'vi'), roundTo: '1.000', roundDirection: 'nearest' as const };
    const { plan, errors } = formToPlan(form, base, vi);
    expect(errors).toEqual({});
    expect(plan!.money).toEqual({ baseSalaryVnd: 1_490_000, decree: '91/2017/NĐ-CP', roundToVnd: 1000, roundDirection: 'nearest' });
  });

  it("an empty step is the decree's 10,000 đồng", () => {
    const base = getPreset(TB)!;
    const { plan } = formToPlan({ ...planToForm(base, 'vi'), roundTo: '' }, base, vi);
    expect(plan!.money!.roundToVnd).toBe(10_000);
  });

  it('a step that is not a positive whole number gets its message', () => {
    const base = getPreset(TB)!;
    for (const roundTo of ['0', '2,5', 'mười nghìn']) {
      expect(formToPlan({ ...planToForm(base, 'vi'), roundTo }, base, vi).errors).toEqual({ roundTo: vi.validation.positiveInt });
    }
  });

  it('a plan without money, given a base salary, gets the decree direction', () => {
    const base = getPreset('hung-yen-cdn-gd-2021')!;
    delete base.money;
    const form = planToForm(base, 'vi');
    expect(form).toMatchObject({ baseSalary: '', roundTo: '', roundDirection: 'up' });
    const { plan } = formToPlan({ ...form, baseSalary: '2.340.000' }, base, vi);
    expect(plan!.money).toEqual({ baseSalaryVnd: 2_340_000, roundToVnd: 10_000, roundDirection: 'up' });
  });

  it('a schema issue on the direction lands on its field', () => {
    expect(schemaPathToField(['money', 'roundDirection'])).toBe('roundDirection');
  });
});

function wrap(plan: Plan, onSave: (p: Plan) => void, lang: Lang = 'vi') {
  return render(
    <FluentProvider theme={webLightTheme}>
      <LangProvider lang={lang}>
        <PlanEditor plan={plan} onSave={onSave} />
      </LangProvider>
    </FluentProvider>,
  );
}

describe('plan editor: reward-money rounding', { timeout: 30_000 }, () => {
  it('shows the step, the direction and the decree hint, and saves a new direction', async () => {
    const onSave = spy.fn<(p: Plan) => void>();
    wrap(getPreset(TB)!, onSave);
    expect((screen.getByRole('textbox', { name: vi.editor.roundTo }) as HTMLInputElement).value).toBe('10.000');
    const select = screen.getByRole('combobox', { name: vi.editor.roundDirection }) as HTMLSelectElement;
    expect(select.value).toBe('up');
    expect([...select.options].map((o) => o.textContent)).toEqual([
      vi.editor.roundDirections.up,
      vi.editor.roundDirections.nearest,
      vi.editor.roundDirections.down,
    ]);
    expect(screen.getByText(vi.editor.roundHint)).toBeTruthy();
    expect(screen.getByText(vi.editor.roundToHint('10.000'))).toBeTruthy();
    fireEvent.change(select, { target: { value: 'down' } });
    fireEvent.change(screen.getByRole('textbox', { name: vi.editor.roundTo }), { target: { value: '5.000' } });
    fireEvent.click(screen.getByRole('button', { name: vi.editor.save }));
    await waitFor(() => expect(onSave).toHaveBeenCalledTimes(1));
    expect(onSave.mock.calls[0]![0].money).toMatchObject({ roundToVnd: 5000, roundDirection: 'down' });
  });

  it('in English', () => {
    wrap(getPreset(TB)!, () => {}, 'en');
    expect((screen.getByRole('textbox', { name: en.editor.roundTo }) as HTMLInputElement).value).toBe('10,000');
    expect((screen.getByRole('combobox', { name: en.editor.roundDirection }) as HTMLSelectElement).value).toBe('up');
    expect(screen.getByText(en.editor.roundToHint('10,000'))).toBeTruthy();
  });
});
