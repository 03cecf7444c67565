// What rendering a body's HTML needs to know besides the body itself, in its
// own module so the node kinds' renderers (figures in body-html.ts, tables,
// embeds, galleries, videos) can share it without importing one another.

/**
 * Stored media items, by id, as the body's nodes point at them (figures,
 * gallery images, embed thumbnails, videos, posters, captions): images get
 * responsive srcsets from `variants` (and AVIF when `formats` lists it;
 * missing means WebP only, items stored before AVIF). The other fields are
 * there for videos and captions (lib/media/kinds.ts) and may be missing in
 * callers that only render images.
 */
export type MediaVariants = Map<
  string,
  {
    fileKey: string;
    variants: string | number[];
    formats?: string;
    kind?: string;
    mimeType?: string;
    width?: number;
    height?: number;
    language?: string;
    durationSeconds?: number | null;
    /** The item's caption: captions' label in the player's menu. */
    caption?: string;
  }
>;

export type RenderContext = {
  media: MediaVariants;
  /** How many images have been rendered so far: the first is the lead, loaded at once. */
  figures: number;
};
