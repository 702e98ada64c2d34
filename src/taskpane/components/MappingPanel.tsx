/**
 * Which sheet was recognised as which list, and which column as which field, with
 * dropdowns to correct it. Every change becomes the workbook's mapping (saved with it).
 */
import {
  Body1,
  Button,
  Caption1,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Select,
  Subtitle2,
  tokens,
} from '@fluentui/react-components';
import type { KeyboardEvent } from 'react';
import type { Mapping, SheetMapping, TableMapping } from '../../engine/detect/mapping';
import { STATUS_HEADER } from '../../engine/detect/tables';
import { TABLE_KINDS, VOCABULARY, type FieldName, type TableKind } from '../../engine/detect/vocabulary';
import { columnLetter, columnNumber } from '../../engine/model';
import { useStrings } from '../i18n';
import type { SheetRecognition, TableRecognition } from '../services';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  sheet: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalS,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  narrow: { flex: '1 1 100px', minWidth: 0 },
  control: { width: '100%', minWidth: 0, boxSizing: 'border-box' },
  hint: { color: tokens.colorNeutralForeground3 },
  buttons: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  table: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    paddingTop: tokens.spacingVerticalS,
    borderTop: `1px solid ${tokens.colorNeutralStroke3}`,
  },
  tableTitle: { fontWeight: tokens.fontWeightSemibold },
});

export interface MappingPanelProps {
  recognitions: SheetRecognition[] | null;
  mapping: Mapping | null;
  disabled?: boolean;
  onChange(mapping: Mapping | null): void;
  onRefresh(): void;
}

/** A header label for a dropdown: one line, a merged two-row heading said once ("Đơn vị / Đơn vị" → "Đơn vị"). */
function shortLabel(label: string): string {
  const parts = label.split(' / ').map((p) => p.replace(/\s+/g, ' ').trim());
  return [...new Set(parts)].filter(Boolean).join(' / ');
}

/**
 * Characters a dropdown shows in a 320 px pane before it cuts the chosen value; a longer one
 * is written out in full under it (a native list cannot wrap).
 */
const FITS = 26;
const inFull = (text: string) => (text.length > FITS ? <span data-testid="chosen-in-full">{text}</span> : undefined);

/**
 * Every choice here is saved at once: the keys that would step a closed list to another value
 * (arrows, Home/End, Page keys, a letter) are held back, so that moving through the view with
 * the keyboard never saves. The list opens with Space or Alt+↓; there the arrows move and Enter
 * chooses.
 */
function openToChoose(e: KeyboardEvent<HTMLSelectElement>): void {
  if (e.altKey || e.ctrlKey || e.metaKey) return;
  if (/^(Arrow(Up|Down|Left|Right)|Home|End|PageUp|PageDown)$/.test(e.key) || (e.key.length === 1 && e.key !== ' ')) e.preventDefault();
}

function fieldsOf(kind: TableKind): FieldName[] {
  return Object.keys(VOCABULARY[kind].fields) as FieldName[];
}

/** The tables a sheet mapping names explicitly (none for `{unit}` or ignore). */
function explicitTablesOf(cur: SheetMapping | undefined): TableMapping[] | null {
  if (!cur || 'ignore' in cur) return null;
  if ('kind' in cur) {
    const { unit: _unit, ...t } = cur;
    return [{ ...t, columns: { ...t.columns } }];
  }
  return cur.tables ? cur.tables.map((t) => ({ ...t, columns: { ...t.columns } })) : null;
}

function unitOf(cur: SheetMapping | undefined): string | undefined {
  return cur && !('ignore' in cur) ? cur.unit : undefined;
}

/** A recognised table as a mapping entry (its kind and header; its columns left to recognition). */
function asMapping(t: TableRecognition): TableMapping {
  return { kind: t.table.kind, headerRow: t.headerRow, headerRows: t.headerRows, columns: {} };
}

/**
 * The sheet's mapping with these tables and unit: one table the way mapping files have always
 * written it (tables below it are still recognised), several as a list (exactly those), none
 * with a unit as the unit alone.
 */
function sheetMapping(tables: TableMapping[] | null, unit: string | undefined, many: boolean): SheetMapping | undefined {
  const u = unit?.trim() ? { unit: unit.trim() } : {};
  if (tables && tables.length === 1 && !many) return { ...tables[0]!, ...u };
  if (tables && tables.length) return { ...u, tables };
  return u.unit ? u : undefined;
}

export function MappingPanel({ recognitions, mapping, disabled, onChange, onRefresh }: MappingPanelProps) {
  const { s } = useStrings();
  const m = s.mapping;
  const styles = useStyles();

  const put = (sheet: string, value: SheetMapping | undefined) => {
    const sheets = { ...(mapping?.sheets ?? {}) };
    if (value) sheets[sheet] = value;
    else delete sheets[sheet];
    onChange(Object.keys(sheets).length ? { sheets } : null);
  };

  return (
    <div className={styles.root}>
      <Caption1 className={styles.hint}>{m.intro}</Caption1>
      <div className={styles.buttons}>
        <Button disabled={disabled} onClick={onRefresh}>
          {m.refresh}
        </Button>
        <Button disabled={disabled || !mapping} onClick={() => onChange(null)}>
          {m.reset}
        </Button>
      </div>
      {!recognitions && <Body1>{m.empty}</Body1>}
      {recognitions?.length === 0 && <Body1>{m.noSheets}</Body1>}
      {recognitions?.map((r) => {
        const cur = mapping?.sheets[r.sheet];
        const explicit = explicitTablesOf(cur);
        const many = r.tables.length > 1 || (explicit?.length ?? 0) > 1;
        const sheetValue = !cur ? 'auto' : 'ignore' in cur ? 'ignore' : explicit ? (many ? 'tables' : explicit[0]!.kind) : 'auto';
        const autoText = r.auto.length ? m.autoWas([...new Set(r.auto)].map((k) => s.tableKinds[k]).join(' + ')) : m.autoNone;
        // Every table as the mapping would hold it: the explicit ones, else the recognised ones.
        const current = (): TableMapping[] => explicit ?? r.tables.map(asMapping);
        const putTables = (tables: TableMapping[]) => put(r.sheet, sheetMapping(tables, unitOf(cur), tables.length > 1 || many));
        const id = `sheet-${r.sheet.replace(/[^\p{L}\p{N}]+/gu, '-')}`;
        return (
          <section key={r.sheet} className={styles.sheet} aria-labelledby={id}>
            <Subtitle2 as="h3" id={id}>
              {r.sheet}
            </Subtitle2>
            <Field
              label={m.sheetKind(r.sheet)}
              hint={inFull(
                sheetValue === 'auto'
                  ? autoText
                  : sheetValue === 'ignore'
                    ? m.ignore
                    : sheetValue === 'tables'
                      ? m.asTablesBelow
                      : s.tableKinds[sheetValue as TableKind],
              )}
            >
              <Select
                onKeyDown={openToChoose}
                className={styles.control}
                value={sheetValue}
                disabled={disabled}
                onChange={(_, d) => {
                  if (d.value === 'auto') put(r.sheet, sheetMapping(null, unitOf(cur), false));
                  else if (d.value === 'ignore') put(r.sheet, { ignore: true });
                  else if (d.value !== 'tables') {
                    // One kind for the sheet: its first table (tables below it are still recognised).
                    const first = current()[0] ?? { kind: d.value as TableKind, headerRow: 1, headerRows: 1, columns: {} };
                    put(r.sheet, sheetMapping([{ ...first, kind: d.value as TableKind, columns: {} }], unitOf(cur), false));
                  }
                }}
              >
                <option value="auto">{autoText}</option>
                {TABLE_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {s.tableKinds[k]}
                  </option>
                ))}
                {many && <option value="tables">{m.asTablesBelow}</option>}
                <option value="ignore">{m.ignore}</option>
              </Select>
            </Field>
            {r.ignored && <Caption1>{m.ignored}</Caption1>}
            {!r.ignored && r.tables.length === 0 && <Caption1>{m.notRecognised}</Caption1>}
            {r.error && (
              <MessageBar intent="error">
                <MessageBarBody>{m.badMapping(r.sheet, s.fields[r.error.field as FieldName] ?? r.error.field, r.error.ref)}</MessageBarBody>
              </MessageBar>
            )}
            {!r.ignored && (
              <Field
                label={m.sheetUnit}
                hint={r.unit && r.unit.source !== 'mapping' ? m.sheetUnitFound(r.unit.name, r.unit.source) : m.sheetUnitHint}
              >
                <Input
                  className={styles.control}
                  defaultValue={unitOf(cur) ?? ''}
                  key={`${r.sheet}-${unitOf(cur) ?? ''}`}
                  placeholder={r.unit?.name ?? ''}
                  disabled={disabled}
                  onBlur={(e) => {
                    const v = e.currentTarget.value.trim();
                    if (v === (unitOf(cur) ?? '')) return;
                    put(r.sheet, sheetMapping(explicit, v || undefined, many));
                  }}
                />
              </Field>
            )}
            {!r.ignored &&
              r.tables.map((t, ti) => {
                const mapped = explicit?.[ti];
                const kind = mapped?.kind ?? t.table.kind;
                const columns = t.labels
                  .map((label, i) => ({ letter: columnLetter(i + 1), label: shortLabel(label), i }))
                  .filter((c) => c.label !== STATUS_HEADER);
                const edit = (change: (t: TableMapping) => TableMapping) => {
                  const all = current();
                  all[ti] = change(all[ti] ?? asMapping(t));
                  putTables(all);
                };
                return (
                  <div key={ti} className={styles.table} role="group" aria-label={m.table(ti + 1, t.headerRow)}>
                    {many && <Body1 className={styles.tableTitle}>{m.table(ti + 1, t.headerRow)}</Body1>}
                    {many && (
                      <Field label={m.tableKind(ti + 1)} hint={inFull(s.tableKinds[kind])}>
                        <Select
                          onKeyDown={openToChoose}
                          className={styles.control}
                          value={kind}
                          disabled={disabled}
                          onChange={(_, d) => edit((x) => ({ ...x, kind: d.value as TableKind, columns: {} }))}
                        >
                          {TABLE_KINDS.map((k) => (
                            <option key={k} value={k}>
                              {s.tableKinds[k]}
                            </option>
                          ))}
                        </Select>
                      </Field>
                    )}
                    {mapped && (
                      <div className={styles.row}>
                        <Field label={m.headerRow} className={styles.narrow}>
                          <Input
                            className={styles.control}
                            type="number"
                            min={1}
                            value={String(mapped.headerRow)}
                            disabled={disabled}
                            onChange={(_, d) => {
                              const n = Number(d.value);
                              if (Number.isInteger(n) && n >= 1) edit((x) => ({ ...x, headerRow: n }));
                            }}
                          />
                        </Field>
                        <Field label={m.headerRows} className={styles.narrow}>
                          <Select
                            onKeyDown={openToChoose}
                            className={styles.control}
                            value={String(mapped.headerRows)}
                            disabled={disabled}
                            onChange={(_, d) => edit((x) => ({ ...x, headerRows: Number(d.value) }))}
                          >
                            <option value="1">1</option>
                            <option value="2">2</option>
                          </Select>
                        </Field>
                      </div>
                    )}
                    <Caption1 className={styles.hint}>
                      {m.dataRows(t.table.firstDataRow, t.table.lastDataRow, t.table.rows.length)} ·{' '}
                      {t.fromMapping ? m.fromMapping : m.detected}
                    </Caption1>
                    {fieldsOf(kind).map((field) => {
                      const chosen = mapped?.columns[field];
                      const chosenIdx = chosen ? columnNumber(chosen) - 1 : -1;
                      const detectedIdx = t.table.kind === kind ? t.table.columns[field] : undefined;
                      const detected = detectedIdx !== undefined ? columns.find((c) => c.i === detectedIdx) : undefined;
                      const value = chosenIdx >= 0 ? columnLetter(chosenIdx + 1) : 'auto';
                      const chosenColumn = chosenIdx >= 0 ? columns.find((c) => c.i === chosenIdx) : undefined;
                      const shown =
                        value === 'auto'
                          ? `${m.columnAuto}: ${detected ? m.columnOption(detected.letter, detected.label) : m.columnNone}`
                          : m.columnOption(value, chosenColumn?.label ?? '');
                      return (
                        <Field key={field} label={m.column(s.fields[field])} hint={inFull(shown)}>
                          <Select
                            onKeyDown={openToChoose}
                            className={styles.control}
                            value={value}
                            disabled={disabled}
                            onChange={(_, d) =>
                              edit((x) => {
                                const columns = { ...x.columns };
                                if (d.value === 'auto') delete columns[field];
                                else columns[field] = d.value;
                                return { ...x, columns };
                              })
                            }
                          >
                            <option value="auto">{`${m.columnAuto}: ${detected ? m.columnOption(detected.letter, detected.label) : m.columnNone}`}</option>
                            {columns.map((c) => (
                              <option key={c.letter} value={c.letter}>
                                {m.columnOption(c.letter, c.label)}
                              </option>
                            ))}
                          </Select>
                        </Field>
                      );
                    })}
                    {many && (
                      <Button
                        disabled={disabled}
                        onClick={() => {
                          const all = current().filter((_, i) => i !== ti);
                          put(r.sheet, sheetMapping(all.length ? all : null, unitOf(cur), true));
                        }}
                      >
                        {m.removeTable(ti + 1)}
                      </Button>
                    )}
                  </div>
                );
              })}
            {!r.ignored && (
              <Button
                disabled={disabled}
                onClick={() => {
                  const all = current();
                  const last = r.tables[r.tables.length - 1]?.table;
                  const headerRow = last ? last.lastDataRow + 2 : 1;
                  all.push({ kind: last?.kind ?? 'nominees', headerRow, headerRows: 1, columns: {} });
                  put(r.sheet, sheetMapping(all, unitOf(cur), true));
                }}
              >
                {m.addTable}
              </Button>
            )}
          </section>
        );
      })}
    </div>
  );
}
