/**
 * One measured run of `bench/cli.ts`, in a fresh process (bundled with esbuild, so what runs
 * is what the command line ships): prints `{ ms, maxRssMb }` as JSON on its last line.
 *
 *   thidua <input> <dir>   thidua check --out --report, in-process (read, check, flagged copy, summary)
 *   exceljs <input> <dir>  exceljs reads the file and writes it back (buffer in, buffer out)
 *   scan <input>           unzip every part (zlib) and walk every cell element of its text
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { main } from '../src/cli/main';

/** Every zip entry inflated whole, decoded as text, every `<c …>` cell element found with its end. */
export function unzipAndScan(buf: Buffer): { parts: number; cells: number } {
  let eocd = buf.length - 22;
  while (buf.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  const count = buf.readUInt16LE(eocd + 10);
  let off = buf.readUInt32LE(eocd + 16);
  const text = new TextDecoder();
  let cells = 0;
  for (let i = 0; i < count; i++) {
    const method = buf.readUInt16LE(off + 10);
    const packed = buf.readUInt32LE(off + 20);
    const nameLen = buf.readUInt16LE(off + 28);
    const at = buf.readUInt32LE(off + 42);
    const start = at + 30 + buf.readUInt16LE(at + 26) + buf.readUInt16LE(at + 28);
    const raw = buf.subarray(start, start + packed);
    const xml = text.decode(method === 8 ? inflateRawSync(raw) : raw);
    for (let p = xml.indexOf('<c '); p >= 0; p = xml.indexOf('<c ', p + 3)) {
      const gt = xml.indexOf('>', p);
      const end = xml[gt - 1] === '/' ? gt : xml.indexOf('</c>', gt);
      if (end > 0) cells++;
      p = end;
    }
    off += 46 + nameLen + buf.readUInt16LE(off + 30) + buf.readUInt16LE(off + 32);
  }
  return { parts: count, cells };
}

async function run(): Promise<void> {
  const [mode, input, dir] = process.argv.slice(2) as [string, string, string];
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  let extra: Record<string, unknown> = {};
  if (mode === 'thidua') {
    const io = { stdout: () => {}, stderr: () => {}, isTTY: false };
    const code = await main(
      ['check', input, '--plan', 'hung-yen-cdn-gd-2021', '--out', join(dir, 'thidua.xlsx'), '--report', join(dir, 'thidua.json')],
      io,
    );
    if (code === 2) throw new Error('thidua refused the workbook');
  } else if (mode === 'exceljs') {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(input) as unknown as ArrayBuffer);
    writeFileSync(join(dir, 'exceljs.xlsx'), Buffer.from(await wb.xlsx.writeBuffer()));
  } else if (mode === 'scan') {
    extra = unzipAndScan(readFileSync(input));
  } else throw new Error(`unknown mode ${mode}`);
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  console.log(
    JSON.stringify({
      ms: Math.round(ms),
      cpuMs: Math.round((cpu.user + cpu.system) / 1000),
      maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
      ...extra,
    }),
  );
}

run().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
