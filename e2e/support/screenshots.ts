import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';

/** The pixels of a PNG as RGBA bytes, row after row. */
interface Pixels {
  width: number;
  height: number;
  rgba: Uint8Array;
}

/** Channels per pixel of the colour types Chromium writes: RGB (2) and RGBA (6). */
const CHANNELS: Record<number, number> = { 2: 3, 6: 4 };

/** The Paeth predictor of PNG filter type 4. */
function paeth(left: number, up: number, upLeft: number): number {
  const estimate = left + up - upLeft;
  const [toLeft, toUp, toUpLeft] = [left, up, upLeft].map((value) => Math.abs(estimate - value));
  if (toLeft! <= toUp! && toLeft! <= toUpLeft!) return left;
  return toUp! <= toUpLeft! ? up : upLeft;
}

/**
 * Decodes an 8-bit, non-interlaced RGB or RGBA PNG, which is what Chromium's screenshots are;
 * `undefined` for any other kind, which the caller then compares byte for byte.
 */
export function decodePng(png: Buffer): Pixels | undefined {
  if (png.toString('latin1', 1, 4) !== 'PNG') return undefined;
  const idat: Buffer[] = [];
  let header: Buffer | undefined;
  for (let offset = 8; offset < png.length;) {
    const length = png.readUInt32BE(offset);
    const type = png.toString('latin1', offset + 4, offset + 8);
    const data = png.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') header = data;
    if (type === 'IDAT') idat.push(data);
    offset += length + 12;
  }
  if (!header) return undefined;
  const width = header.readUInt32BE(0);
  const height = header.readUInt32BE(4);
  const channels = CHANNELS[header[9]!];
  if (header[8] !== 8 || header[12] !== 0 || !channels) return undefined;

  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const rows = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let x = 0; x < stride; x++) {
      const left = x >= channels ? rows[y * stride + x - channels]! : 0;
      const up = y > 0 ? rows[(y - 1) * stride + x]! : 0;
      const upLeft = x >= channels && y > 0 ? rows[(y - 1) * stride + x - channels]! : 0;
      const predicted = [0, left, up, (left + up) >> 1, paeth(left, up, upLeft)][filter] ?? 0;
      rows[y * stride + x] = (line[x]! + predicted) & 0xff;
    }
  }

  const rgba = new Uint8Array(width * height * 4);
  for (let pixel = 0; pixel < width * height; pixel++) {
    for (let channel = 0; channel < 4; channel++) {
      // RGB without alpha is opaque.
      rgba[pixel * 4 + channel] = channel < channels ? rows[pixel * channels + channel]! : 255;
    }
  }
  return { width, height, rgba };
}

/**
 * The share of pixels (0 to 1) whose colour differs by more than `tolerance` in any channel;
 * 1 when the images differ in size or cannot be decoded and their bytes differ.
 */
export function pixelDifference(before: Buffer, after: Buffer, tolerance = 8): number {
  const [a, b] = [decodePng(before), decodePng(after)];
  if (!a || !b) return before.equals(after) ? 0 : 1;
  if (a.width !== b.width || a.height !== b.height) return 1;
  let changed = 0;
  for (let pixel = 0; pixel < a.width * a.height; pixel++) {
    for (let channel = 0; channel < 4; channel++) {
      const index = pixel * 4 + channel;
      if (Math.abs(a.rgba[index]! - b.rgba[index]!) > tolerance) {
        changed++;
        break;
      }
    }
  }
  return changed / (a.width * a.height);
}

/**
 * Writes a screenshot for the documentation only when it shows something new: when fewer than
 * `threshold` of its pixels differ from the file's (anti-aliasing, encoder details), the file
 * stays as it is, so running the tests leaves the working tree clean. Returns whether it wrote.
 */
export function saveScreenshot(file: string, png: Buffer, threshold = 0.001): boolean {
  if (existsSync(file) && pixelDifference(readFileSync(file), png) < threshold) return false;
  writeFileSync(file, png);
  return true;
}
