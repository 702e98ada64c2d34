/**
 * Checks on a flagged copy against its input, at the level of the package: every input part
 * is still there; parts thidua does not touch are byte for byte the same (compressed bytes
 * included); the parts it does touch differ only by what it adds.
 */
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { rawEntries, unzip } from '../hostile/make';

const HERE = dirname(fileURLToPath(import.meta.url));

/** The markup of a part as tokens (each tag, each text run), for an "only added to" comparison. */
function tokens(xml: string, normalise: (t: string) => string | null): string[] {
  const out: string[] = [];
  for (const m of xml.matchAll(/<[^>]*>|[^<]+/g)) {
    const t = normalise(m[0]);
    if (t !== null && t.trim() !== '') out.push(t);
  }
  return out;
}

/** Whether `a` is `b` with things inserted (a subsequence, in order). */
function isSubsequence(a: string[], b: string[]): { ok: boolean; missing?: string } {
  let j = 0;
  for (const t of a) {
    while (j < b.length && b[j] !== t) j++;
    if (j >= b.length) return { ok: false, missing: t };
    j++;
  }
  return { ok: true };
}

/**
 * `count="12"`, `spans="1:9"`, `<dimension ref>` and `<col>` may change; an empty element
 * written `<a/>` may get content (`<a>…</a>`), so a self-closing tag compares as its start tag.
 */
function norm(t: string): string | null {
  if (/^<(\w+:)?col\b/.test(t) || /^<\/(\w+:)?cols>/.test(t) || /^<(\w+:)?cols\b/.test(t) || /^<(\w+:)?dimension\b/.test(t)) return null;
  return t
    .replace(/\s(count|spans)\s*=\s*("[^"]*"|'[^']*')/g, '')
    .replace(/\s*\/>$/, '>')
    .replace(/\s+>$/, '>');
}

export interface CopyReport {
  unchanged: string[];
  changed: string[];
  added: string[];
}

/**
 * Compares the zips: `mayChange` are the parts thidua may rewrite (its flagged sheets and the
 * four it appends to); each must keep all its input markup in order.
 */
export function compareCopy(input: Buffer, output: Buffer, mayChange: (part: string) => boolean): CopyReport {
  const a = rawEntries(input);
  const b = rawEntries(output);
  const ua = unzip(input);
  const ub = unzip(output);
  const report: CopyReport = { unchanged: [], changed: [], added: [] };
  for (const [name, ea] of a) {
    const eb = b.get(name);
    expect(eb, `${name} is missing from the copy`).toBeDefined();
    if (!eb) continue;
    if (ea.packed.equals(eb.packed) && ea.crc === eb.crc && ea.method === eb.method) {
      report.unchanged.push(name);
      continue;
    }
    expect(mayChange(name), `${name} changed, but thidua has no business in it`).toBe(true);
    report.changed.push(name);
    if (!/\.(xml|rels)$/.test(name)) continue;
    const before = tokens(ua.get(name)!.toString('utf8'), norm);
    const after = tokens(ub.get(name)!.toString('utf8'), norm);
    const sub = isSubsequence(before, after);
    expect(sub.ok, `${name}: "${sub.missing}" of the input is not in the copy`).toBe(true);
  }
  for (const name of b.keys()) if (!a.has(name)) report.added.push(name);
  return report;
}

const PYTHON = process.env.THIDUA_PYTHON ?? '/usr/bin/python3';

export interface OpenpyxlSheet {
  name: string;
  state: string;
  cells: Record<string, { v: unknown; f: string }>;
  merged: string[];
  cf: { sqref: string; type: string; formula: string[] }[];
  validations: { sqref: string; type: string; formula1: string | null }[];
  comments: Record<string, string>;
  links: Record<string, string | null>;
  bold: string[];
  heights: Record<string, number>;
  charts: number;
  images: number;
  printArea: string[] | string | null;
  printTitleRows: string | null;
  autoFilter: string | null;
  widths: Record<string, number>;
}

export interface OpenpyxlBook {
  error?: string;
  epoch1904: boolean;
  vba: boolean;
  names: { name: string; localSheetId: number | null; value: string }[];
  sheets: OpenpyxlSheet[];
}

/** Workbooks as openpyxl reads them (Debian's python3-openpyxl; `.ci/run` installs it). */
export function openpyxl(files: string[]): Record<string, OpenpyxlBook> {
  const r = spawnSync(PYTHON, [join(HERE, 'openpyxl-dump.py'), ...files], { encoding: 'utf8', maxBuffer: 1 << 28 });
  if (r.status !== 0) throw new Error(`openpyxl (${PYTHON}, python3-openpyxl) did not run: ${r.stderr || r.error?.message}`);
  return JSON.parse(r.stdout) as Record<string, OpenpyxlBook>;
}
