#!/usr/bin/env node
// `npm run demo`: checks the bundled sample workbook of a Thái Bình district and says
// where the flagged copy, the report, the summary and the drafted dossier went. The sample has planted
// violations, so the check itself exits 1; the demo succeeds when that happened.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'out');
mkdirSync(out, { recursive: true });
const files = {
  out: join(out, 'thai-binh-huyen-vu-thu.flagged.xlsx'),
  report: join(out, 'thai-binh-huyen-vu-thu.report.json'),
  summary: join(out, 'thai-binh-huyen-vu-thu.summary.xlsx'),
  dossier: join(out, 'Ho-so-UBND-huyen-Vu-Thu.docx'),
};
const args = [
  join(root, 'bin', 'thidua.cjs'),
  'check',
  join(root, 'examples', 'thai-binh-huyen-vu-thu.xlsx'),
  '--plan',
  'thai-binh-32-2021',
  '--unit',
  'UBND huyện Vũ Thư',
  '--conference-date',
  '2021-06-25',
  '--out',
  files.out,
  '--report',
  files.report,
  '--summary',
  files.summary,
  '--dossier',
  files.dossier,
  '--place',
  'Vũ Thư',
];
const r = spawnSync(process.execPath, args, { stdio: ['ignore', 'inherit', 'inherit'] });
if (r.status === 2 || r.status === null) process.exit(2);
const report = JSON.parse(readFileSync(files.report, 'utf8'));
console.log('\nthidua demo — examples/thai-binh-huyen-vu-thu.xlsx, plan thai-binh-32-2021');
for (const f of report.findings)
  console.log(`  ${f.severity === 'error' ? '✖' : '⚠'} ${f.sheet}!${f.rows.join(',') || '-'}  ${f.rule}: ${f.message}`);
console.log(`\n  Bản sao đã đánh dấu / flagged copy: ${relative(process.cwd(), files.out)}`);
console.log(`  Báo cáo / report:                   ${relative(process.cwd(), files.report)}`);
console.log(`  Tổng hợp / summary:                 ${relative(process.cwd(), files.summary)}`);
console.log(`  Hồ sơ (Tờ trình) / dossier:         ${relative(process.cwd(), files.dossier)}`);
console.log(`  (thidua check exited ${r.status}: 1 means error findings were found, as planted in the sample)`);
