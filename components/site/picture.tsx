// A responsive image from the media store. Given a `ratio` and an item that
// has crop renditions (lib/media/renditions.ts), the <img> offers that
// crop's WebP widths at the crop's shape; otherwise a <picture> offering the
// AVIF variants when the item has them (Media.formats; older items have WebP
// only, and no page may point at a file that was never made), then the <img>
// with the WebP srcset as the fallback. Width and height are set on the
// <img> so the layout does not shift while it loads. Synchronous and free of
// next/* so it also renders with react-dom/server outside Next.js.
import { cropSources } from "@/lib/media/focal-sources";
import { pictureSources, type RenditionRatio } from "@/lib/media/urls";

export type PictureMedia = {
  fileKey: string;
  variants: string;
  width: number;
  height: number;
  alt: string;
  /** Media.formats ("webp" or "webp,avif"); missing means WebP only. */
  formats?: string;
  /** The crop renditions (Media.renditionKey, Media.renditions); missing or "": none. */
  renditionKey?: string;
  renditions?: string;
};

type Props = { media: PictureMedia; sizes: string; eager?: boolean; ratio?: RenditionRatio };

export function Picture({ media, sizes, eager = false, ratio }: Props) {
  const loading = eager ? "eager" : "lazy";
  const fetchPriority = eager ? "high" : undefined;
  const crop = ratio ? cropSources(media, ratio) : null;
  const plain = crop ? null : pictureSources(media);
  const image = crop ?? { src: plain!.src, srcSet: plain!.webp, width: media.width, height: media.height };
  return (
    <picture>
      {plain?.avif ? <source type="image/avif" srcSet={plain.avif} sizes={sizes} /> : null}
      <img
        src={image.src}
        srcSet={image.srcSet}
        sizes={sizes}
        width={image.width}
        height={image.height}
        alt={media.alt}
        loading={loading}
        fetchPriority={fetchPriority}
        decoding="async"
      />
    </picture>
  );
}
