// The preload of a page's lead picture (the card image of the front page's
// lead story), with the same candidates and sizes as the <img> it stands for
// (components/site/picture.tsx), so the browser fetches the one it will use.
import { pictureSources } from "@/lib/media/urls";
import type { ImagePreload } from "@/lib/reader/head";

export type CoverMedia = { fileKey: string; variants: string; formats?: string | null };

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

export function coverPreload(media: CoverMedia, variant: keyof typeof CARD_IMAGE_SIZES): ImagePreload {
  const { src, webp, avif } = pictureSources(media);
  // One preload: the AVIF set where there is one (browsers without AVIF skip a typed preload).
  return { href: src, srcSet: avif ?? webp, sizes: CARD_IMAGE_SIZES[variant], ...(avif ? { type: "image/avif" } : {}) };
}
