// Image files: encoding and where they are kept. Every image is re-encoded by
// sharp into a few widths, each as WebP and as AVIF (smaller; pages offer it
// through <picture>, WebP staying the fallback), with metadata (EXIF, GPS)
// dropped; the file names are chosen here, never taken from the uploader.
// The files go to a MediaStore (lib/media/store.ts), chosen here: local disk under
// <DATA_DIR>/media by default (lib/media/local-store.ts), or an S3-compatible
// bucket (lib/media/s3-store.ts) when MEDIA_STORAGE=s3.
import { randomBytes } from "node:crypto";
import sharp, { type Sharp } from "sharp";
import { readMediaConfig, type MediaConfig } from "@/lib/config/env";
import { localMediaStore } from "@/lib/media/local-store";
import { s3MediaStore } from "@/lib/media/s3-store";
import { encodeRenditions, renditionSource, type Renditions } from "@/lib/media/renditions";
import type { MediaStore } from "@/lib/media/store";
import { MEDIA_TYPES, variantFileName, type MediaFormat } from "@/lib/media/urls";

export const VARIANT_WIDTHS = [480, 960, 1600] as const;
export const MAX_INPUT_PIXELS = 40_000_000; // refuse decompression bombs

/** The formats every new item is stored in, WebP first (the fallback every browser shows). */
export const STORED_FORMATS: readonly MediaFormat[] = ["webp", "avif"];

// AVIF at quality 50 looks about like WebP at 80 and takes about half the
// bytes. Effort (0–9) is where the time goes. For a 2000 px image, all
// widths: effort 3 with 4:2:0 chroma costs 1.3–2.3 s of CPU (WebP alone
// about 0.3 s); 4 takes three times as long for 3–20% fewer bytes, too slow
// to wait for at upload; 2 takes a third less for 1–8% more bytes, paid on
// every page view.
export const AVIF_EFFORT = 3;

export type EncodeOptions = {
  /** AVIF encoder effort, 0–9 (default AVIF_EFFORT). Bulk jobs of simple drawn images may go lower. */
  avifEffort?: number;
  /** WebP effort of the crop renditions, 0–6 (default 4); 1 is about three times faster for about 30% more bytes on drawn images. */
  renditionEffort?: number;
};

const ENCODERS: Record<MediaFormat, (image: Sharp, options: EncodeOptions) => Sharp> = {
  webp: (image) => image.webp({ quality: 80 }),
  avif: (image, options) => image.avif({ quality: 50, effort: options.avifEffort ?? AVIF_EFFORT, chromaSubsampling: "4:2:0" }),
};

export type StoredImage = {
  fileKey: string;
  mimeType: string;
  width: number;
  height: number;
  variants: number[];
  /** The formats stored at every width (Media.formats, joined by commas). */
  formats: MediaFormat[];
  /** All variant files together, every format (crop renditions not counted: they are re-made). */
  sizeBytes: number;
  /** The crop renditions made with it (around the centre: no focal point yet), lib/media/renditions.ts. */
  renditionKey?: string;
  renditions?: Renditions;
};

/** sharp could not decode or encode the image: the file's fault, unlike a failing store. */
export class UnreadableImageError extends Error {}

/**
 * Encodes the image into its variants and writes them to `store`. Throws
 * UnreadableImageError when the image cannot be decoded; errors of the store
 * (disk full, bucket unreachable) are passed on as they are.
 */
export async function storeImage(input: Buffer, store: MediaStore = mediaStore(), options: EncodeOptions = {}): Promise<StoredImage> {
  const fileKey = randomBytes(10).toString("hex");
  let width: number;
  let height: number;
  let widths: number[];
  const files: { name: string; type: string; bytes: Buffer }[] = [];
  let renditionKey: string;
  let renditions: Renditions;
  let variantBytes: number;
  try {
    const image = sharp(input, { limitInputPixels: MAX_INPUT_PIXELS }).rotate();
    const meta = await image.metadata();
    if (!meta.width || !meta.height) throw new Error("Not an image");
    // After rotate(), orientations 5–8 swap width and height.
    const swap = (meta.orientation ?? 1) >= 5;
    width = swap ? meta.height : meta.width;
    height = swap ? meta.width : meta.height;
    widths = VARIANT_WIDTHS.filter((w) => w < width);
    if (widths.length < VARIANT_WIDTHS.length) widths.push(Math.min(width, VARIANT_WIDTHS[VARIANT_WIDTHS.length - 1]));
    for (const w of widths) {
      // The formats of one width side by side: with glibc sharp gives each
      // encode one thread, so two of them use both cores of a small server.
      // Widths one after another, so one upload never takes more than that.
      const encoded = await Promise.all(
        STORED_FORMATS.map(async (format) => ({
          name: variantFileName(fileKey, w, format),
          type: MEDIA_TYPES[format],
          bytes: await ENCODERS[format](image.clone().resize({ width: w, withoutEnlargement: true }), options).toBuffer(),
        })),
      );
      files.push(...encoded);
    }
    // Crops from the same pixels as the largest variant, as later re-cuts from it will be.
    const source = await renditionSource(image, VARIANT_WIDTHS[VARIANT_WIDTHS.length - 1]);
    const cut = await encodeRenditions(fileKey, source, { x: 0.5, y: 0.5 }, {}, { webpEffort: options.renditionEffort });
    ({ renditionKey, renditions } = cut);
    variantBytes = files.reduce((sum, f) => sum + f.bytes.length, 0);
    files.push(...cut.files);
  } catch (e) {
    throw new UnreadableImageError(e instanceof Error ? e.message : String(e), { cause: e });
  }

  // Encoded first, written after (in parallel: a bucket's latency adds up):
  // a damaged image never leaves some of its variants behind.
  try {
    await Promise.all(files.map((f) => store.put(f.name, f.bytes, f.type)));
  } catch (e) {
    await Promise.all(files.map((f) => store.delete(f.name).catch(() => {})));
    throw e;
  }
  return {
    fileKey,
    mimeType: "image/webp",
    width,
    height,
    variants: widths,
    formats: [...STORED_FORMATS],
    sizeBytes: variantBytes,
    renditionKey,
    renditions,
  };
}

/** The store a configuration names (MEDIA_STORAGE and the S3_* variables, see lib/config/env.ts). */
export function createMediaStore(config: MediaConfig): MediaStore {
  return config.storage === "s3" ? s3MediaStore(config.s3) : localMediaStore();
}

let configured: MediaStore | undefined;

/**
 * The store this process is configured to use. Made once: the S3 client
 * keeps its connections open between requests. Throws ConfigError when the
 * settings are incomplete (`npm start` checks them before serving).
 */
export function mediaStore(): MediaStore {
  return (configured ??= createMediaStore(readMediaConfig()));
}
