#!/usr/bin/env node
/**
 * Draws the add-in's icon — a small KPI tree: a goal node on top, a trunk, a branch
 * bar and three child nodes — and writes it as RGBA PNGs at every size the manifest
 * and the store ask for: 16, 32 and 80 (ribbon), 32 (IconUrl), 64 (HighResolutionIconUrl
 * and high-DPI ribbons) and 128 (listings), as assets/icon-N.png. Node built-ins only: the shapes are
 * rasterised with 4×4 supersampling for smooth edges, and the PNG is encoded by hand
 * (zlib for the compressed image data, a table CRC-32 for the chunks).
 *
 *   node scripts/make-icons.mjs [outDir]     (default: assets/ next to this script)
 *
 * The output is deterministic, so re-running it leaves the committed PNGs unchanged.
 */
import { Buffer } from 'node:buffer';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

export const SIZES = [16, 32, 64, 80, 128];

const GOAL = [0x21, 0x73, 0x46]; // Excel green: the KGI
const NODE = [0x2e, 0x75, 0xb6]; // blue: KPIs and KDIs
const LINE = [0x59, 0x59, 0x59]; // grey branches

/** Shapes in a unit square, painted in order (later on top). */
const SHAPES = [
  { kind: 'rect', x1: 0.465, y1: 0.3, x2: 0.535, y2: 0.55, color: LINE }, // trunk
  { kind: 'rect', x1: 0.16, y1: 0.515, x2: 0.84, y2: 0.585, color: LINE }, // branch bar
  ...[0.16, 0.5, 0.84].map((x) => ({
    kind: 'rect',
    x1: x - 0.035,
    y1: 0.55,
    x2: x + 0.035,
    y2: 0.72,
    color: LINE,
  })),
  { kind: 'circle', cx: 0.5, cy: 0.22, r: 0.17, color: GOAL },
  ...[0.16, 0.5, 0.84].map((cx) => ({ kind: 'circle', cx, cy: 0.79, r: 0.125, color: NODE })),
];

function inside(shape, x, y) {
  if (shape.kind === 'rect') return x >= shape.x1 && x <= shape.x2 && y >= shape.y1 && y <= shape.y2;
  return (x - shape.cx) ** 2 + (y - shape.cy) ** 2 <= shape.r ** 2;
}

/** RGBA pixels, row by row. */
export function drawIcon(size) {
  const SS = 4;
  const pixels = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < SS; sy++) {
        for (let sx = 0; sx < SS; sx++) {
          const x = (px + (sx + 0.5) / SS) / size;
          const y = (py + (sy + 0.5) / SS) / size;
          let color = null;
          for (const shape of SHAPES) if (inside(shape, x, y)) color = shape.color;
          if (color) {
            r += color[0];
            g += color[1];
            b += color[2];
            a += 1;
          }
        }
      }
      const o = (py * size + px) * 4;
      if (a > 0) {
        pixels[o] = Math.round(r / a);
        pixels[o + 1] = Math.round(g / a);
        pixels[o + 2] = Math.round(b / a);
        pixels[o + 3] = Math.round((255 * a) / (SS * SS));
      }
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A PNG of `size`×`size` RGBA pixels (8 bits a channel, no interlace, filter 0 on every row). */
export function encodePng(size, pixels) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type: RGBA
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) pixels.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function main() {
  const here = dirname(fileURLToPath(import.meta.url));
  const outDir = resolve(process.argv[2] ?? join(here, '..', 'assets'));
  mkdirSync(outDir, { recursive: true });
  for (const size of SIZES) {
    const file = join(outDir, `icon-${size}.png`);
    writeFileSync(file, encodePng(size, drawIcon(size)));
    process.stdout.write(`wrote ${file}\n`);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
