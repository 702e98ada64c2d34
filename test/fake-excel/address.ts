/** A1 addresses for the fake: parsing and printing, 1-based inclusive rectangles. */

export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;

export interface Rect {
  r1: number;
  c1: number;
  r2: number;
  c2: number;
}

export function colLetters(col: number): string {
  let s = '';
  let n = col;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function colNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** Excel quotes a sheet name in an address unless it is a plain identifier. */
export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export function rectAddress(r: Rect): string {
  if (r.r1 === 1 && r.r2 === MAX_ROWS && !(r.c1 === 1 && r.c2 === MAX_COLS)) return `${colLetters(r.c1)}:${colLetters(r.c2)}`;
  if (r.c1 === 1 && r.c2 === MAX_COLS) return `${r.r1}:${r.r2}`;
  const a = `${colLetters(r.c1)}${r.r1}`;
  return r.r1 === r.r2 && r.c1 === r.c2 ? a : `${a}:${colLetters(r.c2)}${r.r2}`;
}

export function fullAddress(sheet: string, r: Rect): string {
  return `${quoteSheet(sheet)}!${rectAddress(r)}`;
}

/** Splits `'Sheet x'!A1:B2` into sheet (unquoted) and the local part. */
export function splitSheet(address: string): { sheet?: string; local: string } {
  const s = address.trim();
  const q = /^'((?:[^']|'')+)'!(.*)$/.exec(s);
  if (q) return { sheet: q[1]!.replace(/''/g, "'"), local: q[2]! };
  const i = s.lastIndexOf('!');
  if (i >= 0) return { sheet: s.slice(0, i), local: s.slice(i + 1) };
  return { local: s };
}

/** Parses a local A1 reference (`A1`, `$A$1:B2`, `A:C`, `3:5`); null when not one. */
export function parseLocal(local: string): Rect | null {
  const s = local.replace(/\$/g, '').trim().toUpperCase();
  let m = /^([A-Z]{1,3})(\d+)(?::([A-Z]{1,3})(\d+))?$/.exec(s);
  if (m) {
    const c1 = colNumber(m[1]!);
    const r1 = Number(m[2]);
    const c2 = m[3] ? colNumber(m[3]) : c1;
    const r2 = m[4] ? Number(m[4]) : r1;
    return normal({ r1, c1, r2, c2 });
  }
  m = /^([A-Z]{1,3}):([A-Z]{1,3})$/.exec(s);
  if (m) return normal({ r1: 1, r2: MAX_ROWS, c1: colNumber(m[1]!), c2: colNumber(m[2]!) });
  m = /^(\d+):(\d+)$/.exec(s);
  if (m) return normal({ r1: Number(m[1]), r2: Number(m[2]), c1: 1, c2: MAX_COLS });
  return null;
}

function normal(r: Rect): Rect | null {
  const out = { r1: Math.min(r.r1, r.r2), r2: Math.max(r.r1, r.r2), c1: Math.min(r.c1, r.c2), c2: Math.max(r.c1, r.c2) };
  if (out.r1 < 1 || out.c1 < 1 || out.r2 > MAX_ROWS || out.c2 > MAX_COLS) return null;
  return out;
}

export function rectsIntersect(a: Rect, b: Rect): boolean {
  return a.r1 <= b.r2 && b.r1 <= a.r2 && a.c1 <= b.c2 && b.c1 <= a.c2;
}

export function rectContains(outer: Rect, inner: Rect): boolean {
  return outer.r1 <= inner.r1 && outer.c1 <= inner.c1 && outer.r2 >= inner.r2 && outer.c2 >= inner.c2;
}

export function rectRows(r: Rect): number {
  return r.r2 - r.r1 + 1;
}

export function rectCols(r: Rect): number {
  return r.c2 - r.c1 + 1;
}
