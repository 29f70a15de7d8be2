import { zlibSync } from 'fflate';
import type { Point } from '../model/primitives';

export type Rgb = readonly [number, number, number];

/**
 * A small RGB raster for drawings made in code (the sample's site plan): polygons filled by
 * scanline at pixel centres (even-odd), thick lines as quads, and PNG encoding. No fonts, no
 * anti-aliasing: flat colours, so the PNG stays small and byte-for-byte reproducible.
 */
export class Raster {
  readonly pixels: Uint8Array;

  constructor(
    readonly width: number,
    readonly height: number,
    background: Rgb,
  ) {
    this.pixels = new Uint8Array(width * height * 3);
    for (let i = 0; i < width * height; i++) this.pixels.set(background, i * 3);
  }

  /** The colour at pixel (x, y). */
  at(x: number, y: number): Rgb {
    const i = (Math.floor(y) * this.width + Math.floor(x)) * 3;
    return [this.pixels[i]!, this.pixels[i + 1]!, this.pixels[i + 2]!];
  }

  fillPolygon(pts: readonly Point[], colour: Rgb): void {
    if (pts.length < 3) return;
    const ys = pts.map((p) => p[1]);
    const y0 = Math.max(0, Math.floor(Math.min(...ys)));
    const y1 = Math.min(this.height - 1, Math.ceil(Math.max(...ys)));
    const xs: number[] = [];
    for (let y = y0; y <= y1; y++) {
      const cy = y + 0.5;
      xs.length = 0;
      for (let i = 0; i < pts.length; i++) {
        const [ax, ay] = pts[i]!;
        const [bx, by] = pts[(i + 1) % pts.length]!;
        if (ay <= cy === by <= cy) continue;
        xs.push(ax + ((cy - ay) / (by - ay)) * (bx - ax));
      }
      xs.sort((a, b) => a - b);
      for (let k = 0; k + 1 < xs.length; k += 2) {
        const from = Math.max(0, Math.ceil(xs[k]! - 0.5));
        const to = Math.min(this.width - 1, Math.floor(xs[k + 1]! - 0.5));
        for (let x = from; x <= to; x++) this.pixels.set(colour, (y * this.width + x) * 3);
      }
    }
  }

  /** A straight stroke `width` pixels wide (square ends). */
  line(a: Point, b: Point, width: number, colour: Rgb): void {
    const len = Math.hypot(b[0] - a[0], b[1] - a[1]);
    if (len === 0) return;
    const h = width / 2;
    const ux = ((b[0] - a[0]) / len) * h;
    const uy = ((b[1] - a[1]) / len) * h;
    this.fillPolygon(
      [
        [a[0] - ux + uy, a[1] - uy - ux],
        [b[0] + ux + uy, b[1] + uy - ux],
        [b[0] + ux - uy, b[1] + uy + ux],
        [a[0] - ux - uy, a[1] - uy + ux],
      ],
      colour,
    );
  }

  outline(pts: readonly Point[], width: number, colour: Rgb): void {
    for (let i = 0; i < pts.length; i++) this.line(pts[i]!, pts[(i + 1) % pts.length]!, width, colour);
  }

  circle(c: Point, r: number, colour: Rgb): void {
    this.fillPolygon(
      Array.from({ length: 16 }, (_, i) => [c[0] + r * Math.cos((i * Math.PI) / 8), c[1] + r * Math.sin((i * Math.PI) / 8)] as Point),
      colour,
    );
  }

  /** The raster as a PNG file (8-bit RGB, no filter). */
  png(): Uint8Array {
    const raw = new Uint8Array((this.width * 3 + 1) * this.height);
    for (let y = 0; y < this.height; y++) raw.set(this.pixels.subarray(y * this.width * 3, (y + 1) * this.width * 3), y * (this.width * 3 + 1) + 1);
    const ihdr = new Uint8Array(13);
    const dv = new DataView(ihdr.buffer);
    dv.setUint32(0, this.width);
    dv.setUint32(4, this.height);
    ihdr[8] = 8;
    ihdr[9] = 2;
    const parts = [new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', zlibSync(raw, { level: 9 })), chunk('IEND', new Uint8Array(0))];
    const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
    let at = 0;
    for (const p of parts) {
      out.set(p, at);
      at += p.length;
    }
    return out;
  }
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const dv = new DataView(out.buffer);
  dv.setUint32(0, data.length);
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  dv.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}
