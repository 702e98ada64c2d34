/**
 * A unit's category from its name or from a category cell, as PLANS.md describes.
 * The prefixes are data (`categories.json`) so a plan for another province can extend them.
 */
import type { UnitCategory, UnitCategoryOrUnknown } from '../plan/schema';
import { looseKey } from '../normalize/text';
import prefixes from './categories.json';

interface CategoryWords {
  /** Leading words that are skipped (UBND, Ủy ban nhân dân). */
  skip: string[];
  /** Names containing these are the provincial election office. */
  electionOffice: string[];
  /** Name prefixes per category, compared without diacritics. */
  prefixes: Record<UnitCategory, string[]>;
  /** Words a category column uses (Cấp xã, Huyện, Sở ngành). */
  categoryCells: Record<UnitCategory, string[]>;
}

const WORDS = prefixes as CategoryWords;

function words(s: string): string {
  return looseKey(s)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

function startsWithWords(key: string, prefix: string): boolean {
  return key === prefix || key.startsWith(prefix + ' ');
}

export function isElectionOffice(name: string, explicit: string[] = []): boolean {
  const key = words(name);
  if (explicit.some((e) => words(e) === key)) return true;
  return WORDS.electionOffice.some((w) => ` ${key} `.includes(` ${w} `));
}

/** The category a unit name implies, or unknown. */
export function categoryFromName(name: string, electionOffices: string[] = []): UnitCategoryOrUnknown {
  if (isElectionOffice(name, electionOffices)) return 'election_office';
  let key = words(name);
  for (;;) {
    const skip = WORDS.skip.find((s) => startsWithWords(key, s));
    if (!skip) break;
    key = key.slice(skip.length).trim();
  }
  let best: { cat: UnitCategory; len: number } | null = null;
  for (const [cat, list] of Object.entries(WORDS.prefixes) as [UnitCategory, string[]][]) {
    for (const p of list) {
      if (startsWithWords(key, p) && (!best || p.length > best.len)) best = { cat, len: p.length };
    }
  }
  return best?.cat ?? 'unknown';
}

/** The category a category cell names (`Cấp xã`, `Huyện`, `CĐCS`), or unknown. */
export function categoryFromCell(text: string): UnitCategoryOrUnknown {
  const key = words(text);
  if (!key) return 'unknown';
  for (const [cat, list] of Object.entries(WORDS.categoryCells) as [UnitCategory, string[]][]) {
    if (list.some((w) => key === w || ` ${key} `.includes(` ${w} `))) return cat;
  }
  return categoryFromName(text);
}
