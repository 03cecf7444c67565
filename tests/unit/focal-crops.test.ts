// The crop geometry (lib/media/crop-geometry.ts) over many random image sizes
// and focal points: every crop holds the focal point, stays inside the image
// and has its ratio's shape to the pixel.
import { describe, expect, it } from "vitest";
import {
  cropRects,
  focalCrop,
  focalOrCentre,
  handCropPixels,
  handCropProblem,
  parseHandCrops,
  RATIO_ASPECT,
  toFractions,
} from "@/lib/media/crop-geometry";
import { RENDITION_RATIOS } from "@/lib/media/urls";

// A small seeded generator, so a failure can be replayed.
function random(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

describe("crops around the focal point", () => {
  it("keep the focal point inside, stay in the image and have the exact ratio", () => {
    const rnd = random(19);
    for (let i = 0; i < 5000; i++) {
      const width = 1 + Math.floor(rnd() * 4000);
      const height = 1 + Math.floor(rnd() * 4000);
      // Edges and corners more often than chance would give them.
      const pick = () => (rnd() < 0.15 ? [0, 1][Math.floor(rnd() * 2)] : rnd());
      const focal = { x: pick(), y: pick() };
      const rects = cropRects(width, height, focal);
      for (const ratio of RENDITION_RATIOS) {
        const r = rects[ratio];
        const label = `${width}x${height} focal ${focal.x},${focal.y} ${ratio}`;
        expect(Number.isInteger(r.x) && Number.isInteger(r.y) && Number.isInteger(r.w) && Number.isInteger(r.h), label).toBe(true);
        expect(r.x >= 0 && r.y >= 0 && r.x + r.w <= width && r.y + r.h <= height, label).toBe(true);
        const fx = focal.x * width;
        const fy = focal.y * height;
        expect(fx >= r.x && fx <= r.x + r.w && fy >= r.y && fy <= r.y + r.h, label).toBe(true);
        // Exact to the rounding of the one side computed from the other.
        const aspect = RATIO_ASPECT[ratio];
        expect(Math.min(Math.abs(r.w - r.h * aspect), Math.abs(r.h - r.w / aspect)), label).toBeLessThanOrEqual(0.5 + 1e-9);
        // The largest: one side is the image's whole side.
        expect(r.w === width || r.h === height, label).toBe(true);
      }
    }
  });

  it("is centred on the focal point when the edges allow", () => {
    const r = focalCrop(2400, 1200, 1, { x: 0.5, y: 0.5 });
    expect(r).toEqual({ x: 600, y: 0, w: 1200, h: 1200 });
    const right = focalCrop(2400, 1200, 1, { x: 0.7, y: 0.5 });
    expect(right.x + right.w / 2).toBe(0.7 * 2400);
    // Near the edge it is pushed back inside, not off the image.
    expect(focalCrop(2400, 1200, 1, { x: 0.95, y: 0.5 })).toEqual({ x: 1200, y: 0, w: 1200, h: 1200 });
    expect(focalCrop(1200, 2400, 16 / 9, { x: 0.5, y: 0.02 })).toEqual({ x: 0, y: 0, w: 1200, h: 675 });
  });

  it("takes the centre when no point is set", () => {
    expect(focalOrCentre(null, null)).toEqual({ x: 0.5, y: 0.5 });
    expect(focalOrCentre(0.2, undefined)).toEqual({ x: 0.2, y: 0.5 });
    expect(focalOrCentre(2, -1)).toEqual({ x: 1, y: 0 });
  });
});

describe("hand crops", () => {
  it("are used for their ratio and made exactly of its shape", () => {
    const crops = { "4x3": { x: 0.1, y: 0.1, w: 0.4, h: 0.6 } };
    const rects = cropRects(2000, 1000, { x: 0.9, y: 0.9 }, crops);
    // 0.4 × 2000 = 800 wide, 0.6 × 1000 = 600 high: exactly 4:3.
    expect(rects["4x3"]).toEqual({ x: 200, y: 100, w: 800, h: 600 });
    // Other ratios still follow the focal point.
    expect(rects["1x1"]).toEqual({ x: 1000, y: 0, w: 1000, h: 1000 });
    // A slightly-off shape is trimmed to the ratio inside the image.
    const trimmed = handCropPixels(2000, 1000, 4 / 3, { x: 0.5, y: 0.2, w: 0.404, h: 0.6 });
    expect(Math.abs(trimmed.w / trimmed.h - 4 / 3)).toBeLessThan(0.005);
    expect(trimmed.x + trimmed.w).toBeLessThanOrEqual(2000);
  });

  it("are checked: inside the image, big enough, of the ratio", () => {
    expect(handCropProblem(2000, 1000, "4x3", { x: 0.1, y: 0.1, w: 0.4, h: 0.6 })).toBeNull();
    expect(handCropProblem(2000, 1000, "4x3", { x: 0.7, y: 0.1, w: 0.4, h: 0.6 })).toBe("outside");
    expect(handCropProblem(2000, 1000, "4x3", { x: -0.1, y: 0.1, w: 0.4, h: 0.6 })).toBe("outside");
    expect(handCropProblem(2000, 1000, "4x3", { x: 0.1, y: 0.1, w: 0.4, h: 0.4 })).toBe("ratio");
    expect(handCropProblem(2000, 1000, "1x1", { x: 0, y: 0, w: 0.01, h: 0.02 })).toBe("tooSmall");
    expect(handCropProblem(2000, 1000, "1x1", { x: 0, y: 0, w: Number.NaN, h: 0.5 })).toBe("outside");
  });

  it("round-trip through fractions and JSON, dropping malformed entries", () => {
    const rect = { x: 300, y: 0, w: 1200, h: 675 };
    const back = handCropPixels(1920, 1080, 16 / 9, toFractions(rect, 1920, 1080));
    expect(back).toEqual(rect);
    const parsed = parseHandCrops(JSON.stringify({ "16x9": toFractions(rect, 1920, 1080), "4x3": { x: "a" }, "9x16": { x: 0, y: 0, w: 1, h: 1 } }));
    expect(Object.keys(parsed)).toEqual(["16x9"]);
    expect(parseHandCrops("not json")).toEqual({});
  });
});
