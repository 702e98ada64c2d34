/**
 * What the add-in keeps inside the workbook (CONTRACT.md, "What may be written", item 4):
 * the plan choice, the column mapping, the reviewers' waivers, the unit the workbook
 * belongs to (the pane's Đơn vị, as `--unit`), the summary conference's date (the pane's
 * *Ngày hội nghị tổng kết*, as `--conference-date`), and the record of what it wrote (so
 * that *Xóa đánh dấu* works after the workbook is closed and reopened).
 *
 * Stored in the document settings (`Office.context.document.settings`), which travel with
 * the file. Values are plain JSON. The store is injectable: tests pass an in-memory
 * `SettingsLike`.
 */
import type { Waiver } from '../engine/findings';
import { mappingSchema, type Mapping } from '../engine/detect/mapping';
import { isValidIso } from '../engine/normalize/date';
import { getPreset } from '../engine/plan/presets';
import { planSchema, type Plan } from '../engine/plan/schema';

/** The part of `Office.Settings` this store uses. */
export interface SettingsLike {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  remove(name: string): void;
  saveAsync(callback?: (result: { status: unknown; error?: { message?: string } | null }) => void): void;
}

export const SETTING_KEYS = {
  plan: 'thidua.plan',
  mapping: 'thidua.mapping',
  waivers: 'thidua.waivers',
  unit: 'thidua.unit',
  conferenceDate: 'thidua.conferenceDate',
  written: 'thidua.written',
} as const;

/** The plan choice: a preset by id, or a user's whole plan (a plan file loaded in the pane). */
export type StoredPlan = { preset: string } | { plan: Plan };

/** One checked sheet's status column, as written (1-based rows and column). */
export interface WrittenSheet {
  /** Worksheet id (stable across renames) and the name it had. */
  id: string;
  name: string;
  column: number;
  /** The header row (first row written) and the last data row. */
  top: number;
  bottom: number;
  /** The header cell's bold before it was written (null: mixed/unknown). */
  headerBold: boolean | null;
  /**
   * The status cells' number formats before they were set to text (`@`), run-length
   * encoded from `top` down: [format, count][]. Null when they were left untouched.
   */
  formats: [string, number][] | null;
  /** The conditional formats added: local address (`A5:H120`) and rule formula. */
  cfs: { range: string; formula: string }[];
}

export interface WrittenSummary {
  id: string;
  name: string;
  /** The text of A1, used to recognise the sheet if its id is not found after a reopen. */
  title: string;
}

export interface WrittenRecord {
  version: 1;
  sheets: WrittenSheet[];
  summary?: WrittenSummary;
}

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** Settings values may come back as JSON strings from some hosts; accept both. */
function parsed(raw: unknown): unknown {
  if (typeof raw !== 'string') return raw;
  try {
    return JSON.parse(raw);
  } catch {
    return raw;
  }
}

function isWrittenSheet(x: unknown): x is WrittenSheet {
  if (!isObject(x)) return false;
  return (
    typeof x.id === 'string' &&
    typeof x.name === 'string' &&
    typeof x.column === 'number' &&
    typeof x.top === 'number' &&
    typeof x.bottom === 'number' &&
    Array.isArray(x.cfs) &&
    (x.formats === null || Array.isArray(x.formats))
  );
}

/** A small typed store over the document settings. */
export class ThiduaSettings {
  constructor(readonly settings: SettingsLike) {}

  getPlan(): StoredPlan | undefined {
    const raw = parsed(this.settings.get(SETTING_KEYS.plan));
    if (typeof raw === 'string' && raw) return { preset: raw };
    if (!isObject(raw)) return undefined;
    if (typeof raw.preset === 'string') return { preset: raw.preset };
    if (isObject(raw.plan)) {
      const r = planSchema.safeParse(raw.plan);
      if (r.success) return { plan: r.data };
    }
    return undefined;
  }

  setPlan(plan: StoredPlan | undefined): void {
    if (plan === undefined) this.settings.remove(SETTING_KEYS.plan);
    else this.settings.set(SETTING_KEYS.plan, 'preset' in plan ? { preset: plan.preset } : { plan: plan.plan });
  }

  getMapping(): Mapping | undefined {
    const raw = parsed(this.settings.get(SETTING_KEYS.mapping));
    if (raw === null || raw === undefined) return undefined;
    const r = mappingSchema.safeParse(raw);
    return r.success ? r.data : undefined;
  }

  setMapping(mapping: Mapping | undefined): void {
    if (mapping === undefined) this.settings.remove(SETTING_KEYS.mapping);
    else this.settings.set(SETTING_KEYS.mapping, mapping);
  }

  getWaivers(): Waiver[] {
    const raw = parsed(this.settings.get(SETTING_KEYS.waivers));
    if (!Array.isArray(raw)) return [];
    return raw.filter(
      (w): w is Waiver => isObject(w) && typeof w.key === 'string' && typeof w.by === 'string' && typeof w.reason === 'string',
    );
  }

  setWaivers(waivers: Waiver[]): void {
    if (!waivers.length) this.settings.remove(SETTING_KEYS.waivers);
    else
      this.settings.set(
        SETTING_KEYS.waivers,
        waivers.map((w) => ({ key: w.key, by: w.by, reason: w.reason, ...(w.at ? { at: w.at } : {}) })),
      );
  }

  /** The unit the workbook belongs to, as the user typed it (trimmed); undefined when not set. */
  getUnit(): string | undefined {
    const raw = this.settings.get(SETTING_KEYS.unit);
    return typeof raw === 'string' && raw.trim() ? raw.trim() : undefined;
  }

  setUnit(unit: string | undefined): void {
    const u = unit?.trim();
    if (!u) this.settings.remove(SETTING_KEYS.unit);
    else this.settings.set(SETTING_KEYS.unit, u);
  }

  /** The summary conference's date (`YYYY-MM-DD`) for the checks of this workbook; undefined when not set. */
  getConferenceDate(): string | undefined {
    const raw = parsed(this.settings.get(SETTING_KEYS.conferenceDate));
    return typeof raw === 'string' && isValidIso(raw) ? raw : undefined;
  }

  setConferenceDate(iso: string | undefined): void {
    if (!iso) this.settings.remove(SETTING_KEYS.conferenceDate);
    else if (!isValidIso(iso)) throw new RangeError(`Not a YYYY-MM-DD date: ${JSON.stringify(iso)}`);
    else this.settings.set(SETTING_KEYS.conferenceDate, iso);
  }

  getWritten(): WrittenRecord | undefined {
    const raw = parsed(this.settings.get(SETTING_KEYS.written));
    if (!isObject(raw) || raw.version !== 1 || !Array.isArray(raw.sheets)) return undefined;
    const sheets = raw.sheets.filter(isWrittenSheet);
    const s = raw.summary;
    const summary =
      isObject(s) && typeof s.id === 'string' && typeof s.name === 'string' && typeof s.title === 'string'
        ? { id: s.id, name: s.name, title: s.title }
        : undefined;
    if (!sheets.length && !summary) return undefined;
    return { version: 1, sheets, ...(summary ? { summary } : {}) };
  }

  setWritten(record: WrittenRecord | undefined): void {
    if (!record || (!record.sheets.length && !record.summary)) this.settings.remove(SETTING_KEYS.written);
    else this.settings.set(SETTING_KEYS.written, record);
  }

  /** Persists the settings into the document (they are in memory until saved). */
  save(): Promise<void> {
    return new Promise((resolve, reject) => {
      this.settings.saveAsync((result) => {
        const status = String(result?.status ?? '').toLowerCase();
        if (status === 'failed') reject(new Error(result.error?.message || 'Could not save the workbook settings'));
        else resolve();
      });
    });
  }
}

/** The plan a stored choice names, or undefined (unknown preset). */
export function resolveStoredPlan(stored: StoredPlan | undefined): Plan | undefined {
  if (!stored) return undefined;
  if ('preset' in stored) return getPreset(stored.preset);
  return stored.plan;
}

/** The store over the host's document settings. */
export function officeSettings(office: typeof Office = Office): ThiduaSettings {
  return new ThiduaSettings(office.context.document.settings as unknown as SettingsLike);
}
