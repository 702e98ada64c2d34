/**
 * Where the pane gets Excel from. In Excel: the `Excel` and `Office` globals of office.js,
 * once `Office.onReady` says the host is Excel. In the browser preview: the in-memory fake,
 * handed over with `setHost`. Nothing else in the pane touches those globals.
 */

export interface Host {
  /** The Excel namespace (`Excel.run`, …). */
  Excel: typeof Excel;
  /** The Office namespace (settings, display language, requirement sets). */
  Office: typeof Office;
  /** Which host this is: the real Excel, or the development preview's fake. */
  kind: 'excel' | 'preview';
}

let current: Host | null = null;

export function setHost(host: Host | null): void {
  current = host;
}

/** The host, or null when the pane runs outside Excel (a plain browser without the preview). */
export function getHost(): Host | null {
  return current;
}

/** Office's display language (`vi-VN`, `en-US`), or undefined outside Office. */
export function displayLanguage(host: Host | null): string | undefined {
  try {
    return host?.Office.context?.displayLanguage || undefined;
  } catch {
    return undefined;
  }
}

/**
 * Waits for office.js (when the page loaded it) and returns the Excel host, or null when
 * office.js is absent (plain browser) or the page is not running inside Excel
 * (`Office.onReady` gives host null there).
 */
export async function hostFromOfficeJs(): Promise<Host | null> {
  const g = globalThis as { Office?: typeof Office; Excel?: typeof Excel };
  if (!g.Office || typeof g.Office.onReady !== 'function') return null;
  const info = await g.Office.onReady();
  if (!info || info.host !== g.Office.HostType.Excel || !g.Excel) return null;
  return { Excel: g.Excel, Office: g.Office, kind: 'excel' };
}

/** The user's language choice, kept in the browser's storage for the next time the pane opens. */
export const languagePreference = {
  get(): string | null {
    try {
      return globalThis.localStorage?.getItem('thidua.lang') ?? null;
    } catch {
      return null;
    }
  },
  set(lang: string): void {
    try {
      globalThis.localStorage?.setItem('thidua.lang', lang);
    } catch {
      /* storage may be blocked; the choice then lasts for this session */
    }
  },
};
