// What pages offer of an image's crop renditions (lib/media/renditions.ts
// makes them): a ratio's srcset for cards and the lead picture, the 1200×630
// JPEG for social cards, and the ratios search engines are given. Items
// without renditions (renditionKey "", made before crops) fall back to their
// plain variants. No I/O and no sharp, so any module may use it.
import { parsePerRatio, RATIO_ASPECT } from "@/lib/media/crop-geometry";
import { absoluteMediaUrl, largestVariant, renditionUrl, type RenditionRatio } from "@/lib/media/urls";

/** Which widths a ratio is stored at (Media.renditions). */
export type Renditions = Partial<Record<RenditionRatio, number[]>>;

/** The fields of a Media row these need (renditions as stored, JSON). */
export type RenditionMedia = { fileKey: string; renditionKey?: string | null; renditions?: string | null };

/** Media.renditions as stored (JSON), keeping only known ratios with whole positive widths. */
export function parseRenditions(json: string | null | undefined): Renditions {
  return parsePerRatio(json, (widths) =>
    Array.isArray(widths) && widths.length && widths.every((w) => Number.isInteger(w) && w > 0) ? [...(widths as number[])].sort((a, b) => a - b) : undefined,
  );
}

/** A ratio's files: the widest as the fallback address, a srcset, and the widest's size. */
export type CropSources = { src: string; srcSet: string; width: number; height: number };

/** The renditions of `ratio`, or null when the item has none (then pages use its plain variants). */
export function cropSources(media: RenditionMedia, ratio: RenditionRatio): CropSources | null {
  if (!media.renditionKey) return null;
  const widths = parseRenditions(media.renditions)[ratio];
  if (!widths?.length) return null;
  const key = media.renditionKey;
  const widest = widths[widths.length - 1];
  return {
    src: renditionUrl(media.fileKey, ratio, key, widest),
    srcSet: widths.map((w) => `${renditionUrl(media.fileKey, ratio, key, w)} ${w}w`).join(", "),
    width: widest,
    height: Math.round(widest / RATIO_ASPECT[ratio]),
  };
}

const absolute = (siteUrl: string, url: string) => (url.startsWith("/") ? siteUrl + url : url);

/**
 * The social card image (og:image, twitter:image) with its size: the
 * 1200×630 JPEG crop, else the widest plain variant at the item's shape.
 */
export function socialImage(
  siteUrl: string,
  media: RenditionMedia & { variants: string; width: number; height: number },
): { url: string; width: number; height: number } {
  const og = cropSources(media, "og");
  if (og) return { url: absolute(siteUrl, og.src), width: og.width, height: og.height };
  const widest = largestVariant(media.variants);
  return { url: absoluteMediaUrl(siteUrl, media.fileKey, widest), width: widest, height: Math.round((widest * media.height) / media.width) };
}

/**
 * The images search engines are given for an article (JSON-LD `image`): the
 * widest 16:9, 4:3 and 1:1 crops, as Google asks for several ratios, else
 * the widest plain variant.
 */
export function structuredDataImages(siteUrl: string, media: RenditionMedia & { variants: string }): string[] {
  const crops = (["16x9", "4x3", "1x1"] as const).map((r) => cropSources(media, r)).filter((c): c is CropSources => c !== null);
  if (crops.length) return crops.map((c) => absolute(siteUrl, c.src));
  return [absoluteMediaUrl(siteUrl, media.fileKey, largestVariant(media.variants))];
}
