/**
 * What the bytes of a file say before exceljs sees them, without Node APIs (the task pane
 * reads subordinate units' files in the browser): an old .xls or a password-protected
 * workbook (OLE compound files), something that is not a zip, a zip without a workbook, a
 * zip that would unpack beyond a limit. Each answer is the command line's sentence for it
 * (`messages(lang).cli`), so the pane and `thidua consolidate` skip a file with the same words.
 * The command line's own reader (`src/cli/open-workbook.ts`) makes the same checks on a Buffer.
 */
import type { Lang } from '../engine/findings';
import { messages } from '../engine/i18n';

export interface ZipDirectory {
  entries: string[];
  unpackedBytes: number;
}

const view = (b: Uint8Array) => new DataView(b.buffer, b.byteOffset, b.byteLength);

/** Reads the zip's central directory (no decompression) to list entries and their sizes; null when it is broken. */
export function zipDirectory(bytes: Uint8Array): ZipDirectory | null {
  const dv = view(bytes);
  const n = bytes.length;
  const min = Math.max(0, n - 65557);
  let eocd = -1;
  for (let i = n - 22; i >= min; i--) {
    if (dv.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const count = dv.getUint16(eocd + 10, true);
  let off = dv.getUint32(eocd + 16, true);
  const entries: string[] = [];
  let unpackedBytes = 0;
  const utf8 = new TextDecoder();
  for (let i = 0; i < count; i++) {
    if (off + 46 > n || dv.getUint32(off, true) !== 0x02014b50) return null;
    let size = dv.getUint32(off + 24, true);
    const nameLen = dv.getUint16(off + 28, true);
    const extraLen = dv.getUint16(off + 30, true);
    const commentLen = dv.getUint16(off + 32, true);
    if (off + 46 + nameLen > n) return null;
    if (size === 0xffffffff) {
      const real = zip64Size(dv, off + 46 + nameLen, extraLen);
      if (real === null) return null;
      size = real;
    }
    unpackedBytes += size;
    entries.push(utf8.decode(bytes.subarray(off + 46, off + 46 + nameLen)));
    off += 46 + nameLen + extraLen + commentLen;
  }
  return { entries, unpackedBytes };
}

/** The uncompressed size in a ZIP64 extended-information extra field (id 1), if there is one. */
function zip64Size(dv: DataView, start: number, length: number): number | null {
  const end = Math.min(dv.byteLength, start + length);
  for (let p = start; p + 4 <= end;) {
    const id = dv.getUint16(p, true);
    const len = dv.getUint16(p + 2, true);
    if (id === 0x0001 && len >= 8 && p + 12 <= end) return Number(dv.getBigUint64(p + 4, true));
    p += 4 + len;
  }
  return null;
}

/** "EncryptedPackage" in UTF-16LE: the stream an encrypted .xlsx keeps its package in. */
const ENCRYPTED_MARK = Array.from('EncryptedPackage').flatMap((ch) => [ch.charCodeAt(0), 0]);

function includes(bytes: Uint8Array, needle: number[]): boolean {
  const first = needle[0]!;
  for (let i = bytes.indexOf(first); i >= 0 && i + needle.length <= bytes.length; i = bytes.indexOf(first, i + 1)) {
    let k = 1;
    while (k < needle.length && bytes[i + k] === needle[k]) k++;
    if (k === needle.length) return true;
  }
  return false;
}

/**
 * Why these bytes cannot be opened as an .xlsx (one sentence naming the file), or null when
 * they look like one that unpacks within `maxUnzippedMb`.
 */
export function xlsxProblem(bytes: Uint8Array, name: string, lang: Lang, maxUnzippedMb: number): string | null {
  const m = messages(lang).cli;
  const dv = view(bytes);
  if (bytes.length >= 8 && dv.getUint32(0, false) === 0xd0cf11e0)
    return includes(bytes, ENCRYPTED_MARK) ? m.encrypted(name) : m.oldXls(name);
  if (bytes.length < 4 || dv.getUint32(0, true) !== 0x04034b50) return m.notXlsx(name);
  const dir = zipDirectory(bytes);
  if (!dir) return m.corrupt(name, lang === 'en' ? 'the zip structure is incomplete' : 'cấu trúc nén không đầy đủ');
  if (!dir.entries.includes('xl/workbook.xml')) return m.notXlsx(name);
  const mb = Math.round(dir.unpackedBytes / 1048576);
  if (mb > maxUnzippedMb) return m.tooLarge(name, mb, maxUnzippedMb);
  return null;
}

/** What exceljs throws on a damaged package, said as the command line says it. */
export function loadFailure(e: unknown, name: string, lang: Lang): string {
  const m = messages(lang).cli;
  const malformed = lang === 'en' ? 'its parts are not valid spreadsheet XML' : 'các phần bên trong không đúng cấu trúc bảng tính';
  const cause = e instanceof TypeError || e instanceof RangeError ? malformed : shortCause(e);
  return m.corrupt(name, cause);
}

/** The first line of an error, without file paths or stack frames. */
export function shortCause(e: unknown): string {
  const s = e instanceof Error ? e.message : String(e);
  return s
    .split('\n')[0]!
    .replace(/\s+at\s.*$/, '')
    .slice(0, 160);
}
