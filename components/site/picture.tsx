// A responsive image from the media store: srcset over the stored widths,
// width and height set so the layout does not shift while it loads.
import { largestVariant, mediaUrl, srcSet } from "@/lib/media/urls";

export type PictureMedia = { fileKey: string; variants: string; width: number; height: number; alt: string };

export function Picture({ media, sizes, eager = false }: { media: PictureMedia; sizes: string; eager?: boolean }) {
  return (
    // eslint-disable-next-line @next/next/no-img-element -- variants are made at upload; no runtime optimizer needed
    <img
      src={mediaUrl(media.fileKey, largestVariant(media.variants))}
      srcSet={srcSet(media.fileKey, media.variants)}
      sizes={sizes}
      width={media.width}
      height={media.height}
      alt={media.alt}
      loading={eager ? "eager" : "lazy"}
      fetchPriority={eager ? "high" : undefined}
      decoding="async"
    />
  );
}
