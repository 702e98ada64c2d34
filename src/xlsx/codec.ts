/**
 * Raw deflate and CRC-32, behind one small interface so that the same package code runs
 * in the browser (fflate, pure JavaScript) and in the command line, which hands in Node's
 * native zlib (src/cli/zlib-codec.ts): deflating a 66 MB sheet takes fflate 2.0 s at
 * level 6 and zlib 0.63 s (BENCHMARKS.md, section 6).
 *
 * Every inflation is bounded by the size the zip directory declares for the entry: an
 * entry that inflates beyond it is a lying directory (a zip bomb), refused as damaged.
 */
import { Deflate, Inflate } from 'fflate';
import { crc32 } from './crc32';

/** A streaming raw-deflate compressor: write chunks, then end for the compressed chunks. */
export interface Deflater {
  /** May return a promise: await it before the next write (back-pressure). */
  write(chunk: Uint8Array): void | Promise<void>;
  end(): Promise<Uint8Array[]>;
}

export interface Codec {
  /** Inflates a whole raw-deflate stream; throws when it inflates beyond `limit` bytes. */
  inflateSync(data: Uint8Array, limit: number): Uint8Array;
  /** Inflates chunk by chunk (bounded memory); throws when the total passes `limit`. */
  inflate(data: Uint8Array, limit: number): AsyncIterable<Uint8Array>;
  deflateSync(data: Uint8Array, level: number): Uint8Array;
  deflater(level: number): Deflater;
  crc32(data: Uint8Array, crc?: number): number;
}

export class InflateLimitError extends Error {
  constructor(limit: number) {
    super(`inflates beyond the ${limit} bytes its zip entry declares`);
    this.name = 'InflateLimitError';
  }
}

/** Input slice fed to fflate at a time: output arrives in pieces of about 4× that. */
const SLICE = 1 << 16;

function concat(chunks: Uint8Array[], total: number): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(total);
  let p = 0;
  for (const c of chunks) {
    out.set(c, p);
    p += c.length;
  }
  return out;
}

/** fflate: the browser's codec, and the default. */
export const fflateCodec: Codec = {
  inflateSync(data, limit) {
    const chunks: Uint8Array[] = [];
    let total = 0;
    const inf = new Inflate((chunk) => {
      total += chunk.length;
      if (total > limit) throw new InflateLimitError(limit);
      chunks.push(chunk);
    });
    inf.push(data, true);
    return concat(chunks, total);
  },

  async *inflate(data, limit) {
    let total = 0;
    let pending: Uint8Array[] = [];
    const inf = new Inflate((chunk) => {
      total += chunk.length;
      if (total > limit) throw new InflateLimitError(limit);
      pending.push(chunk);
    });
    if (data.length === 0) inf.push(data, true);
    for (let i = 0; i < data.length; i += SLICE) {
      inf.push(data.subarray(i, Math.min(data.length, i + SLICE)), i + SLICE >= data.length);
      if (pending.length) {
        const out = pending;
        pending = [];
        for (const c of out) yield c;
      }
    }
    for (const c of pending) yield c;
  },

  deflateSync(data, level) {
    const chunks: Uint8Array[] = [];
    let total = 0;
    const d = new Deflate({ level: level as 6 }, (chunk) => {
      chunks.push(chunk);
      total += chunk.length;
    });
    d.push(data, true);
    return concat(chunks, total);
  },

  deflater(level) {
    const chunks: Uint8Array[] = [];
    const d = new Deflate({ level: level as 6 }, (chunk) => chunks.push(chunk));
    return {
      write(chunk) {
        d.push(chunk);
      },
      async end() {
        d.push(new Uint8Array(0), true);
        return chunks;
      },
    };
  },

  crc32,
};
