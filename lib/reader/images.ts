// How wide reader pages show their pictures (the `sizes` of cards and of an
// article's lead image), and the preload of a page's lead picture, with the
// same candidates and sizes as the <img> it stands for
// (components/site/picture.tsx), so the browser fetches the one it will use.
import { cropSources } from "@/lib/media/focal-sources";
import { pictureSources, type RenditionRatio } from "@/lib/media/urls";

/** A `<link rel="preload" as="image">` for the image the page is judged by (its LCP). */
export type ImagePreload = { href: string; srcSet: string; sizes: string; type?: string };

export type CoverMedia = { fileKey: string; variants: string; formats?: string | null; renditionKey?: string | null; renditions?: string | null };

/** The crop cards and the article's lead picture show (16:9; lib/media/renditions.ts), wide enough for Google Discover. */
export const LEAD_RATIO: RenditionRatio = "16x9";

/**
 * The `sizes` of each card variant, shared with components/site/article-card.tsx
 * and kept equal to the widths app/globals.css gives them (the page is at
 * most 1180 px wide; phones show lead and normal pictures full width).
 */
export const CARD_IMAGE_SIZES = {
  lead: "(min-width: 900px) 580px, 100vw",
  normal: "(min-width: 900px) 380px, 100vw",
  row: "(min-width: 900px) 128px, 88px",
  headline: "0px",
} as const;

/**
 * How wide an article's lead image is shown: the article column, like the
 * body's figures (BODY_IMAGE_SIZES in lib/content/body.ts, which the reader
 * site does not import so it does not load the editor's schema; a unit test
 * keeps the two equal).
 */
export const LEAD_IMAGE_SIZES = "(min-width: 900px) 720px, 100vw";

/** The preload of a picture shown at `sizes` (a card's, or LEAD_IMAGE_SIZES), as `ratio`'s crop when the item has it. */
export function coverPreload(media: CoverMedia, sizes: string, ratio?: RenditionRatio): ImagePreload {
  const crop = ratio ? cropSources(media, ratio) : null;
  if (crop) return { href: crop.src, srcSet: crop.srcSet, sizes };
  const { src, webp, avif } = pictureSources(media);
  // One preload: the AVIF set where there is one (browsers without AVIF skip a typed preload).
  return { href: src, srcSet: avif ?? webp, sizes, ...(avif ? { type: "image/avif" } : {}) };
}
