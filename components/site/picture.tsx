// A responsive image from the media store: srcset over the stored widths,
// width and height set so the layout does not shift while it loads.
import { mediaUrl } from "@/lib/media/storage";

export type PictureMedia = { fileKey: string; variants: string; width: number; height: number; alt: string };

export function Picture({ media, sizes, eager = false }: { media: PictureMedia; sizes: string; eager?: boolean }) {
  const widths = media.variants.split(",").map(Number).sort((a, b) => a - b);
  const largest = widths[widths.length - 1];
  return (
    // eslint-disable-next-line @next/next/no-img-element -- variants are made at upload; no runtime optimizer needed
    <img
      src={mediaUrl(media.fileKey, largest)}
      srcSet={widths.map((w) => `${mediaUrl(media.fileKey, w)} ${w}w`).join(", ")}
      sizes={sizes}
      width={media.width}
      height={media.height}
      alt={media.alt}
      loading={eager ? "eager" : "lazy"}
      decoding="async"
    />
  );
}
