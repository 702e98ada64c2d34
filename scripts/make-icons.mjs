#!/usr/bin/env node
// Generates the add-in icons assets/icon-{16,32,64,80,128}.png: an Excel-green rounded square
// with a white check mark, anti-aliased by 4×4 supersampling. Uses only node:zlib (own PNG
// encoder), so `npm run icons` regenerates them anywhere. The output is deterministic.
import { deflateSync } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SIZES = [16, 32, 64, 80, 128];
const GREEN = [0x10, 0x7c, 0x41]; // Excel green #107C41
const WHITE = [0xff, 0xff, 0xff];
const SS = 4; // supersamples per axis

// ---- PNG encoder (RGBA, 8 bit, no interlace) ----
const CRC_TABLE = new Uint32Array(256).map((_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}
/** @param {number} w @param {number} h @param {Uint8Array} rgba w*h*4 bytes */
export function encodePng(w, h, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr.set([8, 6, 0, 0, 0], 8); // bit depth 8, colour type 6 (RGBA), deflate, filter 0, no interlace
  const raw = Buffer.alloc(h * (w * 4 + 1));
  for (let y = 0; y < h; y++) {
    raw[y * (w * 4 + 1)] = 0; // filter: none
    raw.set(rgba.subarray(y * w * 4, (y + 1) * w * 4), y * (w * 4 + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// ---- drawing, in unit coordinates (0..1) ----
function inRoundedSquare(x, y, margin, r) {
  const lo = margin + r,
    hi = 1 - margin - r;
  const dx = Math.max(lo - x, 0, x - hi),
    dy = Math.max(lo - y, 0, y - hi);
  return x >= margin && x <= 1 - margin && y >= margin && y <= 1 - margin && dx * dx + dy * dy <= r * r;
}
function distToSegment(px, py, [ax, ay], [bx, by]) {
  const vx = bx - ax,
    vy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * vx + (py - ay) * vy) / (vx * vx + vy * vy)));
  return Math.hypot(px - (ax + t * vx), py - (ay + t * vy));
}
const CHECK = [
  [0.27, 0.53],
  [0.43, 0.69],
  [0.74, 0.35],
];

function drawIcon(size) {
  const margin = size <= 16 ? 0.03 : 0.06;
  const stroke = size <= 16 ? 0.16 : size <= 32 ? 0.13 : 0.11; // thicker on small icons
  const rgba = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let bg = 0,
        fg = 0;
      for (let sy = 0; sy < SS; sy++) {
        for (let sx = 0; sx < SS; sx++) {
          const ux = (x + (sx + 0.5) / SS) / size,
            uy = (y + (sy + 0.5) / SS) / size;
          if (!inRoundedSquare(ux, uy, margin, 0.2)) continue;
          bg++;
          const d = Math.min(distToSegment(ux, uy, CHECK[0], CHECK[1]), distToSegment(ux, uy, CHECK[1], CHECK[2]));
          if (d <= stroke / 2) fg++;
        }
      }
      const i = (y * size + x) * 4;
      if (bg === 0) continue; // transparent
      const f = fg / bg;
      for (let c = 0; c < 3; c++) rgba[i + c] = Math.round(GREEN[c] * (1 - f) + WHITE[c] * f);
      rgba[i + 3] = Math.round((255 * bg) / (SS * SS));
    }
  }
  return encodePng(size, size, rgba);
}

const outDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'assets');
mkdirSync(outDir, { recursive: true });
for (const size of SIZES) {
  const file = join(outDir, `icon-${size}.png`);
  writeFileSync(file, drawIcon(size));
  console.log(`wrote ${file}`);
}
