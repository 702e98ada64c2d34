/** The `Office` global's little the add-in uses: document settings, requirement sets, language. */
import type { FakeStats } from './api';
import type { FakeWorkbookState } from './state';

/** Office limits a document's settings to about 2 MB (of JSON). */
export const SETTINGS_LIMIT_CHARS = 2 * 1024 * 1024;

export interface AsyncResultLike {
  status: 'succeeded' | 'failed';
  value: undefined;
  error: { name: string; message: string; code: number } | null;
}

/** `Office.context.document.settings`: in memory until `saveAsync`, then saved in the document. */
export class FakeSettings {
  private live: Record<string, string>;
  constructor(
    private readonly state: FakeWorkbookState,
    private readonly stats: FakeStats,
  ) {
    this.live = { ...state.settings };
  }
  get(name: string): unknown {
    const s = this.live[name];
    return s === undefined ? null : JSON.parse(s);
  }
  set(name: string, value: unknown): void {
    const s = JSON.stringify(value);
    if (s === undefined) throw new Error(`Settings value for ${name} is not serialisable`);
    this.live[name] = s;
  }
  remove(name: string): void {
    delete this.live[name];
  }
  saveAsync(a?: unknown, b?: unknown): void {
    const cb = (typeof a === 'function' ? a : b) as ((r: AsyncResultLike) => void) | undefined;
    const size = Object.entries(this.live).reduce((n, [k, v]) => n + k.length + v.length, 0);
    let result: AsyncResultLike;
    if (size > SETTINGS_LIMIT_CHARS) {
      result = {
        status: 'failed',
        value: undefined,
        error: { name: 'Settings size', message: `Settings exceed ${SETTINGS_LIMIT_CHARS} characters`, code: 5001 },
      };
    } else {
      this.state.settings = { ...this.live };
      this.stats.settingsSaves++;
      result = { status: 'succeeded', value: undefined, error: null };
    }
    void Promise.resolve().then(() => cb?.(result));
  }
  refreshAsync(cb?: (r: AsyncResultLike) => void): void {
    this.live = { ...this.state.settings };
    void Promise.resolve().then(() => cb?.({ status: 'succeeded', value: undefined, error: null }));
  }
}

function versionAtLeast(have: string, want: string): boolean {
  const a = have.split('.').map(Number);
  const b = want.split('.').map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    if (x !== y) return x > y;
  }
  return true;
}

export interface FakeOfficeOptions {
  /** Highest version per requirement set, e.g. `{ ExcelApi: '1.17' }`. */
  apiSets: Record<string, string>;
  displayLanguage: string;
  platform: string;
}

export function createOffice(state: FakeWorkbookState, stats: FakeStats, opts: FakeOfficeOptions) {
  const settings = new FakeSettings(state, stats);
  const info = { host: 'Excel', platform: opts.platform };
  return {
    context: {
      document: { settings, url: state.name },
      requirements: {
        isSetSupported(name: string, minVersion?: string | number): boolean {
          const have = opts.apiSets[name];
          if (have === undefined) return false;
          return minVersion === undefined ? true : versionAtLeast(have, String(minVersion));
        },
      },
      displayLanguage: opts.displayLanguage,
      contentLanguage: opts.displayLanguage,
      host: 'Excel',
      platform: opts.platform,
    },
    onReady(cb?: (i: typeof info) => void): Promise<typeof info> {
      cb?.(info);
      return Promise.resolve(info);
    },
    HostType: { Excel: 'Excel' },
    PlatformType: { PC: 'PC', OfficeOnline: 'OfficeOnline', Mac: 'Mac' },
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
  };
}

export type FakeOffice = ReturnType<typeof createOffice>;
