/**
 * Opens an .xlsx file for the command line, turning every way a file can be wrong into
 * one sentence for the user: missing, not a zip, an old .xls, password-protected,
 * damaged, a zip bomb, no sheets.
 */
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import ExcelJS from 'exceljs';
import { messages } from '../engine/i18n';
import type { Lang } from '../engine/findings';

export class InputError extends Error {}

/** Unpacked size above which a file is refused (a 1M-row member list unpacks to ~250 MB). */
export const MAX_UNZIPPED_MB = Number(process.env.THIDUA_MAX_UNZIPPED_MB ?? 1024);

interface ZipInfo {
  entries: string[];
  unpackedBytes: number;
}

/** Reads the zip's central directory (no decompression) to list entries and their sizes. */
export function zipDirectory(buf: Buffer): ZipInfo | null {
  const min = Math.max(0, buf.length - 65557);
  let eocd = -1;
  for (let i = buf.length - 22; i >= min; i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const count = buf.readUInt16LE(eocd + 10);
  let off = buf.readUInt32LE(eocd + 16);
  const entries: string[] = [];
  let unpackedBytes = 0;
  for (let i = 0; i < count; i++) {
    if (off + 46 > buf.length || buf.readUInt32LE(off) !== 0x02014b50) return null;
    let size = buf.readUInt32LE(off + 24);
    const nameLen = buf.readUInt16LE(off + 28);
    const extraLen = buf.readUInt16LE(off + 30);
    const commentLen = buf.readUInt16LE(off + 32);
    if (size === 0xffffffff) {
      // ZIP64: the true size is in the entry's extended-information field (some tools
      // write it even for small files). Without that field the directory is broken.
      const real = zip64Size(buf, off + 46 + nameLen, extraLen);
      if (real === null) return null;
      size = real;
    }
    unpackedBytes += size;
    entries.push(buf.toString('utf8', off + 46, off + 46 + nameLen));
    off += 46 + nameLen + extraLen + commentLen;
  }
  return { entries, unpackedBytes };
}

/** The uncompressed size in a ZIP64 extended-information extra field (id 1), if there is one. */
function zip64Size(buf: Buffer, start: number, length: number): number | null {
  const end = Math.min(buf.length, start + length);
  for (let p = start; p + 4 <= end; ) {
    const id = buf.readUInt16LE(p);
    const len = buf.readUInt16LE(p + 2);
    if (id === 0x0001 && len >= 8 && p + 12 <= end) return Number(buf.readBigUInt64LE(p + 4));
    p += 4 + len;
  }
  return null;
}

export async function openWorkbook(path: string, lang: Lang): Promise<{ wb: ExcelJS.Workbook; name: string }> {
  const m = messages(lang).cli;
  const name = basename(path);
  try {
    const s = await stat(path);
    if (!s.isFile()) throw new InputError(m.fileMissing(path));
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(m.fileMissing(path));
  }
  const buf = await readFile(path);
  if (buf.length >= 8 && buf.readUInt32BE(0) === 0xd0cf11e0) {
    // An OLE compound file: an encrypted .xlsx keeps its package in "EncryptedPackage".
    const marker = Buffer.from('EncryptedPackage', 'utf16le');
    throw new InputError(buf.includes(marker) ? m.encrypted(name) : m.oldXls(name));
  }
  if (buf.length < 4 || buf.readUInt32LE(0) !== 0x04034b50) throw new InputError(m.notXlsx(name));
  const dir = zipDirectory(buf);
  if (!dir) throw new InputError(m.corrupt(name, lang === 'en' ? 'the zip structure is incomplete' : 'cấu trúc nén không đầy đủ'));
  if (!dir.entries.includes('xl/workbook.xml')) throw new InputError(m.notXlsx(name));
  const mb = Math.round(dir.unpackedBytes / 1048576);
  if (mb > MAX_UNZIPPED_MB) throw new InputError(m.tooLarge(name, mb, MAX_UNZIPPED_MB));
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(buf as unknown as ArrayBuffer);
  } catch (e) {
    // exceljs meets malformed parts as TypeErrors ("Cannot read properties of undefined"):
    // say what that means rather than quote it.
    const malformed = lang === 'en' ? 'its parts are not valid spreadsheet XML' : 'các phần bên trong không đúng cấu trúc bảng tính';
    const cause = e instanceof TypeError || e instanceof RangeError ? malformed : shortCause(e);
    throw new InputError(m.corrupt(name, cause));
  }
  if (wb.worksheets.length === 0) throw new InputError(m.emptyWorkbook(name));
  return { wb, name };
}

/** The first line of an error, without file paths or stack frames. */
export function shortCause(e: unknown): string {
  const s = e instanceof Error ? e.message : String(e);
  return s.split('\n')[0]!.replace(/\s+at\s.*$/, '').slice(0, 160);
}
