/**
 * Draws the app's icons: `public/icons/icon.svg` and the PNGs an installed app needs (192 and
 * 512 pixels, and a maskable 512 whose drawing stays inside the safe circle that launchers
 * may crop to). One design, described once as shapes in a unit square, painted both as SVG
 * and by a tiny rasteriser encoded with node's zlib, so no image tool is needed.
 *
 *   npx tsx scripts/make-icons.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';

// The app's own colours (src/app/styles.css): --brand, --paper, --focus.
const BRAND = '#1f3a5f';
const PAPER = '#ffffff';
const FOCUS = '#ffbf47';

type Shape =
  | { readonly kind: 'rect'; readonly x: number; readonly y: number; readonly width: number; readonly height: number; readonly radius: number; readonly fill: string }
  | { readonly kind: 'circle'; readonly cx: number; readonly cy: number; readonly r: number; readonly fill: string }
  | { readonly kind: 'stroke'; readonly points: readonly (readonly [number, number])[]; readonly width: number; readonly fill: string };

/**
 * A sheet of paper with the lines of a clause, and a check mark on a yellow seal: an
 * agreement reached. `scale` shrinks the drawing around the centre (the maskable icon's safe
 * zone); `fullBleed` paints the background to the edges instead of a rounded square.
 */
function design(scale: number, fullBleed: boolean): readonly Shape[] {
  const at = (value: number) => 0.5 + (value - 0.5) * scale;
  const size = (value: number) => value * scale;
  const rect = (x: number, y: number, width: number, height: number, radius: number, fill: string): Shape => ({ kind: 'rect', x: at(x), y: at(y), width: size(width), height: size(height), radius: size(radius), fill });
  return [
    fullBleed ? { kind: 'rect', x: 0, y: 0, width: 1, height: 1, radius: 0, fill: BRAND } : { kind: 'rect', x: 0, y: 0, width: 1, height: 1, radius: 0.18, fill: BRAND },
    rect(0.25, 0.16, 0.44, 0.6, 0.04, PAPER),
    rect(0.32, 0.28, 0.3, 0.045, 0.02, BRAND),
    rect(0.32, 0.38, 0.3, 0.045, 0.02, BRAND),
    rect(0.32, 0.48, 0.2, 0.045, 0.02, BRAND),
    { kind: 'circle', cx: at(0.68), cy: at(0.7), r: size(0.17), fill: FOCUS },
    { kind: 'stroke', points: [[at(0.6), at(0.7)], [at(0.66), at(0.76)], [at(0.77), at(0.63)]], width: size(0.05), fill: BRAND },
  ];
}

const ICONS = [
  { file: 'icon-192.png', pixels: 192, scale: 1, fullBleed: false },
  { file: 'icon-512.png', pixels: 512, scale: 1, fullBleed: false },
  // The safe zone is a circle of radius 0.4 around the centre; at 0.8 the drawing stays within 0.36 of it.
  { file: 'icon-maskable-512.png', pixels: 512, scale: 0.8, fullBleed: true },
] as const;

// ── SVG ────────────────────────────────────────────────────────────────────────────────────

function svg(shapes: readonly Shape[]): string {
  const n = (value: number) => +(value * 100).toFixed(2);
  const elements = shapes.map((shape) => {
    if (shape.kind === 'rect') return `<rect x="${n(shape.x)}" y="${n(shape.y)}" width="${n(shape.width)}" height="${n(shape.height)}" rx="${n(shape.radius)}" fill="${shape.fill}"/>`;
    if (shape.kind === 'circle') return `<circle cx="${n(shape.cx)}" cy="${n(shape.cy)}" r="${n(shape.r)}" fill="${shape.fill}"/>`;
    const points = shape.points.map(([x, y]) => `${n(x)},${n(y)}`).join(' ');
    return `<polyline points="${points}" fill="none" stroke="${shape.fill}" stroke-width="${n(shape.width)}" stroke-linecap="round" stroke-linejoin="round"/>`;
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100">\n  ${elements.join('\n  ')}\n</svg>\n`;
}

// ── Raster ─────────────────────────────────────────────────────────────────────────────────

function inside(shape: Shape, x: number, y: number): boolean {
  if (shape.kind === 'circle') return (x - shape.cx) ** 2 + (y - shape.cy) ** 2 <= shape.r ** 2;
  if (shape.kind === 'rect') {
    // Distance to the rectangle shrunk by its radius, compared with the radius: rounded corners.
    const dx = Math.max(shape.x + shape.radius - x, 0, x - (shape.x + shape.width - shape.radius));
    const dy = Math.max(shape.y + shape.radius - y, 0, y - (shape.y + shape.height - shape.radius));
    return x >= shape.x && x <= shape.x + shape.width && y >= shape.y && y <= shape.y + shape.height && dx * dx + dy * dy <= shape.radius ** 2;
  }
  // A stroke with round caps and joins: within half its width of one of its segments.
  return shape.points.slice(1).some(([bx, by], index) => {
    const [ax, ay] = shape.points[index]!;
    const length = (bx - ax) ** 2 + (by - ay) ** 2;
    const along = Math.max(0, Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / length));
    return (x - (ax + along * (bx - ax))) ** 2 + (y - (ay + along * (by - ay))) ** 2 <= (shape.width / 2) ** 2;
  });
}

const rgb = (hex: string) => [1, 3, 5].map((start) => parseInt(hex.slice(start, start + 2), 16)) as [number, number, number];

/** RGBA pixels, each the average of 4 × 4 samples so that edges are smooth. */
function raster(shapes: readonly Shape[], pixels: number): Uint8Array {
  const SAMPLES = 4;
  const colours = shapes.map((shape) => rgb(shape.fill));
  const image = new Uint8Array(pixels * pixels * 4);
  for (let py = 0; py < pixels; py += 1) {
    for (let px = 0; px < pixels; px += 1) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < SAMPLES; sy += 1) {
        for (let sx = 0; sx < SAMPLES; sx += 1) {
          const x = (px + (sx + 0.5) / SAMPLES) / pixels;
          const y = (py + (sy + 0.5) / SAMPLES) / pixels;
          // The topmost shape under the sample paints it; none leaves it transparent.
          const top = shapes.findLastIndex((shape) => inside(shape, x, y));
          if (top < 0) continue;
          const [r, g, b] = colours[top]!;
          sum[0]! += r;
          sum[1]! += g;
          sum[2]! += b;
          sum[3]! += 255;
        }
      }
      const alpha = sum[3]! / (SAMPLES * SAMPLES);
      const offset = (py * pixels + px) * 4;
      // Colours averaged over the covered samples only, so a soft edge does not darken.
      const covered = sum[3]! / 255;
      image[offset] = covered ? Math.round(sum[0]! / covered) : 0;
      image[offset + 1] = covered ? Math.round(sum[1]! / covered) : 0;
      image[offset + 2] = covered ? Math.round(sum[2]! / covered) : 0;
      image[offset + 3] = Math.round(alpha);
    }
  }
  return image;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A PNG of 8-bit RGBA pixels, each row unfiltered. */
function png(image: Uint8Array, pixels: number): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(pixels, 0);
  header.writeUInt32BE(pixels, 4);
  header.set([8, 6, 0, 0, 0], 8);
  const rows = Buffer.alloc(pixels * (pixels * 4 + 1));
  for (let row = 0; row < pixels; row += 1) rows.set(image.subarray(row * pixels * 4, (row + 1) * pixels * 4), row * (pixels * 4 + 1) + 1);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', new Uint8Array()),
  ]);
}

const folder = join(import.meta.dirname, '..', 'public', 'icons');
mkdirSync(folder, { recursive: true });
writeFileSync(join(folder, 'icon.svg'), svg(design(1, false)));
for (const icon of ICONS) writeFileSync(join(folder, icon.file), png(raster(design(icon.scale, icon.fullBleed), icon.pixels), icon.pixels));
console.log(`Icons written to ${folder}`);
