// @vitest-environment happy-dom
/**
 * The plan as one dropdown: presets with their source documents, the plan in use when it is
 * edited or from a file, a plan file; the arrow keys move in the list without choosing. And
 * the plan editor in its own place: the conference date is not edited there any more.
 */
import './dom-setup';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi as spy } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { getPreset, listPresets } from '../../src/engine/plan/presets';
import { PlanChoice } from '../../src/taskpane/components/PlanChoice';
import { PlanEditor } from '../../src/taskpane/components/PlanEditor';
import { LangProvider } from '../../src/taskpane/i18n';
import { strings } from '../../src/taskpane/strings';

const vi = strings('vi');
const PLAN = getPreset('thai-binh-32-2021')!;
afterEach(cleanup);

function wrap(ui: ReactNode) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <LangProvider lang="vi">{ui}</LangProvider>
    </FluentProvider>,
  );
}

const base = { presets: listPresets(), presetIssuers: {}, onFile: () => {}, onFileError: () => {} };

describe('plan choice', { timeout: 30_000 }, () => {
  it('lists each preset with its source document and opens a plan file from the list', async () => {
    const onFile = spy.fn();
    wrap(<PlanChoice {...base} plan={null} origin={null} onPreset={() => {}} onFile={onFile} />);
    const button = screen.getByTestId('plan-choice');
    expect(button.textContent).toContain(vi.planChoice.placeholder);
    fireEvent.click(button);
    const options = await screen.findAllByRole('option');
    expect(options.map((o) => o.textContent)).toEqual([...listPresets().map((p) => `${p.name.vi}${p.source.vi}`), vi.planChoice.openFile]);
    const input = screen.getByTestId('plan-file') as HTMLInputElement;
    const clicked = spy.spyOn(input, 'click').mockImplementation(() => {});
    fireEvent.click(options.at(-1)!);
    expect(clicked).toHaveBeenCalledTimes(1);
    const file = new File(['{"id":"x"}'], 'ke-hoach-2026.json', { type: 'application/json' });
    fireEvent.change(input, { target: { files: [file] } });
    await waitFor(() => expect(onFile).toHaveBeenCalledWith('ke-hoach-2026.json', '{"id":"x"}'));
  });

  it('the arrow keys move in the list and never choose; Enter chooses', async () => {
    const onPreset = spy.fn();
    wrap(<PlanChoice {...base} plan={PLAN} origin={{ kind: 'preset', id: PLAN.id }} onPreset={onPreset} />);
    const button = screen.getByTestId('plan-choice');
    expect(button.textContent).toContain(PLAN.name.vi);
    button.focus();
    fireEvent.keyDown(button, { key: 'ArrowDown' });
    await screen.findAllByRole('option');
    fireEvent.keyDown(button, { key: 'ArrowDown' });
    fireEvent.keyDown(button, { key: 'ArrowDown' });
    fireEvent.keyDown(button, { key: 'ArrowUp' });
    expect(onPreset).not.toHaveBeenCalled();
    fireEvent.keyDown(button, { key: 'Enter' });
    await waitFor(() => expect(onPreset).toHaveBeenCalledTimes(1));
    expect(onPreset.mock.calls[0]![0]).not.toBe(PLAN.id);
  });

  it('the plan in use from a file shows as its own entry, with its source', () => {
    const mine = { ...PLAN, id: 'vu-thu-2021', source: { vi: 'Kế hoạch số 5/KH-UBND của UBND huyện Vũ Thư' } };
    wrap(<PlanChoice {...base} plan={mine} origin={{ kind: 'file', file: 'vu-thu-2021.json' }} onPreset={() => {}} />);
    expect(screen.getByTestId('plan-choice').textContent).toContain(vi.planChoice.filePlan('vu-thu-2021.json'));
    expect(screen.getByText(vi.planChoice.source('Kế hoạch số 5/KH-UBND của UBND huyện Vũ Thư'))).toBeTruthy();
  });
});

describe('plan editor in its own place', { timeout: 30_000 }, () => {
  it('with the date asked per check: no date field, the deadline counted from that date; unsaved changes are told', async () => {
    const dirty = spy.fn();
    const { rerender } = wrap(<PlanEditor plan={PLAN} conferenceDate="2021-09-10" onDirtyChange={dirty} onSave={() => {}} />);
    expect(screen.queryByRole('textbox', { name: vi.editor.conferenceDate })).toBeNull();
    expect(screen.getByTestId('deadline').textContent).toBe(vi.editor.deadlineIs('25/08/2021'));
    fireEvent.change(screen.getByRole('textbox', { name: vi.editor.deadlineDays }), { target: { value: '5' } });
    expect(screen.getByTestId('deadline').textContent).toBe(vi.editor.deadlineIs('01/09/2021'));
    await waitFor(() => expect(dirty).toHaveBeenLastCalledWith(true));
    rerender(
      <FluentProvider theme={webLightTheme}>
        <LangProvider lang="vi">
          <PlanEditor plan={PLAN} conferenceDate={null} onDirtyChange={dirty} onSave={() => {}} />
        </LangProvider>
      </FluentProvider>,
    );
    fireEvent.change(screen.getByRole('textbox', { name: vi.editor.deadlineDays }), { target: { value: '10' } });
    await waitFor(() => expect(dirty).toHaveBeenLastCalledWith(false));
    expect(screen.getByTestId('deadline').textContent).toBe(vi.editor.deadlineElsewhere);
  });
});
