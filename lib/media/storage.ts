// Image files: encoding and where they are kept. Every image is re-encoded by
// sharp into a few widths of WebP with metadata (EXIF, GPS) dropped; the file
// names are chosen here, never taken from the uploader. The files go to a
// MediaStore (lib/media/store.ts), chosen here: local disk under
// <DATA_DIR>/media by default (lib/media/local-store.ts), or an S3-compatible
// bucket (lib/media/s3-store.ts) when MEDIA_STORAGE=s3.
import { randomBytes } from "node:crypto";
import sharp from "sharp";
import { readMediaConfig, type MediaConfig } from "@/lib/config/env";
import { localMediaStore } from "@/lib/media/local-store";
import { s3MediaStore } from "@/lib/media/s3-store";
import type { MediaStore } from "@/lib/media/store";
import { variantFileName } from "@/lib/media/urls";

export const VARIANT_WIDTHS = [480, 960, 1600] as const;
export const MAX_INPUT_PIXELS = 40_000_000; // refuse decompression bombs

export type StoredImage = {
  fileKey: string;
  mimeType: string;
  width: number;
  height: number;
  variants: number[];
  sizeBytes: number;
};

/** sharp could not decode or encode the image: the file's fault, unlike a failing store. */
export class UnreadableImageError extends Error {}

/**
 * Encodes the image into its variants and writes them to `store`. Throws
 * UnreadableImageError when the image cannot be decoded; errors of the store
 * (disk full, bucket unreachable) are passed on as they are.
 */
export async function storeImage(input: Buffer, store: MediaStore = mediaStore()): Promise<StoredImage> {
  const fileKey = randomBytes(10).toString("hex");
  let width: number;
  let height: number;
  const files: { width: number; name: string; bytes: Buffer }[] = [];
  try {
    const image = sharp(input, { limitInputPixels: MAX_INPUT_PIXELS }).rotate();
    const meta = await image.metadata();
    if (!meta.width || !meta.height) throw new Error("Not an image");
    // After rotate(), orientations 5–8 swap width and height.
    const swap = (meta.orientation ?? 1) >= 5;
    width = swap ? meta.height : meta.width;
    height = swap ? meta.width : meta.height;
    const widths: number[] = VARIANT_WIDTHS.filter((w) => w < width);
    if (widths.length < VARIANT_WIDTHS.length) widths.push(Math.min(width, VARIANT_WIDTHS[VARIANT_WIDTHS.length - 1]));
    for (const w of widths) {
      const bytes = await image.clone().resize({ width: w, withoutEnlargement: true }).webp({ quality: 80 }).toBuffer();
      files.push({ width: w, name: variantFileName(fileKey, w), bytes });
    }
  } catch (e) {
    throw new UnreadableImageError(e instanceof Error ? e.message : String(e), { cause: e });
  }

  // Encoded first, written after (in parallel: a bucket's latency adds up):
  // a damaged image never leaves some of its variants behind.
  try {
    await Promise.all(files.map((f) => store.put(f.name, f.bytes, "image/webp")));
  } catch (e) {
    await Promise.all(files.map((f) => store.delete(f.name).catch(() => {})));
    throw e;
  }
  return {
    fileKey,
    mimeType: "image/webp",
    width,
    height,
    variants: files.map((f) => f.width),
    sizeBytes: files.reduce((sum, f) => sum + f.bytes.length, 0),
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
