// Image files on local disk under <DATA_DIR>/media. Every image is re-encoded
// by sharp into a few widths of WebP with metadata (EXIF, GPS) dropped; the
// file names are chosen here, never taken from the uploader.
import { randomBytes } from "node:crypto";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import sharp from "sharp";
import { variantFileName } from "./urls";


export const VARIANT_WIDTHS = [480, 960, 1600] as const;
export const MAX_INPUT_PIXELS = 40_000_000; // refuse decompression bombs

export function mediaDir(dataDir = process.env.DATA_DIR ?? "data"): string {
  return path.resolve(dataDir, "media");
}

export type StoredImage = {
  fileKey: string;
  mimeType: string;
  width: number;
  height: number;
  variants: number[];
  sizeBytes: number;
};


export async function storeImage(input: Buffer, dir = mediaDir()): Promise<StoredImage> {
  const image = sharp(input, { limitInputPixels: MAX_INPUT_PIXELS }).rotate();
  const meta = await image.metadata();
  if (!meta.width || !meta.height) throw new Error("Not an image");
  // After rotate(), orientations 5–8 swap width and height.
  const swap = (meta.orientation ?? 1) >= 5;
  const width = swap ? meta.height : meta.width;
  const height = swap ? meta.width : meta.height;
  const widths: number[] = VARIANT_WIDTHS.filter((w) => w < width);
  if (widths.length < VARIANT_WIDTHS.length) widths.push(Math.min(width, VARIANT_WIDTHS[VARIANT_WIDTHS.length - 1]));
  const fileKey = randomBytes(10).toString("hex");
  await mkdir(dir, { recursive: true });
  let sizeBytes = 0;
  for (const w of widths) {
    const out = await image.clone().resize({ width: w, withoutEnlargement: true }).webp({ quality: 80 }).toBuffer();
    await writeFile(path.join(dir, variantFileName(fileKey, w)), out);
    sizeBytes += out.length;
  }
  return { fileKey, mimeType: "image/webp", width, height, variants: widths, sizeBytes };
}

const SAFE_NAME = /^[a-f0-9]{20}-\d{1,5}\.webp$/;

/** True for names this server could have given a stored variant. */
export function isVariantName(name: string): boolean {
  return SAFE_NAME.test(name);
}

/**
 * Where image variants live. Local disk is the default; an S3-compatible
 * bucket is the other implementation (chosen by environment variables).
 * Names are always variant names (see isVariantName).
 */
export interface MediaStore {
  readonly kind: "local" | "s3";
  put(name: string, bytes: Buffer, contentType: string): Promise<void>;
  /** The bytes, or null when there is no such file. */
  get(name: string): Promise<Buffer | null>;
  /** Removes the file; no error when it is already gone. */
  delete(name: string): Promise<void>;
}

export function localMediaStore(dir = mediaDir()): MediaStore {
  return {
    kind: "local",
    async put(name, bytes) {
      if (!isVariantName(name)) throw new Error(`Not a media file name: ${name}`);
      await mkdir(dir, { recursive: true });
      await writeFile(path.join(dir, name), bytes);
    },
    async get(name) {
      if (!isVariantName(name)) return null;
      try {
        return await readFile(path.join(dir, name));
      } catch {
        return null;
      }
    },
    async delete(name) {
      if (!isVariantName(name)) return;
      await rm(path.join(dir, name), { force: true });
    },
  };
}

/** The store this process is configured to use. */
export function mediaStore(): MediaStore {
  return localMediaStore();
}

/** Reads a variant by its public name; null for anything that is not one of ours. */
export async function readVariant(name: string, dir = mediaDir()): Promise<Buffer | null> {
  if (!SAFE_NAME.test(name)) return null;
  try {
    return await readFile(path.join(dir, name));
  } catch {
    return null;
  }
}
