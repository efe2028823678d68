// The app's icon, drawn from one list of shapes into SVG and into PNGs of any
// size (no image tool needed: a tiny rasterizer and PNG encoder on node's zlib).
// Design: three rising bars of profit and the loan line, white on the accent
// blue of styles/app.css. The shapes lie inside the central 80 % circle, so the
// full-bleed variant is a valid "maskable" icon.
import { deflateSync } from 'node:zlib';

const ACCENT = [0x0a, 0x58, 0xa8];
const WHITE = [0xff, 0xff, 0xff];
const ORANGE = [0xf5, 0xa6, 0x23];

// Shapes on a 512 × 512 canvas: [x, y, width, height, radius, colour].
const SHAPES = [
  [150, 286, 56, 96, 8, WHITE],
  [228, 226, 56, 156, 8, WHITE],
  [306, 166, 56, 216, 8, WHITE],
  [130, 392, 252, 14, 7, ORANGE],
];

const hex = ([r, g, b]) => `#${[r, g, b].map((c) => c.toString(16).padStart(2, '0')).join('')}`;

/** The icon as SVG text; `maskable` fills the whole square (no rounded corners). */
export function iconSvg({ maskable = false } = {}) {
  const bg = maskable
    ? `<rect width="512" height="512" fill="${hex(ACCENT)}"/>`
    : `<rect width="512" height="512" rx="96" fill="${hex(ACCENT)}"/>`;
  const shapes = SHAPES.map(
    ([x, y, w, h, r, c]) => `<rect x="${x}" y="${y}" width="${w}" height="${h}" rx="${r}" fill="${hex(c)}"/>`,
  ).join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512">${bg}${shapes}</svg>\n`;
}

function insideRoundRect(px, py, x, y, w, h, r) {
  if (px < x || py < y || px > x + w || py > y + h) return false;
  const cx = Math.min(Math.max(px, x + r), x + w - r);
  const cy = Math.min(Math.max(py, y + r), y + h - r);
  return (px - cx) ** 2 + (py - cy) ** 2 <= r * r;
}

/** RGBA pixels of the icon at `size` px, 4 × 4 samples per pixel for smooth edges. */
function rasterize(size, maskable) {
  const layers = [[0, 0, 512, 512, maskable ? 0 : 96, ACCENT], ...SHAPES];
  const px = Buffer.alloc(size * size * 4);
  const n = 4;
  const scale = 512 / size;
  for (let j = 0; j < size; j++) {
    for (let i = 0; i < size; i++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sj = 0; sj < n; sj++) {
        for (let si = 0; si < n; si++) {
          const x = (i + (si + 0.5) / n) * scale;
          const y = (j + (sj + 0.5) / n) * scale;
          let colour = null;
          for (const [lx, ly, lw, lh, lr, lc] of layers) {
            if (insideRoundRect(x, y, lx, ly, lw, lh, lr)) colour = lc;
          }
          if (colour) {
            r += colour[0];
            g += colour[1];
            b += colour[2];
            a += 1;
          }
        }
      }
      const o = (j * size + i) * 4;
      // Colours are averaged over covered samples (straight alpha).
      px[o] = a ? Math.round(r / a) : 0;
      px[o + 1] = a ? Math.round(g / a) : 0;
      px[o + 2] = a ? Math.round(b / a) : 0;
      px[o + 3] = Math.round((255 * a) / (n * n));
    }
  }
  return px;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, k) => {
  let c = k;
  for (let i = 0; i < 8; i++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** The icon as a PNG file (8-bit RGBA) of `size` × `size` pixels. */
export function iconPng(size, { maskable = false } = {}) {
  const rgba = rasterize(size, maskable);
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let j = 0; j < size; j++) {
    rows[j * (size * 4 + 1)] = 0; // filter: none
    rgba.copy(rows, j * (size * 4 + 1) + 1, j * size * 4, (j + 1) * size * 4);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Every icon file of the build: name -> contents. */
export function iconFiles() {
  return {
    'icon.svg': Buffer.from(iconSvg()),
    'icon-192.png': iconPng(192),
    'icon-512.png': iconPng(512),
    'icon-maskable-512.png': iconPng(512, { maskable: true }),
  };
}
