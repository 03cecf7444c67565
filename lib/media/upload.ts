// Accepting an upload: what a file may be (type by content, size, pixel
// count), then storing it and creating its item (items: lib/media/items.ts;
// which articles use one: lib/media/usage.ts; deleting: lib/media/delete.ts).
// Free of `server-only` so tests and scripts can use it;
// callers pass the database client (and may pass the media store).
import sharp from "sharp";
import type { Db } from "@/lib/db/client";
import { messageFor } from "@/lib/i18n/catalogue";
import { removeVariantFiles } from "@/lib/media/delete";
import { removeRenditionFiles } from "@/lib/media/renditions";
import { createMediaItem, MediaError, mediaTextSchema, type MediaItem } from "@/lib/media/items";
import { MAX_INPUT_PIXELS, mediaStore, storeImage, UnreadableImageError } from "@/lib/media/storage";
import type { MediaStore } from "@/lib/media/store";

/** An upload refused for what the file is. Its {types} are named in the reader's language. */
export class UploadError extends MediaError {
  constructor(key: string, values: Record<string, string | number> = {}) {
    super(key, { ...values, types: messageFor("en", "media.acceptedTypes") });
  }

  override messageIn(locale: string): string {
    return messageFor(locale, this.key, { ...this.values, types: messageFor(locale, "media.acceptedTypes") });
  }
}

export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
const MAX_NAME_LENGTH = 200;

/** An upload over MAX_UPLOAD_BYTES (HTTP callers answer 413). */
export class UploadTooLargeError extends UploadError {
  constructor() {
    super("media.errors.tooLarge", { size: MAX_UPLOAD_BYTES / 1024 / 1024 });
  }
}

/** Throws unless `size` bytes is within the upload limit (the route checks it before reading the file). */
export function assertUploadSize(size: number): void {
  if (size > MAX_UPLOAD_BYTES) throw new UploadTooLargeError();
}

/**
 * The image's real format, read from its bytes (the name and the browser's
 * type are the uploader's word and mean nothing). Throws UploadError for
 * anything but the allowed types, and for images with too many pixels.
 */
async function sniffImage(bytes: Buffer): Promise<void> {
  const meta = await sharp(bytes)
    .metadata()
    .catch(() => {
      throw new UploadError("media.errors.notAnImage");
    });
  if (meta.format === "svg") {
    // Named, so the uploader knows why: an SVG is a document that can carry
    // scripts and links, not a photo.
    throw new UploadError("media.errors.svg");
  }
  // sharp reports AVIF as HEIF with AV1 compression; other HEIF (iPhone HEIC) is refused.
  const isAvif = meta.format === "heif" && meta.compression === "av1";
  if (!isAvif && !(["jpeg", "png", "webp", "gif"] as string[]).includes(meta.format)) {
    const found = meta.format === "heif" ? "HEIC" : meta.format.toUpperCase();
    throw new UploadError("media.errors.format", { format: found });
  }
  if (!meta.width || !meta.height) throw new UploadError("media.errors.noSize");
  // Checked here, from the header alone, before anything is decoded: a small
  // file can unpack into gigabytes of pixels (a decompression bomb).
  if (meta.width * meta.height > MAX_INPUT_PIXELS) {
    throw new UploadError("media.errors.tooManyPixels", { width: meta.width, height: meta.height, limit: MAX_INPUT_PIXELS / 1_000_000 });
  }
}

/** The uploader's file name without any folder, for finding the item again. */
function cleanName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  // Drop control characters; count by code points so no surrogate pair is cut.
  return Array.from(base.replace(/[\u0000-\u001f\u007f]/g, "").trim()).slice(0, MAX_NAME_LENGTH).join("");
}

/**
 * Checks an uploaded file, stores it re-encoded (responsive WebP and AVIF variants,
 * metadata such as EXIF and GPS dropped) and creates its Media row.
 * Throws UploadError with a message for the uploader when it is refused.
 */
export async function acceptUpload(
  db: Db,
  file: { bytes: Buffer; name: string },
  options: { uploadedById: string | null; alt?: string; caption?: string; credit?: string; store?: MediaStore },
): Promise<MediaItem> {
  assertUploadSize(file.bytes.length);
  const text = mediaTextSchema.safeParse({ alt: options.alt, caption: options.caption, credit: options.credit });
  if (!text.success) throw new UploadError(text.error.issues[0].message);
  await sniffImage(file.bytes);

  const store = options.store ?? mediaStore();
  let stored: Awaited<ReturnType<typeof storeImage>>;
  try {
    stored = await storeImage(file.bytes, store);
  } catch (e) {
    // Only a bad image is the uploader's to fix; a failing store (disk full,
    // bucket unreachable) is ours and goes on as a server error.
    if (!(e instanceof UnreadableImageError)) throw e;
    throw new UploadError("media.errors.damaged");
  }

  try {
    return await createMediaItem(db, stored, { ...text.data, originalName: cleanName(file.name), uploadedById: options.uploadedById });
  } catch (e) {
    // No row, so nothing would ever serve or delete the files: remove them now.
    await removeVariantFiles(stored.fileKey, stored.variants, store);
    await removeRenditionFiles(stored.fileKey, stored.renditionKey ?? "", stored.renditions ?? {}, store);
    throw e;
  }
}
