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
import type { Mapping } from '../../engine/detect/mapping';
import { STATUS_HEADER } from '../../engine/detect/tables';
import { TABLE_KINDS, VOCABULARY, type FieldName, type TableKind } from '../../engine/detect/vocabulary';
import { columnLetter, columnNumber } from '../../engine/model';
import { useStrings } from '../i18n';
import type { SheetRecognition } from '../services';

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
});

type SheetMap = Mapping['sheets'][string];
type TableMap = Extract<SheetMap, { kind: TableKind }>;

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

function fieldsOf(kind: TableKind): FieldName[] {
  return Object.keys(VOCABULARY[kind].fields) as FieldName[];
}

export function MappingPanel({ recognitions, mapping, disabled, onChange, onRefresh }: MappingPanelProps) {
  const { s } = useStrings();
  const m = s.mapping;
  const styles = useStyles();

  const put = (sheet: string, value: SheetMap | undefined) => {
    const sheets = { ...(mapping?.sheets ?? {}) };
    if (value) sheets[sheet] = value;
    else delete sheets[sheet];
    onChange(Object.keys(sheets).length ? { sheets } : null);
  };
  /** The sheet's mapping as an explicit table, starting from what is recognised now. */
  const explicit = (r: SheetRecognition, kind?: TableKind): TableMap => {
    const cur = mapping?.sheets[r.sheet];
    if (cur && 'kind' in cur && (!kind || cur.kind === kind)) return { ...cur, columns: { ...cur.columns } };
    const k = kind ?? r.table?.kind ?? 'nominees';
    return { kind: k, headerRow: r.headerRow, headerRows: r.headerRows, columns: {} };
  };

  return (
    <section className={styles.root} aria-labelledby="mapping-heading">
      <Subtitle2 as="h2" id="mapping-heading">
        {m.heading}
      </Subtitle2>
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
        const kindValue = !cur ? 'auto' : 'ignore' in cur ? 'ignore' : cur.kind;
        const kind = r.ignored ? null : (r.table?.kind ?? null);
        const columns = r.labels
          .map((label, i) => ({ letter: columnLetter(i + 1), label: shortLabel(label), i }))
          .filter((c) => c.label !== STATUS_HEADER);
        const id = `sheet-${r.sheet.replace(/[^\p{L}\p{N}]+/gu, '-')}`;
        return (
          <section key={r.sheet} className={styles.sheet} aria-labelledby={id}>
            <Subtitle2 as="h3" id={id}>
              {r.sheet}
            </Subtitle2>
            <Field label={m.sheetKind(r.sheet)}>
              <Select
                className={styles.control}
                value={kindValue}
                disabled={disabled}
                onChange={(_, d) => {
                  if (d.value === 'auto') put(r.sheet, undefined);
                  else if (d.value === 'ignore') put(r.sheet, { ignore: true });
                  else put(r.sheet, explicit(r, d.value as TableKind));
                }}
              >
                <option value="auto">{r.auto ? m.autoWas(s.tableKinds[r.auto]) : m.autoNone}</option>
                {TABLE_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {s.tableKinds[k]}
                  </option>
                ))}
                <option value="ignore">{m.ignore}</option>
              </Select>
            </Field>
            {r.ignored && <Caption1>{m.ignored}</Caption1>}
            {!r.ignored && !r.table && !cur && <Caption1>{m.notRecognised}</Caption1>}
            {r.error && (
              <MessageBar intent="error">
                <MessageBarBody>{m.badMapping(r.sheet, s.fields[r.error.field as FieldName] ?? r.error.field, r.error.ref)}</MessageBarBody>
              </MessageBar>
            )}
            {cur && 'kind' in cur && (
              <div className={styles.row}>
                <Field label={m.headerRow} className={styles.narrow}>
                  <Input
                    className={styles.control}
                    type="number"
                    min={1}
                    value={String(cur.headerRow)}
                    disabled={disabled}
                    onChange={(_, d) => {
                      const n = Number(d.value);
                      if (Number.isInteger(n) && n >= 1) put(r.sheet, { ...cur, headerRow: n });
                    }}
                  />
                </Field>
                <Field label={m.headerRows} className={styles.narrow}>
                  <Select
                    className={styles.control}
                    value={String(cur.headerRows)}
                    disabled={disabled}
                    onChange={(_, d) => put(r.sheet, { ...cur, headerRows: Number(d.value) })}
                  >
                    <option value="1">1</option>
                    <option value="2">2</option>
                  </Select>
                </Field>
              </div>
            )}
            {r.table && (
              <Caption1 className={styles.hint}>
                {m.dataRows(r.table.firstDataRow, r.table.lastDataRow, r.table.rows.length)} ·{' '}
                {r.table.fromMapping ? m.fromMapping : m.detected}
              </Caption1>
            )}
            {kind &&
              r.table &&
              fieldsOf(kind).map((field) => {
                const chosen = cur && 'kind' in cur ? cur.columns[field] : undefined;
                const chosenIdx = chosen ? columnNumber(chosen) - 1 : -1;
                const detectedIdx = r.table!.columns[field];
                const detected = detectedIdx !== undefined ? columns.find((c) => c.i === detectedIdx) : undefined;
                const value = chosenIdx >= 0 ? columnLetter(chosenIdx + 1) : 'auto';
                return (
                  <Field key={field} label={m.column(s.fields[field])}>
                    <Select
                      className={styles.control}
                      value={value}
                      disabled={disabled}
                      onChange={(_, d) => {
                        const next = explicit(r);
                        if (d.value === 'auto') delete next.columns[field];
                        else next.columns[field] = d.value;
                        put(r.sheet, next);
                      }}
                    >
                      <option value="auto">
                        {m.columnAuto}: {detected ? m.columnOption(detected.letter, detected.label) : m.columnNone}
                      </option>
                      {columns.map((c) => (
                        <option key={c.letter} value={c.letter}>
                          {m.columnOption(c.letter, c.label)}
                        </option>
                      ))}
                    </Select>
                  </Field>
                );
              })}
          </section>
        );
      })}
    </section>
  );
}
