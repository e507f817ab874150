// Draws the app icon (the house of public/icon.svg) as PNGs for the web manifest.
// Run once: node --import tsx scripts/make-icons.ts. Plain zlib, no image library.
import { deflateSync } from "node:zlib";
import { writeFileSync } from "node:fs";

const GREEN = [0x1f, 0x6f, 0x5c];
const CREAM = [0xf6, 0xf4, 0xef];
const GOLD = [0xe0, 0xa5, 0x26];

function inHouse(x: number, y: number): boolean {
  // coordinates on the 512 grid of icon.svg
  if (y >= 96 && y <= 224) return Math.abs(x - 256) <= ((y - 96) * 160) / 128;
  if (y > 224 && y <= 416 && x >= 144 && x <= 368) return !(y > 312 && x > 240 && x < 272);
  return false;
}

function crc32(buf: Buffer): number {
  let c = ~0;
  for (const b of buf) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return ~c >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function png(size: number): Buffer {
  const rows: Buffer[] = [];
  for (let py = 0; py < size; py++) {
    const row = Buffer.alloc(1 + size * 3);
    for (let px = 0; px < size; px++) {
      const x = (px + 0.5) * (512 / size);
      const y = (py + 0.5) * (512 / size);
      const color = Math.hypot(x - 256, y - 236) <= 28 ? GOLD : inHouse(x, y) ? CREAM : GREEN;
      row.set(color, 1 + px * 3);
    }
    rows.push(row);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // truecolour RGB
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk("IHDR", ihdr), chunk("IDAT", deflateSync(Buffer.concat(rows))), chunk("IEND", Buffer.alloc(0))]);
}

for (const size of [192, 512]) writeFileSync(`public/icon-${size}.png`, png(size));
