// @vitest-environment happy-dom
/**
 * The pane's Nhận diện cột view on the layouts offices keep: a sheet of two stacked tables
 * and one member list per school. Each table can be corrected on its own, the sheet's unit
 * typed, and every change becomes the mapping the check reads.
 */
import './dom-setup';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { check } from '../../src/engine/check';
import type { Mapping } from '../../src/engine/detect/mapping';
import type { WorkbookModel } from '../../src/engine/model';
import { getPreset } from '../../src/engine/plan/presets';
import { FileWorkbook } from '../../src/port/file-workbook';
import { MappingPanel } from '../../src/taskpane/components/MappingPanel';
import { LangProvider } from '../../src/taskpane/i18n';
import { recogniseModel } from '../../src/taskpane/recognise';
import { strings } from '../../src/taskpane/strings';

const vi = strings('vi');
afterEach(cleanup);

async function sample(name: string): Promise<WorkbookModel> {
  const bytes = new Uint8Array(readFileSync(join(__dirname, '..', '..', 'examples', `${name}.xlsx`)));
  return FileWorkbook.open(bytes, `${name}.xlsx`).readModel();
}

/** The panel as the pane holds it: the mapping in state, recognition run again on each change. */
function Harness({ model, planId, log }: { model: WorkbookModel; planId: string; log: (Mapping | null)[] }) {
  const plan = getPreset(planId)!;
  const [mapping, setMapping] = useState<Mapping | null>(null);
  return (
    <FluentProvider theme={webLightTheme}>
      <LangProvider lang="vi">
        <MappingPanel
          recognitions={recogniseModel(model, plan, mapping, 'vi')}
          mapping={mapping}
          onChange={(m) => {
            log.push(m);
            setMapping(m);
          }}
          onRefresh={() => {}}
        />
      </LangProvider>
    </FluentProvider>
  );
}

describe('mapping view on stacked tables and per-school sheets', { timeout: 30_000 }, () => {
  it('shows each stacked table with its header row; a change to one writes both tables, the check reads them', async () => {
    const model = await sample('thai-binh-huyen-tien-hai');
    const log: (Mapping | null)[] = [];
    render(<Harness model={model} planId="thai-binh-32-2021" log={log} />);
    const sheet = 'Danh sách khen thưởng';
    const one = screen.getByRole('group', { name: vi.mapping.table(1, 8) });
    const two = screen.getByRole('group', { name: vi.mapping.table(2, 19) });
    // Each table's own columns: the individuals' position is column D of the second header.
    const position = within(two).getByRole('combobox', { name: vi.mapping.column(vi.fields.position) }) as HTMLSelectElement;
    expect(position.selectedOptions[0]!.textContent).toBe(`${vi.mapping.columnAuto}: ${vi.mapping.columnOption('D', 'Chức vụ')}`);
    expect(within(one).queryByRole('combobox', { name: vi.mapping.column(vi.fields.position) })).toBeTruthy();

    fireEvent.change(within(two).getByRole('combobox', { name: vi.mapping.column(vi.fields.achievement) }), { target: { value: 'G' } });
    await waitFor(() => expect(log.length).toBe(1));
    expect(log[0]).toEqual({
      sheets: {
        [sheet]: {
          tables: [
            { kind: 'nominees', headerRow: 8, headerRows: 1, columns: {} },
            { kind: 'nominees', headerRow: 19, headerRows: 1, columns: { achievement: 'G' } },
          ],
        },
      },
    });
    // The check with that mapping still finds the collectives' quota and the individuals' missing field.
    const r = check({
      model,
      plan: getPreset('thai-binh-32-2021')!,
      mapping: log[0]!,
      unit: 'UBND huyện Tiền Hải',
      conferenceDate: '2021-06-25',
    });
    expect(r.findings.filter((f) => f.sheet === sheet).map((f) => f.rule)).toEqual([
      'QUOTA_EXCEEDED',
      'NOMINEE_NOT_ELIGIBLE',
      'MISSING_FIELD',
      'DOSSIER_LATE',
    ]);

    // Removing the second table leaves the first alone, exactly.
    fireEvent.click(screen.getByRole('button', { name: vi.mapping.removeTable(2) }));
    await waitFor(() => expect(log.length).toBe(2));
    expect(log[1]).toEqual({ sheets: { [sheet]: { tables: [{ kind: 'nominees', headerRow: 8, headerRows: 1, columns: {} }] } } });
  });

  it('a per-school sheet shows the unit it was given (title or sheet name); typing one writes the sheet’s unit', async () => {
    const model = await sample('hung-yen-cdn-moi-truong-mot-trang');
    const log: (Mapping | null)[] = [];
    render(<Harness model={model} planId="hung-yen-cdn-gd-2021" log={log} />);
    const section = (name: string) => screen.getByRole('region', { name });
    expect(within(section('THPT Khoái Châu')).getByText(vi.mapping.sheetUnitFound('CĐCS trường THPT Khoái Châu', 'title'))).toBeTruthy();
    expect(within(section('THPT Ân Thi')).getByText(vi.mapping.sheetUnitFound('THPT Ân Thi', 'sheet'))).toBeTruthy();
    const unit = within(section('THPT Ân Thi')).getByRole('textbox', { name: vi.mapping.sheetUnit });
    fireEvent.change(unit, { target: { value: 'Trường THPT Ân Thi' } });
    fireEvent.blur(unit);
    await waitFor(() => expect(log.length).toBe(1));
    expect(log[0]).toEqual({ sheets: { 'THPT Ân Thi': { unit: 'Trường THPT Ân Thi' } } });
  });

  it('a table added by hand to a sheet', async () => {
    const model = await sample('thai-binh-huyen-kien-xuong');
    const log: (Mapping | null)[] = [];
    render(<Harness model={model} planId="thai-binh-32-2021" log={log} />);
    const section = screen.getByRole('region', { name: 'DS đề nghị' });
    fireEvent.click(within(section).getByRole('button', { name: vi.mapping.addTable }));
    await waitFor(() => expect(log.length).toBe(1));
    const tables = (log[0]!.sheets['DS đề nghị'] as { tables: { headerRow: number }[] }).tables;
    expect(tables.map((t) => t.headerRow)).toEqual([7, 22]);
  });
});
