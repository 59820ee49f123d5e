// Writes test images for the benchmark's photo corpus: valid RGB PNGs drawn from a seed (a gradient with fine noise,
// so every copy the generator makes has texture to encode, as a photo has), with nothing but node's own zlib. They are
// not photos of anything, and the same seed always gives the same bytes.
import { deflateSync } from 'node:zlib';

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A width × height RGB PNG; <random> gives numbers in [0, 1) and decides the colours and the noise. */
export function testPng(width, height, random) {
  const [r0, g0, b0] = [random() * 160, random() * 160, random() * 160];
  const rows = Buffer.alloc((width * 3 + 1) * height);
  let at = 0;
  for (let y = 0; y < height; y++) {
    rows[at++] = 0; // filter: none
    for (let x = 0; x < width; x++) {
      const noise = random() * 24 - 12;
      rows[at++] = clamp(r0 + (x / width) * 90 + noise);
      rows[at++] = clamp(g0 + (y / height) * 90 + noise);
      rows[at++] = clamp(b0 + ((x + y) / (width + height)) * 90 - noise);
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bits per channel
  header[9] = 2; // RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 6 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function clamp(value) {
  return Math.max(0, Math.min(255, Math.round(value)));
}
