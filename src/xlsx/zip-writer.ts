/**
 * Writes a zip: entries copied from another archive exactly as they are stored (local
 * header, compressed data, data descriptor and central record byte for byte, only the
 * offset moved), and new entries deflated here. New entries carry the date Excel gives its
 * own (1980-01-01), so the same input always gives the same bytes.
 *
 * Hand-written: no maintained zip library copies a compressed entry without inflating it
 * (fflate's Zip deflates or stores what it is given).
 */
import type { Codec } from './codec';
import { XlsxError } from './errors';
import type { ZipArchive, ZipEntry } from './zip';

const utf8 = new TextEncoder();

export class ZipWriter {
  private readonly chunks: Uint8Array[] = [];
  private readonly centrals: Uint8Array[] = [];
  private offset = 0;
  private count = 0;

  constructor(private readonly codec: Codec) {}

  private push(b: Uint8Array): void {
    this.chunks.push(b);
    this.offset += b.length;
  }

  private checkOffset(): void {
    if (this.offset >= 0xffffffff) throw new XlsxError('too-large', { detail: 'the written zip would need ZIP64 offsets' });
  }

  /** Copies an entry of `from` as it is stored. */
  copy(from: ZipArchive, e: ZipEntry): void {
    this.checkOffset();
    const at = this.offset;
    this.push(from.localRecord(e));
    // A copy (`new Uint8Array`, not `slice`: on a Node Buffer slice is a view, and the input must never change).
    const central = new Uint8Array(e.central);
    const dv = new DataView(central.buffer, central.byteOffset, central.byteLength);
    if (e.offsetField.wide) dv.setBigUint64(e.offsetField.at, BigInt(at), true);
    else dv.setUint32(42, at, true);
    this.centrals.push(central);
    this.count++;
  }

  /** A new entry from its data (deflated at `level`, stored when empty). */
  add(name: string, data: Uint8Array, level = 6): void {
    const packed = data.length ? this.codec.deflateSync(data, level) : data;
    this.addPacked(name, [packed], packed.length, data.length, this.codec.crc32(data), data.length ? 8 : 0);
  }

  /** A new entry already deflated (a sheet rewritten in a stream). */
  addPacked(name: string, packed: Uint8Array[], compressedSize: number, size: number, crc: number, method = 8): void {
    this.checkOffset();
    if (compressedSize >= 0xffffffff || size >= 0xffffffff) throw new XlsxError('too-large', { detail: `${name} would need ZIP64 sizes` });
    const nameBytes = utf8.encode(name);
    const at = this.offset;
    const local = new Uint8Array(30 + nameBytes.length);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, 0x04034b50, true);
    lv.setUint16(4, 20, true);
    lv.setUint16(6, 0x0800, true); // UTF-8 names
    lv.setUint16(8, method, true);
    lv.setUint16(10, 0, true); // 00:00
    lv.setUint16(12, 0x21, true); // 1980-01-01
    lv.setUint32(14, crc >>> 0, true);
    lv.setUint32(18, compressedSize, true);
    lv.setUint32(22, size, true);
    lv.setUint16(26, nameBytes.length, true);
    local.set(nameBytes, 30);
    this.push(local);
    for (const p of packed) this.push(p);
    const central = new Uint8Array(46 + nameBytes.length);
    const cv = new DataView(central.buffer);
    cv.setUint32(0, 0x02014b50, true);
    cv.setUint16(4, 20, true);
    cv.setUint16(6, 20, true);
    cv.setUint16(8, 0x0800, true);
    cv.setUint16(10, method, true);
    cv.setUint16(12, 0, true);
    cv.setUint16(14, 0x21, true);
    cv.setUint32(16, crc >>> 0, true);
    cv.setUint32(20, compressedSize, true);
    cv.setUint32(24, size, true);
    cv.setUint16(28, nameBytes.length, true);
    cv.setUint32(42, at, true);
    central.set(nameBytes, 46);
    this.centrals.push(central);
    this.count++;
  }

  finish(): Uint8Array {
    this.checkOffset();
    if (this.count > 0xfffe) throw new XlsxError('too-large', { detail: 'more zip entries than a classic directory holds' });
    const dirAt = this.offset;
    for (const c of this.centrals) this.push(c);
    const dirSize = this.offset - dirAt;
    const end = new Uint8Array(22);
    const ev = new DataView(end.buffer);
    ev.setUint32(0, 0x06054b50, true);
    ev.setUint16(8, this.count, true);
    ev.setUint16(10, this.count, true);
    ev.setUint32(12, dirSize, true);
    ev.setUint32(16, dirAt, true);
    this.push(end);
    const out = new Uint8Array(this.offset);
    let p = 0;
    for (const c of this.chunks) {
      out.set(c, p);
      p += c.length;
    }
    return out;
  }
}
