/**
 * Number formats: the built-in ids every workbook may use without declaring them (mapped to
 * the codes Excel documents, as exceljs maps them: ECMA-376 Part 1, 18.8.30), and whether a
 * format shows a number as a date or time.
 */

/** Built-in number formats by id. Locale-dependent ids (27–36, 50–81) have no fixed code and are left out. */
export const BUILTIN_FORMATS: Readonly<Record<number, string>> = {
  0: 'General',
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'mm-dd-yy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yy "h":mm',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00 ;(#,##0.00)',
  40: '#,##0.00 ;[Red](#,##0.00)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  49: '@',
};

/** The built-in id of a format code, when it has one. */
export function builtinId(code: string): number | undefined {
  for (const [id, c] of Object.entries(BUILTIN_FORMATS)) if (c === code) return Number(id);
  return undefined;
}

const dateCache = new Map<string, boolean>();

/**
 * Whether a format code shows numbers as dates or times: a `d m y h s` outside quoted text,
 * backslash-escaped characters, `_x` / `*x` padding and `[...]` sections (colours, locales,
 * conditions), or an elapsed-time section `[h]`, `[mm]`, `[ss]`. `E+` and `General` are not dates.
 */
export function isDateFormat(code: string | undefined): boolean {
  if (!code) return false;
  const known = dateCache.get(code);
  if (known !== undefined) return known;
  let date = false;
  for (let i = 0; i < code.length && !date; i++) {
    const ch = code[i]!;
    if (ch === '"') {
      const j = code.indexOf('"', i + 1);
      i = j < 0 ? code.length : j;
    } else if (ch === '\\' || ch === '_' || ch === '*') {
      i++;
    } else if (ch === '[') {
      const j = code.indexOf(']', i + 1);
      const inner = j < 0 ? '' : code.slice(i + 1, j);
      if (/^(h+|m+|s+)$/i.test(inner)) date = true;
      i = j < 0 ? code.length : j;
    } else if (/[dmyhsDMYHS]/.test(ch)) {
      date = true;
    }
  }
  if (dateCache.size < 10_000) dateCache.set(code, date);
  return date;
}
