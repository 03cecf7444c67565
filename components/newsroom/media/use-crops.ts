// The focal-point editor's state: the point, the hand crops, and the crop
// rectangle each ratio would get, computed with the server's own geometry
// (lib/media/crop-geometry.ts) so the previews are what Save will make.
import { useMemo, useState } from "react";
import {
  cropRects,
  focalOrCentre,
  largestSize,
  MIN_CROP_PIXELS,
  RATIO_ASPECT,
  toFractions,
  type FocalPoint,
  type HandCrops,
  type PixelRect,
} from "@/lib/media/crop-geometry";
import type { RenditionRatio } from "@/lib/media/urls";

export type CropsState = ReturnType<typeof useCrops>;
export type Nudge = "left" | "right" | "up" | "down" | "larger" | "smaller";

const clamp = (v: number, lo: number, hi: number) => Math.min(Math.max(v, lo), hi);
/** Rounded to 4 places, so the stored fractions stay short. */
const round4 = (v: number) => Math.round(v * 10_000) / 10_000;

export function useCrops(image: { width: number; height: number; focalX: number | null; focalY: number | null; crops?: HandCrops }) {
  const [focal, setFocalState] = useState<FocalPoint | null>(image.focalX === null || image.focalY === null ? null : { x: image.focalX, y: image.focalY });
  const [crops, setCrops] = useState<HandCrops>(image.crops ?? {});
  const point = focal ?? focalOrCentre(null, null);
  const rects = useMemo(() => cropRects(image.width, image.height, point, crops), [image.width, image.height, point, crops]);

  function setFocal(x: number, y: number) {
    setFocalState({ x: round4(clamp(x, 0, 1)), y: round4(clamp(y, 0, 1)) });
  }

  /** Moves or resizes a ratio's crop, starting from what it is now (automatic or by hand). */
  function nudge(ratio: RenditionRatio, how: Nudge, big = false) {
    const aspect = RATIO_ASPECT[ratio];
    const r: PixelRect = rects[ratio];
    const step = Math.max(1, Math.round((big ? 0.1 : 0.02) * Math.max(image.width, image.height)));
    let { x, y, w, h } = r;
    if (how === "left") x -= step;
    if (how === "right") x += step;
    if (how === "up") y -= step;
    if (how === "down") y += step;
    if (how === "larger" || how === "smaller") {
      const max = largestSize(image.width, image.height, aspect);
      const minW = Math.ceil(Math.max(MIN_CROP_PIXELS * 2, MIN_CROP_PIXELS * 2 * aspect));
      const nw = clamp(Math.round(w * (how === "larger" ? 1.1 : 0.9)), Math.min(minW, max.w), max.w);
      const nh = Math.min(max.h, Math.round(nw / aspect));
      x = Math.round(x + w / 2 - nw / 2);
      y = Math.round(y + h / 2 - nh / 2);
      w = nw;
      h = nh;
    }
    x = clamp(x, 0, image.width - w);
    y = clamp(y, 0, image.height - h);
    const f = toFractions({ x, y, w, h }, image.width, image.height);
    setCrops((c) => ({ ...c, [ratio]: { x: round4(f.x), y: round4(f.y), w: round4(f.w), h: round4(f.h) } }));
  }

  function automatic(ratio: RenditionRatio) {
    setCrops((c) => {
      const next = { ...c };
      delete next[ratio];
      return next;
    });
  }

  return { focal, point, crops, rects, setFocal, resetFocal: () => setFocalState(null), nudge, automatic };
}
