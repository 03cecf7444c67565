// The reader's HTML of one picture with its caption, as a body figure and
// each gallery image show it: a responsive <picture> (AVIF sources, WebP
// srcset from the stored variants), its size, eager for the article's first
// image and lazy for the rest, and a <figcaption> with the credit apart. In a
// module of its own so lib/content/body-html.ts and lib/content/galleries.ts
// share it without importing each other. Every value is escaped.
import { pictureSources } from "@/lib/media/urls";
import { escapeHtml } from "@/lib/content/escape-html";
import type { RenderContext } from "@/lib/content/render-context";

/** How wide body images are shown: the article column, or the screen on phones. */
export const BODY_IMAGE_SIZES = "(min-width: 900px) 720px, 100vw";

/** The <figcaption> of a caption and credit ("" when both are empty). */
export function figcaptionHtml(caption: string, credit: string): string {
  if (!caption && !credit) return "";
  return `<figcaption>${escapeHtml(caption)}${credit ? ` <span class="credit">${escapeHtml(credit)}</span>` : ""}</figcaption>`;
}

/** The <picture> (or lone <img>) of a figure's or gallery image's attributes; counts it in ctx.figures. */
export function pictureHtml(a: Record<string, unknown>, ctx: RenderContext, sizes = BODY_IMAGE_SIZES): string {
  const size = a.width && a.height ? ` width="${Number(a.width)}" height="${Number(a.height)}"` : "";
  const media = typeof a.mediaId === "string" ? ctx.media.get(a.mediaId) : undefined;
  const sources = media ? pictureSources(media) : undefined;
  const responsive = sources ? ` srcset="${escapeHtml(sources.webp)}" sizes="${sizes}"` : "";
  // The first image is the article's lead image: load it at once; the rest lazily.
  const loading = ctx.figures++ === 0 ? ' fetchpriority="high"' : ' loading="lazy"';
  const img = `<img src="${escapeHtml(String(a.src))}"${responsive} alt="${escapeHtml(String(a.alt ?? ""))}"${size}${loading} decoding="async">`;
  // As components/site/picture.tsx: AVIF first for browsers that take it,
  // the <img> (WebP) as the fallback; only for items that have AVIF.
  return sources?.avif ? `<picture><source type="image/avif" srcset="${escapeHtml(sources.avif)}" sizes="${sizes}">${img}</picture>` : img;
}

/** A whole <figure>: picture and caption. */
export function figureHtml(a: Record<string, unknown>, ctx: RenderContext): string {
  return `<figure>${pictureHtml(a, ctx)}${figcaptionHtml(String(a.caption ?? ""), String(a.credit ?? ""))}</figure>`;
}
