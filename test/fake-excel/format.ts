/**
 * The displayed text (`Range.text`) of a value under a number format, for the formats
 * election workbooks use: General, `0`, `0.00`, `#,##0`, percentages, day-first and ISO
 * dates, `@`, quoted literals and `;` sections. Not Excel's full formatter: no fractions,
 * scientific formats, colours, conditions, elapsed time or column-width `####`.
 */
import { isDateFormat } from '../../src/engine/normalize/date';

export type FakeLocale = 'vi-VN' | 'en-US';

const SEP: Record<FakeLocale, { dec: string; group: string }> = {
  'vi-VN': { dec: ',', group: '.' },
  'en-US': { dec: '.', group: ',' },
};

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

function withSeparators(fixed: string, locale: FakeLocale, group: boolean): string {
  const { dec, group: g } = SEP[locale];
  const neg = fixed.startsWith('-');
  const body = neg ? fixed.slice(1) : fixed;
  const [int = '', frac] = body.split('.');
  const intOut = group ? int.replace(/\B(?=(\d{3})+(?!\d))/g, g) : int;
  return (neg ? '-' : '') + intOut + (frac !== undefined ? dec + frac : '');
}

/** Excel's General: up to 11 significant characters, no trailing zeros. */
export function formatGeneral(v: number, locale: FakeLocale): string {
  if (!Number.isFinite(v)) return '#NUM!';
  if (v === 0) return '0';
  const abs = Math.abs(v);
  if (abs >= 1e11 || abs < 1e-9) {
    const [m = '', e = '0'] = v.toExponential(5).split('e');
    const mant = m.replace(/\.?0+$/, '');
    const exp = Number(e);
    return `${withSeparators(mant, locale, false)}E${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
  }
  const intDigits = Math.max(1, Math.floor(Math.log10(abs)) + 1);
  const decimals = Math.max(0, 10 - intDigits);
  let s = v.toFixed(decimals);
  if (s.includes('.')) s = s.replace(/\.?0+$/, '');
  return withSeparators(s, locale, false);
}

function stripLiterals(section: string): { core: string; prefix: string; suffix: string } {
  // Quoted text and backslash-escaped characters around the number are kept as literals.
  let prefix = '';
  let suffix = '';
  let core = section.replace(/\[[^\]]*\]/g, '').replace(/_.|\*./g, '');
  const lead = /^((?:"[^"]*"|\\.)+)/.exec(core);
  if (lead) {
    prefix = lead[1]!.replace(/"([^"]*)"/g, '$1').replace(/\\(.)/g, '$1');
    core = core.slice(lead[1]!.length);
  }
  const trail = /((?:"[^"]*"|\\.|\s)+)$/.exec(core);
  if (trail) {
    suffix = trail[1]!.replace(/"([^"]*)"/g, '$1').replace(/\\(.)/g, '$1');
    core = core.slice(0, core.length - trail[1]!.length);
  }
  return { core, prefix, suffix };
}

function formatNumberSection(v: number, section: string, locale: FakeLocale): string {
  const { core, prefix, suffix } = stripLiterals(section);
  if (!/[0#?]/.test(core)) return prefix + (core.trim() ? core : formatGeneral(v, locale)) + suffix;
  const percent = core.includes('%');
  const n = percent ? v * 100 : v;
  const dot = core.indexOf('.');
  const decimals = dot >= 0 ? (core.slice(dot + 1).match(/[0#?]/g) ?? []).length : 0;
  const group = (dot >= 0 ? core.slice(0, dot) : core).includes(',');
  const fixed = n.toFixed(decimals);
  return prefix + withSeparators(fixed, locale, group) + (percent ? '%' : '') + suffix;
}

function serialParts(serial: number): { y: number; m: number; d: number; wd: number; hh: number; mi: number; ss: number } {
  const day = Math.floor(serial + 1e-9);
  const base = day < 60 ? Date.UTC(1899, 11, 31) : Date.UTC(1899, 11, 30);
  const ms = base + day * 86_400_000;
  const dt = new Date(ms);
  const secs = Math.round((serial - day) * 86_400);
  return {
    y: dt.getUTCFullYear(),
    m: dt.getUTCMonth() + 1,
    d: dt.getUTCDate(),
    wd: dt.getUTCDay(),
    hh: Math.floor(secs / 3600) % 24,
    mi: Math.floor(secs / 60) % 60,
    ss: secs % 60,
  };
}

function formatDate(serial: number, section: string): string {
  const p = serialParts(serial);
  const pad = (x: number, w = 2) => String(x).padStart(w, '0');
  const f = section.replace(/\[[^\]]*\]/g, '');
  let out = '';
  let lastWasHour = false;
  const re = /"([^"]*)"|\\(.)|(yyyy|yy|mmmm|mmm|mm|m|dddd|ddd|dd|d|hh|h|ss|s|AM\/PM|am\/pm)|(.)/gi;
  let m: RegExpExecArray | null;
  while ((m = re.exec(f))) {
    if (m[1] !== undefined) out += m[1];
    else if (m[2] !== undefined) out += m[2];
    else if (m[3] !== undefined) {
      const t = m[3].toLowerCase();
      const rest = f.slice(re.lastIndex).toLowerCase();
      const minutes = (t === 'mm' || t === 'm') && (lastWasHour || /^[^a-z]*s/.test(rest));
      switch (t) {
        case 'yyyy':
          out += pad(p.y, 4);
          break;
        case 'yy':
          out += pad(p.y % 100);
          break;
        case 'mmmm':
          out += MONTHS[p.m - 1];
          break;
        case 'mmm':
          out += MONTHS[p.m - 1]!.slice(0, 3);
          break;
        case 'mm':
          out += minutes ? pad(p.mi) : pad(p.m);
          break;
        case 'm':
          out += minutes ? String(p.mi) : String(p.m);
          break;
        case 'dddd':
          out += DAYS[p.wd];
          break;
        case 'ddd':
          out += DAYS[p.wd]!.slice(0, 3);
          break;
        case 'dd':
          out += pad(p.d);
          break;
        case 'd':
          out += String(p.d);
          break;
        case 'hh':
          out += pad(p.hh);
          break;
        case 'h':
          out += String(p.hh);
          break;
        case 'ss':
          out += pad(p.ss);
          break;
        case 's':
          out += String(p.ss);
          break;
        default:
          out += p.hh < 12 ? 'AM' : 'PM';
      }
      lastWasHour = t === 'hh' || t === 'h';
    } else out += m[4];
  }
  return out;
}

/** Splits a format on `;` outside quotes. */
function sections(nf: string): string[] {
  const out: string[] = [];
  let cur = '';
  let q = false;
  for (let i = 0; i < nf.length; i++) {
    const ch = nf[i]!;
    if (ch === '"') q = !q;
    if (ch === '\\' && i + 1 < nf.length) {
      cur += ch + nf[++i];
      continue;
    }
    if (ch === ';' && !q) {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

export function formatValue(v: string | number | boolean | null, nf: string, locale: FakeLocale): string {
  if (v === null) return '';
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (typeof v === 'string') {
    const textSection = sections(nf)[3];
    return textSection !== undefined && textSection.includes('@') ? textSection.replace(/"([^"]*)"/g, '$1').replace('@', v) : v;
  }
  const f = nf.trim();
  if (f === '' || /^general$/i.test(f) || f === '@') return formatGeneral(v, locale);
  const secs = sections(f);
  let section = secs[0]!;
  let value = v;
  if (v < 0 && secs[1] !== undefined && secs[1] !== '') {
    section = secs[1];
    value = -v;
  } else if (v === 0 && secs[2] !== undefined && secs[2] !== '') section = secs[2];
  if (isDateFormat(section)) return v >= 0 && v < 2_958_466 ? formatDate(v, section) : '#'.repeat(10);
  if (/general/i.test(section)) return section.replace(/general/i, formatGeneral(value, locale)).replace(/"([^"]*)"/g, '$1');
  return formatNumberSection(value, section, locale);
}
