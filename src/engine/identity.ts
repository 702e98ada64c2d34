/**
 * When two nominee rows are the same person or collective (PLANS.md): the normalised full
 * name matches and the date of birth matches, or, with no date of birth on either side,
 * the unit matches. Collectives are the same unit by name.
 */
import type { NomineeRecord } from './context';
import { looseKey } from './normalize/text';

function unitKeyOf(n: NomineeRecord): string {
  return looseKey(n.workplace || n.proposer?.name || '');
}

/** Identity apart from the name: birth date, else unit. */
export function sameOtherFields(a: NomineeRecord, b: NomineeRecord): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === 'collective') return true;
  // A year alone (a list of years of birth) matches a full date of that year.
  if (a.birth && b.birth)
    return a.birth === b.birth || (a.birth.length === 4 || b.birth.length === 4 ? a.birth.slice(0, 4) === b.birth.slice(0, 4) : false);
  if (a.birth || b.birth) return false;
  return unitKeyOf(a) === unitKeyOf(b);
}

export function nameKeyOf(n: NomineeRecord): string {
  return n.kind === 'collective' && n.asUnit ? `c|${n.asUnit.exactKey}` : `i|${n.nameKey}`;
}

/** Groups of rows that are one and the same nominee (only groups of two or more). */
export function duplicateClusters(list: NomineeRecord[]): NomineeRecord[][] {
  const byName = new Map<string, NomineeRecord[]>();
  for (const n of list) {
    if (!n.name) continue;
    const k = nameKeyOf(n);
    const g = byName.get(k);
    if (g) g.push(n);
    else byName.set(k, [n]);
  }
  const out: NomineeRecord[][] = [];
  for (const g of byName.values()) if (g.length > 1) out.push(...clusters(g, sameOtherFields));
  return out;
}

/** Union-find over a small group with a pairwise relation. */
export function clusters<T>(g: T[], same: (a: T, b: T) => boolean): T[][] {
  const parent = g.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  for (let i = 0; i < g.length; i++) for (let j = i + 1; j < g.length; j++) if (same(g[i]!, g[j]!)) parent[find(i)] = find(j);
  const groups = new Map<number, T[]>();
  g.forEach((x, i) => {
    const r = find(i);
    const arr = groups.get(r);
    if (arr) arr.push(x);
    else groups.set(r, [x]);
  });
  return [...groups.values()].filter((x) => x.length > 1);
}

/** `'DS sở ngành'!14` */
export function place(n: NomineeRecord): string {
  const s = n.table.sheet;
  return `${/^[A-Za-z0-9_]+$/.test(s) ? s : `'${s.replace(/'/g, "''")}'`}!${n.row}`;
}
