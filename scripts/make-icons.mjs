// Draws the Teams app icons: appPackage/color.png (192x192, full colour) and appPackage/outline.png
// (32x32, white on transparent). Run it after changing a shape or colour here and commit both PNGs:
//   node scripts/make-icons.mjs [--out-dir <dir>]
// The motif is a front door ("voordeur") with a transom window, two panels, a knob and a doorstep.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { PNG } from 'pngjs';

const root = path.resolve(import.meta.dirname, '..');

/** Colours of the full-colour icon; the background is also the manifest's accentColor. */
const COLORS = {
  background: [0x1b, 0x6e, 0x73],
  frame: [0xff, 0xff, 0xff],
  door: [0xf2, 0xa9, 0x3b],
  panel: [0xd9, 0x8a, 0x1e],
  glass: [0xd8, 0xef, 0xf0],
  knob: [0x3a, 0x2a, 0x10],
};

const WHITE = [0xff, 0xff, 0xff];

/** Shapes in pixel coordinates, drawn in order (later ones on top). */
const rect = (x0, y0, x1, y1, color) => ({ color, hit: (x, y) => x >= x0 && x < x1 && y >= y0 && y < y1 });
const circle = (cx, cy, r, color) => ({ color, hit: (x, y) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r });
/** A rectangle outline of the given stroke width, inside the rectangle's bounds. */
const frame = (x0, y0, x1, y1, w, color) => ({
  color,
  hit: (x, y) =>
    x >= x0 && x < x1 && y >= y0 && y < y1 && (x < x0 + w || x >= x1 - w || y < y0 + w || y >= y1 - w),
});

// The symbol stays inside the centre 96x96 area, as Teams asks for colour icons.
const COLOR_SHAPES = [
  rect(0, 0, 192, 192, COLORS.background),
  rect(66, 43, 126, 143, COLORS.frame),
  rect(72, 49, 120, 143, COLORS.door),
  rect(78, 55, 114, 67, COLORS.glass),
  frame(80, 75, 112, 103, 3, COLORS.panel),
  frame(80, 109, 112, 137, 3, COLORS.panel),
  circle(108.5, 106.5, 4, COLORS.knob),
  rect(58, 143, 134, 149, COLORS.frame),
];

const OUTLINE_SHAPES = [
  frame(9, 3, 23, 27, 2, WHITE),
  rect(11, 8, 21, 10, WHITE),
  circle(18, 16.5, 1.6, WHITE),
  rect(5, 27, 27, 29, WHITE),
];

const SAMPLES = 4;

/**
 * Renders shapes with 4x4 supersampling. Transparent where no shape covers a sample; colour is the average of
 * the covered samples, coverage becomes alpha.
 */
function render(size, shapes) {
  const png = new PNG({ width: size, height: size, colorType: 6 });
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const sum = [0, 0, 0];
      let covered = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const x = px + (sx + 0.5) / SAMPLES;
          const y = py + (sy + 0.5) / SAMPLES;
          const top = shapes.findLast((shape) => shape.hit(x, y));
          if (!top) continue;
          covered++;
          for (let c = 0; c < 3; c++) sum[c] += top.color[c];
        }
      }
      const i = (py * size + px) * 4;
      for (let c = 0; c < 3; c++) png.data[i + c] = covered ? Math.round(sum[c] / covered) : 0;
      png.data[i + 3] = Math.round((covered / (SAMPLES * SAMPLES)) * 255);
    }
  }
  return PNG.sync.write(png, { colorType: 6 });
}

const { values } = parseArgs({ options: { 'out-dir': { type: 'string' } } });
const outDir = path.resolve(values['out-dir'] ?? path.join(root, 'appPackage'));
mkdirSync(outDir, { recursive: true });
writeFileSync(path.join(outDir, 'color.png'), render(192, COLOR_SHAPES));
writeFileSync(path.join(outDir, 'outline.png'), render(32, OUTLINE_SHAPES));
console.log(
  `Wrote color.png (192x192) and outline.png (32x32) to ${path.relative(process.cwd(), outDir) || '.'}`,
);
