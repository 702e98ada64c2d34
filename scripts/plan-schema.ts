/**
 * Writes schemas/plan.schema.json: the JSON Schema of a plan file, generated from the zod
 * schema (input side, so fields with defaults are optional). Users point their plan's
 * "$schema" at it to get completion and checking in their editor.
 *
 *   npx tsx scripts/plan-schema.ts           write the file
 *   npx tsx scripts/plan-schema.ts --check   exit 1 when the committed file is stale
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { planSchema } from '../src/engine/plan/schema';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const out = resolve(root, 'schemas/plan.schema.json');

const generated = z.toJSONSchema(planSchema, { io: 'input' }) as Record<string, unknown>;
const { $schema, ...rest } = generated;
const schema = {
  $schema,
  title: 'Kế hoạch thi đua (thidua plan)',
  description:
    'Một kế hoạch thi đua bầu cử: ngưỡng tỷ lệ cử tri, tiêu chuẩn, hạn mức, hình thức khen thưởng, ngày nghỉ. ' +
    'An election emulation-campaign plan: turnout thresholds, standards, quotas, award forms, days off. ' +
    'Generated from src/engine/plan/schema.ts by scripts/plan-schema.ts; do not edit by hand.',
  ...rest,
};
const text = `${JSON.stringify(schema, null, 2)}\n`;

if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(out, 'utf8');
  } catch {
    // missing counts as stale
  }
  if (current !== text) {
    console.error('schemas/plan.schema.json is out of date: run `npx tsx scripts/plan-schema.ts`.');
    process.exit(1);
  }
  console.log('schemas/plan.schema.json is up to date.');
} else {
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, text);
  console.log(`wrote ${out}`);
}
