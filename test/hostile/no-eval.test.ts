/**
 * Security: thidua never evaluates text as code. No `eval` or `Function` constructor in
 * the sources; in the production bundle only the vendor code listed below, none of which
 * runs (zod's code generation is switched off by the engine); and parsing plans, mappings
 * and export data constructs no function at run time.
 */
import { describe, expect, it, vi } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const ROOT = join(__dirname, '..', '..');

/** Code that evaluates a string: eval, the Function constructor (called, `new`, or aliased), string timers. */
const EVAL_PATTERNS: RegExp[] = [
  /\beval\s*\(/g,
  /\bnew\s+Function\b/g,
  /(?<![\w$.])Function\s*\(/g,
  /=\s*Function\b(?!\s*\.)/g,
  /\bset(?:Timeout|Interval)\(\s*['"`]/g,
];

function hits(text: string): { at: number; match: string; context: string }[] {
  const out: { at: number; match: string; context: string }[] = [];
  for (const re of EVAL_PATTERNS) {
    for (const m of text.matchAll(re))
      out.push({ at: m.index!, match: m[0], context: text.slice(Math.max(0, m.index! - 120), m.index! + 80) });
  }
  return out;
}

function files(dir: string, keep: (f: string) => boolean): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...files(p, keep));
    else if (keep(p)) out.push(p);
  }
  return out;
}

describe('no eval or new Function', () => {
  it('in the sources (src/**)', () => {
    const sources = files(join(ROOT, 'src'), (f) => /\.(ts|tsx|js|mjs|cjs)$/.test(f));
    expect(sources.length).toBeGreaterThan(20);
    const found = sources.flatMap((f) => hits(readFileSync(f, 'utf8')).map((h) => `${relative(ROOT, f)}: ${h.match}`));
    expect(found).toEqual([]);
  });

  /**
   * Vendor code in the bundle that contains a Function constructor, and why it never runs.
   * Anything else fails the test.
   */
  const VENDOR: { what: string; re: RegExp }[] = [
    // zod 4 probes whether it may generate code; skipped under z.config({ jitless: true }).
    { what: 'zod allowsEval probe', re: /try\s*\{\s*return\s+new Function\(""\)\s*,\s*!0\s*\}\s*catch/ },
    // zod 4 compiles object parsers (`const F = Function; new F(…)`) only when that probe says it may.
    { what: 'zod Doc.compile', re: /compile\(\)\s*\{\s*const\s+[\w$]+\s*=\s*Function\s*,/ },
    // webpack's global-object shim: reached only where `globalThis` is missing (no host of Office add-ins).
    {
      what: 'webpack global shim',
      re: /if\s*\(\s*"object"\s*==\s*typeof globalThis\s*\)\s*return globalThis;\s*try\s*\{\s*return this\s*\|\|\s*new Function\("return this"\)\(\)/,
    },
  ];

  const dist = join(ROOT, 'dist');
  let bundles: string[] = [];
  try {
    bundles = readdirSync(dist)
      .filter((f) => /^(taskpane|commands)[.\w-]*\.js$/.test(f))
      .map((f) => join(dist, f));
  } catch {
    bundles = [];
  }
  const hasTaskpane = bundles.some((f) => /taskpane[^/]*\.js$/.test(f));

  it.skipIf(!hasTaskpane)(
    hasTaskpane
      ? 'in the production bundle (dist/taskpane*.js, dist/commands*.js): only vendor code that never runs'
      : 'in the production bundle — skipped: no dist/taskpane*.js (run `npm run build`; CI does not build the add-in before testing)',
    () => {
      const unexplained: string[] = [];
      for (const f of bundles) {
        const text = readFileSync(f, 'utf8');
        for (const h of hits(text)) {
          if (/\beval\s*\(/.test(h.match) || !VENDOR.some((v) => v.re.test(h.context)))
            unexplained.push(`${relative(ROOT, f)}@${h.at}: …${h.context}…`);
        }
      }
      expect(unexplained).toEqual([]);
    },
  );

  it('at run time: the engine switches zod code generation off; parsing constructs no function', async () => {
    const made: string[] = [];
    const Real = globalThis.Function;
    const spy = new Proxy(Real, {
      construct(target, args, newTarget) {
        made.push(`new Function(${String(args[args.length - 1] ?? '').slice(0, 60)})`);
        return Reflect.construct(target, args, newTarget) as object;
      },
      apply(target, thisArg, args) {
        made.push(`Function(${String(args[args.length - 1] ?? '').slice(0, 60)})`);
        return Reflect.apply(target, thisArg, args) as unknown;
      },
    });
    globalThis.Function = spy;
    try {
      vi.resetModules();
      const { PRESETS } = await import('../../src/engine/plan/presets');
      const { planSchema } = await import('../../src/engine/plan/schema');
      const { mappingSchema } = await import('../../src/engine/detect/mapping');
      const { resolvePlan } = await import('../../src/engine/plan/load');
      const { z } = await import('zod');
      expect(z.config().jitless).toBe(true);
      for (const p of PRESETS) expect(planSchema.safeParse(JSON.parse(JSON.stringify(p))).success).toBe(true);
      expect(resolvePlan('thai-binh-32-2021', () => undefined, 'vi').ok).toBe(true);
      expect(
        mappingSchema.safeParse({
          sheets: { 'Tỷ lệ cử tri': { kind: 'turnout', headerRow: 4, columns: { unit: 'B' } }, 'Ghi chú': { ignore: true } },
        }).success,
      ).toBe(true);
    } finally {
      globalThis.Function = Real;
      vi.resetModules();
    }
    expect(made).toEqual([]);
  });
});
