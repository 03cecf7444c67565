// Crop renditions: each image cut to the ratios pages show it at (16:9 for
// cards, lists and the lead, 4:3, 1:1, and a 1200×630 JPEG for social cards),
// around its focal point or along an editor's hand crop (the rectangles:
// lib/media/crop-geometry.ts), encoded with sharp. Stored as
// <fileKey>-<ratio>-<renditionKey>-<width>.<ext> with a new random
// renditionKey each time, since stored files are cached for good.
//
// Source: the original upload is not kept, so renditions are always cut from
// the image as its largest variant holds it (at most 1600 px wide): at upload
// from that same downscale, still in memory, and later (a new focal point, a
// backfill) from the stored largest WebP variant. Either way the same pixels
// and the same widths, so a re-made set never differs from the first one in
// size. The price: a crop much narrower than the image (1:1 of a panorama)
// has fewer pixels than the original could have given, and images are never
// enlarged, so such crops simply get a smaller largest width.
//
// WebP only (no AVIF): measured on the 2-core server for a 2400×1600 photo,
// the eight files take about 0.9–1.7 s in WebP/JPEG, and AVIF (effort 3)
// of the seven WebP ones would add about 3.3 s more to every upload and
// every focal-point change, for files that are mostly shown small (cards)
// or fetched by crawlers (og, which must be JPEG anyway).
import { randomBytes } from "node:crypto";
import sharp, { type Sharp } from "sharp";
import { cropRects, RATIO_ASPECT, type FocalPoint, type HandCrops } from "@/lib/media/crop-geometry";
import type { Renditions } from "@/lib/media/focal-sources";
import type { MediaStore } from "@/lib/media/store";
import { RENDITION_RATIOS, renditionExtension, renditionFileName, type RenditionRatio } from "@/lib/media/urls";

/** The widths each ratio is made at (never wider than its crop). 16:9 reaches 1600 px for Google Discover (≥1200). */
export const RENDITION_WIDTHS: Record<RenditionRatio, readonly number[]> = {
  "16x9": [480, 960, 1600],
  "4x3": [480, 960],
  "1x1": [480, 960],
  og: [1200],
};

export { parseRenditions, type Renditions } from "@/lib/media/focal-sources";

const CONTENT_TYPES = { webp: "image/webp", jpg: "image/jpeg" } as const;

export type EncodedFile = { name: string; type: string; bytes: Buffer };

/** A set of renditions encoded (not yet stored). */
export type EncodedRenditions = { renditionKey: string; renditions: Renditions; files: EncodedFile[] };

/** The widths a crop `cropWidth` pixels wide gets: those below it, and the widest it allows. */
export function renditionWidths(ratio: RenditionRatio, cropWidth: number): number[] {
  const targets = RENDITION_WIDTHS[ratio];
  const widths = targets.filter((w) => w < cropWidth);
  if (widths.length < targets.length) widths.push(Math.min(cropWidth, targets[targets.length - 1]));
  return widths;
}

/** The names of every file of a stored set. */
export function renditionFileNames(fileKey: string, renditionKey: string, renditions: Renditions): string[] {
  if (!renditionKey) return [];
  return RENDITION_RATIOS.flatMap((ratio) => (renditions[ratio] ?? []).map((w) => renditionFileName(fileKey, ratio, renditionKey, w)));
}

/** Removes a set's files; best effort, like removeVariantFiles (a file left behind is only wasted space). */
export async function removeRenditionFiles(fileKey: string, renditionKey: string, renditions: Renditions, store: MediaStore): Promise<void> {
  await Promise.all(renditionFileNames(fileKey, renditionKey, renditions).map((name) => store.delete(name).catch(() => {})));
}

/** A new renditionKey: 8 hex. */
export function newRenditionKey(): string {
  return randomBytes(4).toString("hex");
}

/**
 * Decodes an image once into raw pixels at most `maxWidth` wide (the size
 * renditions are cut from), so the eight crops do not each decode it again.
 */
export async function renditionSource(image: Sharp, maxWidth: number): Promise<{ source: Sharp; width: number; height: number }> {
  const { data, info } = await image.clone().resize({ width: maxWidth, withoutEnlargement: true }).raw().toBuffer({ resolveWithObject: true });
  return {
    source: sharp(data, { raw: { width: info.width, height: info.height, channels: info.channels } }),
    width: info.width,
    height: info.height,
  };
}

/**
 * Encodes every ratio of `source` (width × height pixels) under a new
 * renditionKey, around `focal` or along `crops`. Two encodes at a time: one
 * thread each, the two cores of a small server.
 */
export async function encodeRenditions(
  fileKey: string,
  image: { source: Sharp; width: number; height: number },
  focal: FocalPoint,
  crops: HandCrops = {},
  options: { webpEffort?: number } = {},
): Promise<EncodedRenditions> {
  const renditionKey = newRenditionKey();
  const rects = cropRects(image.width, image.height, focal, crops);
  const jobs: { ratio: RenditionRatio; width: number }[] = [];
  const renditions: Renditions = {};
  for (const ratio of RENDITION_RATIOS) {
    const widths = renditionWidths(ratio, rects[ratio].w);
    renditions[ratio] = widths;
    jobs.push(...widths.map((width) => ({ ratio, width })));
  }
  const encode = async ({ ratio, width }: { ratio: RenditionRatio; width: number }): Promise<EncodedFile> => {
    const rect = rects[ratio];
    const height = Math.max(1, Math.round(width / RATIO_ASPECT[ratio]));
    const cut = image.source
      .clone()
      .extract({ left: rect.x, top: rect.y, width: rect.w, height: rect.h })
      // "fill": the crop already has the ratio to the pixel; this absorbs the rounding of the last one.
      .resize({ width, height, fit: "fill" });
    const ext = renditionExtension(ratio);
    const bytes = ext === "jpg" ? await cut.jpeg({ quality: 82, progressive: true }).toBuffer() : await cut.webp({ quality: 80, effort: options.webpEffort ?? 4 }).toBuffer();
    return { name: renditionFileName(fileKey, ratio, renditionKey, width), type: CONTENT_TYPES[ext], bytes };
  };
  const files: EncodedFile[] = [];
  for (let i = 0; i < jobs.length; i += 2) files.push(...(await Promise.all(jobs.slice(i, i + 2).map(encode))));
  return { renditionKey, renditions, files };
}

/** Writes a set's files; if one fails, removes those written and throws. */
export async function putRenditionFiles(files: EncodedFile[], store: MediaStore): Promise<void> {
  try {
    await Promise.all(files.map((f) => store.put(f.name, f.bytes, f.type)));
  } catch (e) {
    await Promise.all(files.map((f) => store.delete(f.name).catch(() => {})));
    throw e;
  }
}
