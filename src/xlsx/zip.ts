/**
 * The zip container of an OOXML package, read through its central directory without
 * inflating anything first: what the bytes really are (an old .xls or an encrypted file
 * is an OLE compound file, an .ods carries its `mimetype`), the entries and their sizes
 * (ZIP64 included), and the zip-bomb guard — the sum of declared sizes against a limit, and
 * every entry inflated no further than its declared size.
 *
 * Hand-written (fflate reads zips, but only by inflating everything, and cannot hand back
 * an entry's compressed bytes for the flagged copy to keep as they are).
 */
import type { Codec } from './codec';
import { InflateLimitError } from './codec';
import { damaged, XlsxError, causeOf } from './errors';

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  flags: number;
  crc: number;
  compressedSize: number;
  size: number;
  localOffset: number;
  /** The entry's central directory record, as it is in the file (copied into the flagged copy). */
  central: Uint8Array;
  /** Where the 32-bit local-offset field of `central` is, or the 64-bit one in its ZIP64 field. */
  offsetField: { at: number; wide: boolean };
}

const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_EOCD = 0x06054b50;
const SIG_EOCD64 = 0x06064b50;
const SIG_EOCD64_LOCATOR = 0x07064b50;
const OLE_MAGIC = 0xd0cf11e0;

const view = (b: Uint8Array) => new DataView(b.buffer, b.byteOffset, b.byteLength);

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

const utf8 = new TextDecoder();

export class ZipArchive {
  readonly entries: ZipEntry[];
  private readonly byName = new Map<string, ZipEntry>();

  private constructor(
    readonly bytes: Uint8Array,
    entries: ZipEntry[],
  ) {
    this.entries = entries;
    // OPC part names compare without regard to case.
    for (const e of entries) if (!this.byName.has(e.name.toLowerCase())) this.byName.set(e.name.toLowerCase(), e);
  }

  /**
   * Opens the container: refuses what is not a zip (naming an OLE file as an old .xls or an
   * encrypted file), a broken directory, and a package declaring more than `maxUnzippedBytes`.
   */
  static open(bytes: Uint8Array, maxUnzippedBytes: number): ZipArchive {
    const dv = view(bytes);
    if (bytes.length >= 8 && dv.getUint32(0, false) === OLE_MAGIC)
      throw new XlsxError(includes(bytes, ENCRYPTED_MARK) ? 'encrypted' : 'old-xls');
    if (bytes.length < 4 || (dv.getUint32(0, true) !== SIG_LOCAL && dv.getUint32(0, true) !== SIG_EOCD)) throw new XlsxError('not-zip');
    const entries = readDirectory(bytes);
    let unpacked = 0;
    for (const e of entries) unpacked += e.size;
    // Said in whole MB, and refused only when the rounded figure is above the limit's.
    const mb = Math.round(unpacked / 1048576);
    const limitMb = Math.round(maxUnzippedBytes / 1048576);
    if (mb > limitMb) throw new XlsxError('too-large', { mb, limitMb });
    return new ZipArchive(bytes, entries);
  }

  get(name: string): ZipEntry | undefined {
    return this.byName.get(name.replace(/^\//, '').toLowerCase());
  }

  /** Total declared unpacked size. */
  get unpackedBytes(): number {
    return this.entries.reduce((n, e) => n + e.size, 0);
  }

  /** The entry's compressed bytes as stored (after its local header). */
  raw(e: ZipEntry): Uint8Array {
    const dv = view(this.bytes);
    const at = e.localOffset;
    if (at + 30 > this.bytes.length || dv.getUint32(at, true) !== SIG_LOCAL) throw damaged('zip', e.name, `no local header at ${at}`);
    const start = at + 30 + dv.getUint16(at + 26, true) + dv.getUint16(at + 28, true);
    const end = start + e.compressedSize;
    if (end > this.bytes.length) throw damaged('zip', e.name, 'entry data runs past the end of the file');
    return this.bytes.subarray(start, end);
  }

  /** The whole local record (header, data, data descriptor) as stored, for copying it as it is. */
  localRecord(e: ZipEntry): Uint8Array {
    const data = this.raw(e);
    let end = data.byteOffset - this.bytes.byteOffset + data.length;
    if (e.flags & 0x08) {
      // A data descriptor follows: optional signature, CRC, then 4- or 8-byte sizes.
      const dv = view(this.bytes);
      let p = end;
      if (p + 4 <= this.bytes.length && dv.getUint32(p, true) === 0x08074b50) p += 4;
      const wide = e.compressedSize >= 0xffffffff || e.size >= 0xffffffff || this.hasZip64Local(e);
      p += 4 + (wide ? 16 : 8);
      end = Math.min(p, this.bytes.length);
    }
    return this.bytes.subarray(e.localOffset, end);
  }

  private hasZip64Local(e: ZipEntry): boolean {
    const dv = view(this.bytes);
    const nameLen = dv.getUint16(e.localOffset + 26, true);
    const extraLen = dv.getUint16(e.localOffset + 28, true);
    const start = e.localOffset + 30 + nameLen;
    for (let p = start; p + 4 <= start + extraLen; p += 4 + dv.getUint16(p + 2, true)) if (dv.getUint16(p, true) === 1) return true;
    return false;
  }

  /** The entry's data, whole (small parts: workbook, relationships, styles, shared strings). */
  read(e: ZipEntry, codec: Codec): Uint8Array {
    const raw = this.raw(e);
    if (e.method === 0) return raw.length > e.size ? raw.subarray(0, e.size) : raw;
    try {
      return codec.inflateSync(raw, e.size);
    } catch (err) {
      throw inflateError(err, e);
    }
  }

  /** The entry's data chunk by chunk, never more than it declares. */
  async *stream(e: ZipEntry, codec: Codec): AsyncIterable<Uint8Array> {
    const raw = this.raw(e);
    if (e.method === 0) {
      const data = raw.length > e.size ? raw.subarray(0, e.size) : raw;
      for (let i = 0; i < data.length; i += 1 << 20) yield data.subarray(i, i + (1 << 20));
      return;
    }
    try {
      for await (const chunk of codec.inflate(raw, e.size)) yield chunk;
    } catch (err) {
      throw inflateError(err, e);
    }
  }
}

function inflateError(err: unknown, e: ZipEntry): XlsxError {
  if (err instanceof XlsxError) return err;
  if (err instanceof InflateLimitError) return damaged('zip', e.name, causeOf(err));
  return damaged('inflate', e.name, causeOf(err));
}

function findEocd(bytes: Uint8Array): number {
  const dv = view(bytes);
  const min = Math.max(0, bytes.length - 65557);
  for (let i = bytes.length - 22; i >= min; i--) if (dv.getUint32(i, true) === SIG_EOCD) return i;
  return -1;
}

/** The central directory: every entry, its sizes (ZIP64 extended fields read), its record. */
function readDirectory(bytes: Uint8Array): ZipEntry[] {
  const dv = view(bytes);
  const n = bytes.length;
  const eocd = findEocd(bytes);
  if (eocd < 0) throw damaged('zip', undefined, 'no end of central directory');
  let count = dv.getUint16(eocd + 10, true);
  let off = dv.getUint32(eocd + 16, true);
  if (count === 0xffff || off === 0xffffffff) {
    // ZIP64 end of central directory, through its locator just before the classic record.
    const loc = eocd - 20;
    if (loc < 0 || dv.getUint32(loc, true) !== SIG_EOCD64_LOCATOR) throw damaged('zip', undefined, 'ZIP64 locator missing');
    const rec = Number(dv.getBigUint64(loc + 8, true));
    if (rec + 56 > n || dv.getUint32(rec, true) !== SIG_EOCD64) throw damaged('zip', undefined, 'ZIP64 end record missing');
    count = Number(dv.getBigUint64(rec + 32, true));
    off = Number(dv.getBigUint64(rec + 48, true));
  }
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (off + 46 > n || dv.getUint32(off, true) !== SIG_CENTRAL) throw damaged('zip', undefined, `central record ${i} missing`);
    const flags = dv.getUint16(off + 8, true);
    const method = dv.getUint16(off + 10, true);
    const crc = dv.getUint32(off + 16, true);
    let compressedSize = dv.getUint32(off + 20, true);
    let size = dv.getUint32(off + 24, true);
    const nameLen = dv.getUint16(off + 28, true);
    const extraLen = dv.getUint16(off + 30, true);
    const commentLen = dv.getUint16(off + 32, true);
    let localOffset = dv.getUint32(off + 42, true);
    const recordLen = 46 + nameLen + extraLen + commentLen;
    if (off + recordLen > n) throw damaged('zip', undefined, `central record ${i} cut off`);
    const name = utf8.decode(bytes.subarray(off + 46, off + 46 + nameLen));
    let offsetField = { at: 42, wide: false };
    if (size === 0xffffffff || compressedSize === 0xffffffff || localOffset === 0xffffffff) {
      // The ZIP64 extended-information field holds, in this order, the fields that overflowed.
      const z = zip64Field(dv, off + 46 + nameLen, extraLen);
      if (!z) throw damaged('zip', name, 'ZIP64 marker without its extended field');
      let p = z.start;
      const take = (): number | null => {
        if (p + 8 > z.end) return null;
        const v = Number(dv.getBigUint64(p, true));
        p += 8;
        return v;
      };
      if (size === 0xffffffff) size = take() ?? -1;
      if (compressedSize === 0xffffffff) compressedSize = take() ?? -1;
      if (localOffset === 0xffffffff) {
        const at = p - off;
        const v = take();
        localOffset = v ?? -1;
        offsetField = { at, wide: true };
      }
      if (size < 0 || compressedSize < 0 || localOffset < 0) throw damaged('zip', name, 'ZIP64 extended field too short');
    }
    if (flags & 0x01) throw new XlsxError('encrypted', { detail: `zip entry ${name} is encrypted` });
    if (method !== 0 && method !== 8) throw damaged('unsupported-zip', name, `compression method ${method}`);
    entries.push({
      name,
      method,
      flags,
      crc,
      compressedSize,
      size,
      localOffset,
      central: bytes.subarray(off, off + recordLen),
      offsetField,
    });
    off += recordLen;
  }
  return entries;
}

function zip64Field(dv: DataView, start: number, length: number): { start: number; end: number } | null {
  const end = Math.min(dv.byteLength, start + length);
  for (let p = start; p + 4 <= end;) {
    const id = dv.getUint16(p, true);
    const len = dv.getUint16(p + 2, true);
    if (id === 0x0001) return { start: p + 4, end: Math.min(end, p + 4 + len) };
    p += 4 + len;
  }
  return null;
}
