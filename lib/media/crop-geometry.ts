// The geometry of crops: for each ratio Sapo shows images at (16:9 cards and
// lead, 4:3, 1:1, and 1200×630 for social cards), the rectangle of the image
// to cut, either adjusted by hand (Media.crops) or the largest of that ratio
// centred on the focal point as far as the edges allow. Pure and free of
// server imports: the server cuts renditions with it (lib/media/renditions.ts)
// and the focal-point editor previews the same rectangles in the browser.
import { RENDITION_RATIOS, type RenditionRatio } from "@/lib/media/urls";

/** Width over height of each ratio (og is Facebook's and X's 1200×630 card). */
export const RATIO_ASPECT: Record<RenditionRatio, number> = {
  "16x9": 16 / 9,
  "4x3": 4 / 3,
  "1x1": 1,
  og: 1200 / 630,
};

/** A rectangle in pixels of some image. */
export type PixelRect = { x: number; y: number; w: number; h: number };
/** A rectangle as fractions (0–1) of the image's width and height, as Media.crops keeps them. */
export type FractionRect = { x: number; y: number; w: number; h: number };
export type FocalPoint = { x: number; y: number };
export type HandCrops = Partial<Record<RenditionRatio, FractionRect>>;

/** How far a hand crop's shape may be from its ratio (rounding in the browser, fractions of odd sizes). */
export const RATIO_TOLERANCE = 0.01;
/** The smallest hand crop, in pixels of the original, on its shorter side. */
export const MIN_CROP_PIXELS = 32;

const clamp = (v: number, lo: number, hi: number) => Math.min(Math.max(v, lo), hi);

/** The focal point, the centre when it is not set (Media.focalX/focalY null). */
export function focalOrCentre(focalX: number | null | undefined, focalY: number | null | undefined): FocalPoint {
  return {
    x: typeof focalX === "number" && Number.isFinite(focalX) ? clamp(focalX, 0, 1) : 0.5,
    y: typeof focalY === "number" && Number.isFinite(focalY) ? clamp(focalY, 0, 1) : 0.5,
  };
}

/** The largest whole-pixel size of `aspect` that fits a width × height image. */
export function largestSize(width: number, height: number, aspect: number): { w: number; h: number } {
  if (width / height >= aspect) {
    const h = height;
    return { w: Math.min(width, Math.max(1, Math.round(h * aspect))), h };
  }
  const w = width;
  return { w, h: Math.min(height, Math.max(1, Math.round(w / aspect))) };
}

/**
 * The largest rectangle of `aspect` in a width × height image, centred on the
 * focal point (fractions) and pushed back inside where an edge is nearer
 * than half the rectangle. The focal point is always inside it.
 */
export function focalCrop(width: number, height: number, aspect: number, focal: FocalPoint): PixelRect {
  const { w, h } = largestSize(width, height, aspect);
  const x = clamp(Math.round(focal.x * width - w / 2), 0, width - w);
  const y = clamp(Math.round(focal.y * height - h / 2), 0, height - h);
  return { x, y, w, h };
}

/**
 * A hand crop (fractions) in pixels of a width × height image, made exactly
 * of `aspect` (the stored fractions are within RATIO_TOLERANCE of it; the
 * longer side is trimmed about the centre) and kept inside the image.
 */
export function handCropPixels(width: number, height: number, aspect: number, rect: FractionRect): PixelRect {
  let w = Math.max(1, Math.min(width, Math.round(rect.w * width)));
  let h = Math.max(1, Math.min(height, Math.round(rect.h * height)));
  const cx = (rect.x + rect.w / 2) * width;
  const cy = (rect.y + rect.h / 2) * height;
  if (w / h > aspect) w = Math.max(1, Math.round(h * aspect));
  else h = Math.max(1, Math.round(w / aspect));
  const x = clamp(Math.round(cx - w / 2), 0, width - w);
  const y = clamp(Math.round(cy - h / 2), 0, height - h);
  return { x, y, w, h };
}

/** The rectangle each ratio is cut from a width × height image: the hand crop where there is one, else around the focal point. */
export function cropRects(width: number, height: number, focal: FocalPoint, crops: HandCrops = {}): Record<RenditionRatio, PixelRect> {
  const out = {} as Record<RenditionRatio, PixelRect>;
  for (const ratio of RENDITION_RATIOS) {
    const hand = crops[ratio];
    out[ratio] = hand ? handCropPixels(width, height, RATIO_ASPECT[ratio], hand) : focalCrop(width, height, RATIO_ASPECT[ratio], focal);
  }
  return out;
}

/** A pixel rectangle as fractions of the image (what the editor stores as a hand crop). */
export function toFractions(rect: PixelRect, width: number, height: number): FractionRect {
  return { x: rect.x / width, y: rect.y / height, w: rect.w / width, h: rect.h / height };
}

/**
 * Why a hand crop cannot be kept for a width × height image, or null when it
 * can: outside the image, too small, or not of the ratio's shape.
 */
export function handCropProblem(width: number, height: number, ratio: RenditionRatio, rect: FractionRect): "outside" | "tooSmall" | "ratio" | null {
  const eps = 1e-6;
  if (![rect.x, rect.y, rect.w, rect.h].every(Number.isFinite)) return "outside";
  if (rect.x < -eps || rect.y < -eps || rect.w <= 0 || rect.h <= 0) return "outside";
  if (rect.x + rect.w > 1 + eps || rect.y + rect.h > 1 + eps) return "outside";
  const w = rect.w * width;
  const h = rect.h * height;
  if (Math.min(w, h) < MIN_CROP_PIXELS) return "tooSmall";
  if (Math.abs(w / h / RATIO_ASPECT[ratio] - 1) > RATIO_TOLERANCE) return "ratio";
  return null;
}

/**
 * A JSON column keyed by ratio (Media.crops, Media.renditions) read back:
 * each known ratio's value kept when `pick` makes something of it; a column
 * that is not a JSON object gives {}.
 */
export function parsePerRatio<T>(json: string | null | undefined, pick: (raw: unknown) => T | undefined): Partial<Record<RenditionRatio, T>> {
  let value: unknown;
  try {
    value = JSON.parse(json || "{}");
  } catch {
    return {};
  }
  const out: Partial<Record<RenditionRatio, T>> = {};
  if (!value || typeof value !== "object") return out;
  for (const ratio of RENDITION_RATIOS) {
    const picked = pick((value as Record<string, unknown>)[ratio]);
    if (picked !== undefined) out[ratio] = picked;
  }
  return out;
}

/** Media.crops as stored (JSON), keeping only well-formed rectangles of known ratios. */
export function parseHandCrops(json: string | null | undefined): HandCrops {
  return parsePerRatio(json, (raw) => {
    const r = raw as Record<string, unknown> | undefined;
    if (!r || typeof r !== "object" || !["x", "y", "w", "h"].every((k) => typeof r[k] === "number" && Number.isFinite(r[k]))) return undefined;
    return { x: r.x as number, y: r.y as number, w: r.w as number, h: r.h as number };
  });
}
