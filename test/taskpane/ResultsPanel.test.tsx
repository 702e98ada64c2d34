// @vitest-environment happy-dom
import './dom-setup';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi as spy } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { check } from '../../src/engine/check';
import type { Finding } from '../../src/engine/findings';
import { getPreset } from '../../src/engine/plan/presets';
import { sampleModel } from '../../src/preview/sample';
import { applyWaivers, ResultsPanel } from '../../src/taskpane/components/ResultsPanel';
import { LangProvider } from '../../src/taskpane/i18n';
import type { CheckOutcome } from '../../src/taskpane/services';
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

function outcome(lang: Lang = 'vi', model = sampleModel()): CheckOutcome {
  return { result: check({ model, plan: getPreset('thai-binh-32-2021')!, lang }), summarySheet: 'Tổng hợp', workbookName: model.name };
}

const noop = () => {};

describe('results panel', { timeout: 30_000 }, () => {
  it('before a check, says what to do', () => {
    wrap(<ResultsPanel outcome={null} waivers={[]} onSelect={noop} onWaive={noop} onUnwaive={noop} />);
    expect(screen.getByText(vi.results.none)).toBeTruthy();
  });

  it('a clean workbook says so', () => {
    const o = outcome();
    o.result = { ...o.result, findings: [], notices: [] };
    wrap(<ResultsPanel outcome={o} waivers={[]} onSelect={noop} onWaive={noop} onUnwaive={noop} />);
    expect(screen.getByText(vi.results.clean)).toBeTruthy();
    expect(screen.getByTestId('counts').textContent).toBe(vi.results.counts(0, 0, 0));
  });

  it('groups findings by rule in catalogue order, with counts per group', () => {
    wrap(<ResultsPanel outcome={outcome()} waivers={[]} onSelect={noop} onWaive={noop} onUnwaive={noop} />);
    const groups = [...document.querySelectorAll('[data-rule]')].map((g) => g.getAttribute('data-rule'));
    expect(groups).toEqual([
      'TURNOUT_BELOW_MIN',
      'TURNOUT_RATE_MISMATCH',
      'CRITERION_NOT_MET',
      'REELECTION_HELD',
      'FINISHED_LATE',
      'NOMINEE_NOT_ELIGIBLE',
      'QUOTA_EXCEEDED',
      'DUPLICATE_NOMINEE',
      'AWARD_FORM_NOT_ALLOWED',
      'MISSING_FIELD',
    ]);
    // One group open at a time: the first; opening another folds it.
    expect(screen.getAllByTestId('finding').map((f) => f.closest('[data-rule]')!.getAttribute('data-rule'))).toEqual(['TURNOUT_BELOW_MIN']);
    const nne = document.querySelector('[data-rule="NOMINEE_NOT_ELIGIBLE"]') as HTMLElement;
    const header = within(nne).getByRole('button', { name: new RegExp(`^${vi.ruleTitles.NOMINEE_NOT_ELIGIBLE}`) });
    expect(header.textContent).toContain('(3 lỗi)');
    expect(header.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(header);
    expect(within(nne).getAllByTestId('finding')).toHaveLength(3);
    expect(screen.getAllByTestId('finding')).toHaveLength(3);
    const quota = document.querySelector('[data-rule="QUOTA_EXCEEDED"]') as HTMLElement;
    fireEvent.click(within(quota).getByRole('button', { name: new RegExp(`^${vi.ruleTitles.QUOTA_EXCEEDED}`) }));
    expect(within(quota).getByTestId('finding').textContent).toContain('Đề nghị khen thưởng, dòng 9, 10, 11, 12, 13, 14');
  });

  it('clicking a finding selects it; the waive button asks for the finding', () => {
    const onSelect = spy.fn<(f: Finding) => void>();
    const onWaive = spy.fn<(f: Finding, opener: HTMLElement) => void>();
    wrap(<ResultsPanel outcome={outcome()} waivers={[]} onSelect={onSelect} onWaive={onWaive} onUnwaive={noop} />);
    const group = document.querySelector('[data-rule="REELECTION_HELD"]') as HTMLElement;
    fireEvent.click(within(group).getByRole('button', { name: new RegExp(`^${vi.ruleTitles.REELECTION_HELD}`) }));
    fireEvent.click(within(group).getByTestId('finding'));
    expect(onSelect.mock.calls[0]![0]).toMatchObject({ rule: 'REELECTION_HELD', sheet: 'Tỷ lệ cử tri', rows: [13] });
    const waive = within(group).getByRole('button', { name: /^Miễn trừ:/ });
    fireEvent.click(waive);
    expect(onWaive.mock.calls[0]![0].rule).toBe('REELECTION_HELD');
    expect(onWaive.mock.calls[0]![1]).toBe(waive);
  });

  it('shows a waiver made after the check at once, and filters on it', () => {
    const o = outcome();
    const key = o.result.findings.find((f) => f.rule === 'MISSING_FIELD')!.key;
    const waivers = [{ key, by: 'Chánh Văn phòng', reason: 'Đã bổ sung bản giấy' }];
    expect(applyWaivers(o.result.findings, waivers).filter((f) => f.waived)).toHaveLength(1);
    wrap(<ResultsPanel outcome={o} waivers={waivers} onSelect={noop} onWaive={noop} onUnwaive={noop} />);
    expect(screen.getByTestId('counts').textContent).toBe(vi.results.counts(10, 1, 1));
    fireEvent.click(screen.getByRole('button', { name: vi.results.filterToggle }));
    fireEvent.change(screen.getByRole('combobox', { name: vi.results.filterSeverity }), { target: { value: 'waived' } });
    expect(screen.getAllByTestId('finding')).toHaveLength(1);
    expect(screen.getByText(vi.results.waivedBy('Chánh Văn phòng', 'Đã bổ sung bản giấy'))).toBeTruthy();
    expect(screen.getByRole('button', { name: /^Bỏ miễn trừ:/ })).toBeTruthy();
  });

  it('says when the filters leave nothing', () => {
    wrap(<ResultsPanel outcome={outcome()} waivers={[]} onSelect={noop} onWaive={noop} onUnwaive={noop} />);
    fireEvent.click(screen.getByRole('button', { name: vi.results.filterToggle }));
    fireEvent.change(screen.getByRole('combobox', { name: vi.results.filterSheet }), { target: { value: 'Tiêu chí' } });
    fireEvent.change(screen.getByRole('combobox', { name: vi.results.filterSeverity }), { target: { value: 'warning' } });
    expect(screen.getByText(vi.results.noMatch)).toBeTruthy();
  });

  it('after Xóa đánh dấu it says the results are gone', () => {
    wrap(<ResultsPanel outcome={null} cleared waivers={[]} onSelect={noop} onWaive={noop} onUnwaive={noop} />);
    expect(screen.getByText(vi.results.cleared)).toBeTruthy();
    expect(screen.queryByTestId('export')).toBeNull();
  });

  it('out of date: says what changed and holds the export back; waivers since the check offer Cập nhật Tổng hợp', () => {
    const onUpdate = spy.fn();
    const { rerender } = wrap(
      <ResultsPanel outcome={outcome()} waivers={[]} stale={['plan', 'date']} onSelect={noop} onWaive={noop} onUnwaive={noop} />,
    );
    expect(screen.getByTestId('stale').textContent).toBe(
      `${vi.stale.title} ${vi.stale.body(`${vi.stale.reasons.plan} ${vi.stale.and} ${vi.stale.reasons.date}`)}`,
    );
    expect((screen.getByTestId('export') as HTMLButtonElement).disabled).toBe(true);
    rerender(
      <FluentProvider theme={webLightTheme}>
        <LangProvider lang="vi">
          <ResultsPanel
            outcome={outcome()}
            waivers={[]}
            waiversChanged
            onUpdateSummary={onUpdate}
            onSelect={noop}
            onWaive={noop}
            onUnwaive={noop}
          />
        </LangProvider>
      </FluentProvider>,
    );
    expect(screen.queryByTestId('stale')).toBeNull();
    expect((screen.getByTestId('export') as HTMLButtonElement).disabled).toBe(false);
    fireEvent.click(within(screen.getByTestId('waivers-changed')).getByRole('button', { name: vi.actions.updateSummary }));
    expect(onUpdate).toHaveBeenCalledTimes(1);
  });

  it('in English, rule titles and messages are English', () => {
    const en = strings('en');
    wrap(<ResultsPanel outcome={outcome('en')} waivers={[]} onSelect={noop} onWaive={noop} onUnwaive={noop} />, 'en');
    expect(screen.getByText(en.ruleTitles.TURNOUT_BELOW_MIN)).toBeTruthy();
    expect(screen.getByTestId('counts').textContent).toBe(en.results.counts(11, 1, 0));
  });
});
