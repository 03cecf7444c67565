// A responsive image from the media store: a <picture> offering the AVIF
// variants when the item has them (Media.formats; older items have WebP
// only, and no page may point at a file that was never made), then the <img>
// with the WebP srcset as the fallback. Width and height are set on the
// <img> so the layout does not shift while it loads. Synchronous and free of
// next/* so it also renders with react-dom/server outside Next.js.
import { pictureSources } from "@/lib/media/urls";

export type PictureMedia = {
  fileKey: string;
  variants: string;
  width: number;
  height: number;
  alt: string;
  /** Media.formats ("webp" or "webp,avif"); missing means WebP only. */
  formats?: string;
};

export function Picture({ media, sizes, eager = false }: { media: PictureMedia; sizes: string; eager?: boolean }) {
  const sources = pictureSources(media);
  return (
    <picture>
      {sources.avif ? <source type="image/avif" srcSet={sources.avif} sizes={sizes} /> : null}
      <img
        src={sources.src}
        srcSet={sources.webp}
        sizes={sizes}
        width={media.width}
        height={media.height}
        alt={media.alt}
        loading={eager ? "eager" : "lazy"}
        fetchPriority={eager ? "high" : undefined}
        decoding="async"
      />
    </picture>
  );
}
