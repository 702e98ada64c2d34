/**
 * The measurements behind the package module's hand-written pieces and its Node codec, on the
 * 200,000-row benchmark sheet (66 MB of XML): the sheet scanner against saxes, the maintained
 * tokenizer the small parts use; fflate against Node's zlib for inflating and deflating.
 * In-process, best of `runs`.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { Deflate, inflateSync } from 'fflate';
import { SaxesParser } from 'saxes';
import { writeLargeMembersWorkbook } from '../scripts/samples/large';
import { zlibCodec } from '../src/cli/zlib-codec';
import { XlsxPackage } from '../src/xlsx';
import { SheetReader } from '../src/xlsx/scan';

export interface PartsRow {
  step: string;
  how: string;
  ms: number;
  note: string;
}

function best(runs: number, fn: () => unknown): number {
  let min = Infinity;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    min = Math.min(min, performance.now() - t0);
  }
  return Math.round(min);
}

async function bestAsync(runs: number, fn: () => Promise<unknown>): Promise<number> {
  let min = Infinity;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    min = Math.min(min, performance.now() - t0);
  }
  return Math.round(min);
}

export async function benchParts(rows = 200_000, runs = 2): Promise<PartsRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'thidua-parts-'));
  const file = join(dir, 'members.xlsx');
  await writeLargeMembersWorkbook(file, rows, 7);
  const pkg = XlsxPackage.open(readFileSync(file));
  rmSync(dir, { recursive: true, force: true });
  const info = pkg.worksheets[0]!;
  const raw = pkg.zip.raw(pkg.zip.get(info.part)!);
  const xml = inflateRawSync(raw);
  const mb = Math.round(xml.length / 1048576);
  const out: PartsRow[] = [];

  const scanner = best(runs, () => {
    const r = new SheetReader({ part: info.part, sharedStrings: () => [], styles: pkg.cellStyles(), date1904: false });
    for (let i = 0; i < xml.length; i += 1 << 18) r.push(new Uint8Array(xml.buffer, xml.byteOffset + i, Math.min(1 << 18, xml.length - i)));
    r.end();
  });
  const text = new TextDecoder().decode(xml);
  const sax = best(runs, () => {
    const p = new SaxesParser({ xmlns: true });
    let cells = 0;
    p.on('opentag', (t) => {
      if (t.local === 'c') cells++;
    });
    p.on('text', () => {});
    for (let i = 0; i < text.length; i += 1 << 20) p.write(text.slice(i, i + (1 << 20)));
    p.close();
    return cells;
  });
  out.push({ step: `read the sheet (${mb} MB)`, how: 'thidua scanner → model', ms: scanner, note: 'every cell typed, dates, formats' });
  out.push({
    step: `read the sheet (${mb} MB)`,
    how: 'saxes (xmlns) tokens only',
    ms: sax,
    note: 'no model built; text decoded beforehand',
  });

  out.push({ step: 'inflate the sheet', how: 'fflate', ms: best(runs, () => inflateSync(raw)), note: '' });
  out.push({ step: 'inflate the sheet', how: 'node:zlib', ms: best(runs, () => inflateRawSync(raw)), note: '' });
  out.push({
    step: 'deflate the sheet',
    how: 'fflate, level 6',
    ms: best(1, () => {
      const d = new Deflate({ level: 6 }, () => {});
      d.push(xml, true);
    }),
    note: '',
  });
  out.push({
    step: 'deflate the sheet',
    how: 'node:zlib, level 6',
    ms: best(runs, () => deflateRawSync(xml, { level: 6 })),
    note: `${(deflateRawSync(xml, { level: 6 }).length / 1048576).toFixed(1)} MB`,
  });
  for (const level of [6, 4]) {
    let size = 0;
    const ms = await bestAsync(runs, async () => {
      const d = zlibCodec.deflater(level);
      for (let i = 0; i < xml.length; i += 1 << 18) await d.write(xml.subarray(i, i + (1 << 18)));
      size = (await d.end()).reduce((n, c) => n + c.length, 0);
    });
    out.push({
      step: 'deflate the sheet',
      how: `thidua's zlib codec, level ${level} (4 MB segments in parallel)`,
      ms,
      note: `${(size / 1048576).toFixed(1)} MB`,
    });
  }
  return out;
}

if (process.argv[1]?.endsWith('xlsx-parts.ts')) benchParts(Number(process.argv[2] ?? 200_000)).then((r) => console.table(r));
