/**
 * The package module's codec on Node's native zlib, for the command line: deflating the
 * rewritten sheet of a 200,000-row workbook (66 MB of XML) takes zlib 0.63 s at level 6
 * against fflate's 2.0 s (BENCHMARKS.md, section 6). Streams run in libuv's thread pool, so
 * a rewritten sheet is compressed while the next chunk is scanned.
 */
import type { TransformOptions } from 'node:stream';
import * as zlib from 'node:zlib';
import { InflateLimitError, type Codec } from '../xlsx/codec';
import { crc32 as jsCrc32 } from '../xlsx/crc32';

const CHUNK = 1 << 18;
/**
 * How far zlib may run ahead of the scanner, in bytes: inflation of the next chunks and
 * compression of the written ones go on in the thread pool while the main thread scans
 * (with the streams' default 16 KB, each side waits for the other).
 */
const AHEAD = 1 << 23;
/**
 * Segment of a rewritten part compressed on its own, and how many may be compressing at once:
 * three of libuv's four pool threads, so that the inflater reading the part always has one.
 */
const SEGMENT = 1 << 22;

const IN_FLIGHT = 3;

/** Stream options zlib hands to its Transform (not in @types/node's ZlibOptions). */
function streamOptions(o: TransformOptions): zlib.ZlibOptions {
  return o as zlib.ZlibOptions;
}

// zlib.crc32 arrived in Node 20.15; fall back to the module's own on older 20.x.
const nativeCrc = (zlib as unknown as { crc32?: (data: Uint8Array, value?: number) => number }).crc32;

export const zlibCodec: Codec = {
  inflateSync(data, limit) {
    try {
      return zlib.inflateRawSync(data, { maxOutputLength: Math.max(1, limit) });
    } catch (e) {
      if ((e as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw new InflateLimitError(limit);
      throw e;
    }
  },

  async *inflate(data, limit) {
    const stream = zlib.createInflateRaw({ chunkSize: CHUNK, ...streamOptions({ readableHighWaterMark: AHEAD }) });
    stream.end(data);
    let total = 0;
    try {
      for await (const chunk of stream as AsyncIterable<Buffer>) {
        total += chunk.length;
        if (total > limit) throw new InflateLimitError(limit);
        // A plain Uint8Array view: the scanners' hot loops stay monomorphic (Buffer is a subclass).
        yield new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
      }
    } finally {
      stream.destroy();
    }
  },

  deflateSync(data, level) {
    return zlib.deflateRawSync(data, { level });
  },

  /**
   * Compresses in segments of 4 MB, several at once in libuv's thread pool (as pigz does): every
   * segment but the last ends with a full flush (byte-aligned, no history carried over), so the
   * segments put one after the other are one valid raw-deflate stream. On two cores this halves
   * the time of the largest step of writing a big flagged copy.
   */
  deflater(level) {
    const parts: Promise<Buffer>[] = [];
    let pending: Uint8Array[] = [];
    let pendingBytes = 0;
    let settled = 0;
    const dispatch = (final: boolean) => {
      const data = Buffer.concat(pending);
      pending = [];
      pendingBytes = 0;
      const finishFlush = final ? zlib.constants.Z_FINISH : zlib.constants.Z_FULL_FLUSH;
      parts.push(
        new Promise<Buffer>((resolve, reject) =>
          zlib.deflateRaw(data, { level, finishFlush }, (err, out) => (err ? reject(err) : resolve(out))),
        ),
      );
    };
    return {
      async write(chunk) {
        pending.push(chunk);
        pendingBytes += chunk.length;
        if (pendingBytes < SEGMENT) return;
        dispatch(false);
        // At most IN_FLIGHT segments wait in the pool: memory stays bounded.
        while (parts.length - settled > IN_FLIGHT) await parts[settled++];
      },
      async end() {
        dispatch(true);
        return Promise.all(parts);
      },
    };
  },

  crc32(data, crc = 0) {
    return nativeCrc ? nativeCrc(data, crc) : jsCrc32(data, crc);
  },
};
