/**
 * The picture link previews show (Open Graph / Twitter card): the home page's emblem, a loss curve
 * with gradient-descent steps rolling down to the minimum, drawn at build time into RGBA pixels with
 * anti-aliased strokes and encoded as PNG (previews do not take SVG). Colours come from the site's
 * light theme tokens, passed in by the caller.
 */

export interface SocialColours {
  bg: string;
  curve: string;
  steps: string;
  minimum: string;
}

export const SOCIAL_WIDTH = 1200;
export const SOCIAL_HEIGHT = 630;

/** Parses "#rgb" or "#rrggbb"; throws on anything else, naming the value. */
export function parseHex(colour: string): [number, number, number] {
  const hex = colour.trim().replace(/^#/, '');
  const full = hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex;
  if (!/^[0-9a-f]{6}$/i.test(full)) throw new TypeError(`invalid colour; expected #rgb or #rrggbb, got ${JSON.stringify(colour)}`);
  return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16)) as [number, number, number];
}

/** Reads `--name: #hex;` declarations from the first (light) block of tokens.css. */
export function tokenColour(css: string, name: string): string {
  const match = new RegExp(`--${name}:\\s*(#[0-9a-fA-F]{3,6})\\b`).exec(css);
  if (!match?.[1]) throw new Error(`tokens.css has no colour --${name}`);
  return match[1];
}

type Point = readonly [number, number];

class Raster {
  readonly pixels: Uint8ClampedArray;
  constructor(
    readonly width: number,
    readonly height: number,
    background: [number, number, number],
  ) {
    this.pixels = new Uint8ClampedArray(width * height * 4);
    for (let i = 0; i < width * height; i += 1) this.pixels.set([...background, 255], i * 4);
  }

  /**
   * Paints every pixel whose coverage `shape(x, y)` (0..1, at the pixel centre) is positive, inside the
   * box, blending `colour` over what is there.
   */
  paint(box: [number, number, number, number], colour: [number, number, number], coverage: (x: number, y: number) => number): void {
    const [x0, y0, x1, y1] = box.map(Math.floor) as [number, number, number, number];
    for (let y = Math.max(0, y0); y <= Math.min(this.height - 1, y1); y += 1) {
      for (let x = Math.max(0, x0); x <= Math.min(this.width - 1, x1); x += 1) {
        const a = Math.min(1, Math.max(0, coverage(x + 0.5, y + 0.5)));
        if (a <= 0) continue;
        const i = (y * this.width + x) * 4;
        for (let c = 0; c < 3; c += 1) this.pixels[i + c] = this.pixels[i + c]! * (1 - a) + colour[c]! * a;
      }
    }
  }
}

/** Distance from p to the segment a–b. */
function segmentDistance(px: number, py: number, a: Point, b: Point): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const length2 = dx * dx + dy * dy;
  const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - a[0]) * dx + (py - a[1]) * dy) / length2));
  return Math.hypot(px - (a[0] + t * dx), py - (a[1] + t * dy));
}

/** A polyline of the given width, painted once (joins do not darken). */
function stroke(raster: Raster, points: readonly Point[], width: number, colour: [number, number, number]): void {
  const r = width / 2;
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  const box: [number, number, number, number] = [Math.min(...xs) - r - 1, Math.min(...ys) - r - 1, Math.max(...xs) + r + 1, Math.max(...ys) + r + 1];
  raster.paint(box, colour, (x, y) => {
    let d = Infinity;
    for (let i = 1; i < points.length; i += 1) {
      const a = points[i - 1]!;
      const b = points[i]!;
      // Cheap rejection: skip segments whose box is farther than the stroke.
      if (x < Math.min(a[0], b[0]) - r - 1 || x > Math.max(a[0], b[0]) + r + 1 || y < Math.min(a[1], b[1]) - r - 1 || y > Math.max(a[1], b[1]) + r + 1) continue;
      d = Math.min(d, segmentDistance(x, y, a, b));
    }
    return r + 0.5 - d;
  });
}

function disc(raster: Raster, [cx, cy]: Point, radius: number, colour: [number, number, number], opacity = 1): void {
  raster.paint([cx - radius - 1, cy - radius - 1, cx + radius + 1, cy + radius + 1], colour, (x, y) => opacity * (radius + 0.5 - Math.hypot(x - cx, y - cy)));
}

function ring(raster: Raster, [cx, cy]: Point, radius: number, width: number, colour: [number, number, number]): void {
  const outer = radius + width;
  raster.paint([cx - outer - 1, cy - outer - 1, cx + outer + 1, cy + outer + 1], colour, (x, y) => width / 2 + 0.5 - Math.abs(Math.hypot(x - cx, y - cy) - radius));
}

/** Draws the emblem and returns RGBA pixels, row-major, SOCIAL_WIDTH × SOCIAL_HEIGHT. */
export function drawSocialImage(colours: SocialColours): Uint8ClampedArray {
  const raster = new Raster(SOCIAL_WIDTH, SOCIAL_HEIGHT, parseHex(colours.bg));
  // The home page's picture: loss t² + 0.1t³ on t ∈ [−2.1, 1.7], and five descent steps from t = −2.
  const loss = (t: number) => t * t + 0.1 * t * t * t;
  const slope = (t: number) => 2 * t + 0.3 * t * t;
  const toX = (t: number) => 110 + ((t + 2.1) / 3.8) * 980;
  const toY = (f: number) => 520 - (f / 3.5) * 400;
  const at = (t: number): Point => [toX(t), toY(loss(t))];
  const curve = Array.from({ length: 161 }, (_, i) => at(-2.1 + (3.8 * i) / 160));
  const steps: Point[] = [];
  for (let t = -2, k = 0; k < 5; k += 1, t -= 0.36 * slope(t)) steps.push(at(t));

  stroke(raster, curve, 12, parseHex(colours.curve));
  stroke(raster, steps, 5, parseHex(colours.steps));
  steps.forEach((step, i) => disc(raster, step, 17, parseHex(colours.steps), 0.3 + (0.7 * (i + 1)) / steps.length));
  ring(raster, at(0), 26, 7, parseHex(colours.minimum));
  return raster.pixels;
}
