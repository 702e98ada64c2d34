import { describe, expect, it } from 'vitest';
import { languageFor, strings } from '../../src/taskpane/strings';

/** Every key path of an object, functions as leaves. */
function shape(x: unknown, prefix = ''): string[] {
  if (x === null || typeof x !== 'object') return [prefix];
  return Object.keys(x as object)
    .sort()
    .flatMap((k) => shape((x as Record<string, unknown>)[k], prefix ? `${prefix}.${k}` : k));
}

describe('pane strings', () => {
  it('English has every sentence Vietnamese has', () => {
    expect(shape(strings('en'))).toEqual(shape(strings('vi')));
  });

  it('no sentence is empty, in either language', () => {
    for (const lang of ['vi', 'en'] as const) {
      const walk = (x: unknown, path: string): void => {
        if (typeof x === 'string') expect(x.trim(), `${lang}:${path}`).not.toBe('');
        else if (x && typeof x === 'object') for (const [k, v] of Object.entries(x)) walk(v, `${path}.${k}`);
      };
      walk(strings(lang), '');
    }
  });

  it('follows the display language: English Office in English, all others in Vietnamese', () => {
    expect(languageFor('vi-VN')).toBe('vi');
    expect(languageFor('en-US')).toBe('en');
    expect(languageFor('en-GB')).toBe('en');
    expect(languageFor('fr-FR')).toBe('vi');
    expect(languageFor(undefined)).toBe('vi');
  });

  it('uses the engine rule titles, so the pane and the summary sheet agree', () => {
    expect(strings('vi').ruleTitles.TURNOUT_BELOW_MIN).toBe('Tỷ lệ đi bầu dưới mức tối thiểu');
    expect(strings('vi').actions.check).toBe('Kiểm tra');
    expect(strings('vi').actions.clear).toBe('Xóa đánh dấu');
    expect(strings('vi').actions.updateSummary).toBe('Cập nhật Tổng hợp');
  });
});
