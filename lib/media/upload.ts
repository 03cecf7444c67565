// The media library's rules: what an upload may be (type by content, size,
// pixel count), how an item is stored and described, when it is in use and
// may not be deleted. Free of `server-only` so tests and scripts can use it;
// callers pass the database client (and may pass the media store).
import type { Media, Prisma } from "@prisma/client";
import sharp from "sharp";
import { z } from "zod";
import type { Db, Tx } from "@/lib/db/client";
import { UserError } from "@/lib/errors/user-error";
import { messageFor } from "@/lib/i18n/catalogue";
import { MAX_INPUT_PIXELS, mediaStore, storeImage, UnreadableImageError, type MediaStore } from "@/lib/media/storage";
import { largestVariant, mediaUrl, parseVariants, srcSet, variantFileName } from "@/lib/media/urls";

/**
 * A refusal to show the user (bad upload, item in use, item gone): a
 * catalogue key, so server actions answer it in the user's language.
 */
export class MediaError extends UserError {}

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
export const MAX_TEXT_LENGTH = 500;
const MAX_NAME_LENGTH = 200;

export { UPLOAD_ACCEPT } from "@/lib/media/formats";

/**
 * Default alt text, caption and credit of an item (an article may override
 * them). The messages state MAX_TEXT_LENGTH (tests/unit/limits-in-messages.test.ts).
 */
export const mediaTextSchema = z.object({
  alt: z.string().trim().max(MAX_TEXT_LENGTH, "media.validation.altTooLong").default(""),
  caption: z.string().trim().max(MAX_TEXT_LENGTH, "media.validation.captionTooLong").default(""),
  credit: z.string().trim().max(MAX_TEXT_LENGTH, "media.validation.creditTooLong").default(""),
});

/** A media item as pages, client components and the editor see it (plain, serialisable). */
export type MediaItem = {
  id: string;
  /** The widest stored variant. */
  src: string;
  srcSet: string;
  width: number;
  height: number;
  alt: string;
  caption: string;
  credit: string;
  originalName: string;
  /** ISO 8601, UTC. */
  createdAt: string;
};

type MediaRow = Pick<
  Media,
  "id" | "fileKey" | "variants" | "width" | "height" | "alt" | "caption" | "credit" | "originalName" | "createdAt"
>;

export function toMediaItem(row: MediaRow): MediaItem {
  return {
    id: row.id,
    src: mediaUrl(row.fileKey, largestVariant(row.variants)),
    srcSet: srcSet(row.fileKey, row.variants),
    width: row.width,
    height: row.height,
    alt: row.alt,
    caption: row.caption,
    credit: row.credit,
    originalName: row.originalName,
    createdAt: row.createdAt.toISOString(),
  };
}

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
 * Checks an uploaded file, stores it re-encoded (responsive WebP variants,
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
    const row = await db.media.create({
      data: {
        fileKey: stored.fileKey,
        mimeType: stored.mimeType,
        width: stored.width,
        height: stored.height,
        variants: stored.variants.join(","),
        sizeBytes: stored.sizeBytes,
        ...text.data,
        originalName: cleanName(file.name),
        uploadedById: options.uploadedById,
      },
    });
    return toMediaItem(row);
  } catch (e) {
    // No row, so nothing would ever serve or delete the files: remove them now.
    await removeVariantFiles(stored.fileKey, stored.variants, store);
    throw e;
  }
}

// "In use" means: the cover of an article, or in an article's body (an
// ArticleMedia row, kept in step by the editor on every save). These two
// relations are the whole rule; the counts and the delete below both use them.
const NOT_USED = { covers: { none: {} }, usedIn: { none: {} } } satisfies Prisma.MediaWhereInput;

/** How many distinct articles use each item (items not in use are absent). */
export async function mediaUsageCounts(db: Tx, mediaIds: string[]): Promise<Map<string, number>> {
  if (mediaIds.length === 0) return new Map();
  const rows = await db.media.findMany({
    where: { id: { in: mediaIds }, NOT: NOT_USED },
    select: { id: true, covers: { select: { id: true } }, usedIn: { select: { articleId: true } } },
  });
  // An article with an item as both cover and body image counts once.
  return new Map(
    rows.map((m) => [m.id, new Set([...m.covers.map((a) => a.id), ...m.usedIn.map((u) => u.articleId)]).size]),
  );
}

/** How many articles use the item, as cover or in the body. */
export async function mediaUsage(db: Tx, mediaId: string): Promise<number> {
  return (await mediaUsageCounts(db, [mediaId])).get(mediaId) ?? 0;
}

/**
 * Deletes an item and its files, unless an article uses it: then it throws
 * MediaError saying how many. Returns the deleted row (for the audit log).
 */
export async function deleteMediaIfUnused(db: Db, mediaId: string, store: MediaStore = mediaStore()): Promise<Media> {
  const row = await db.media.findUnique({ where: { id: mediaId } });
  if (!row) throw new MediaError("media.errors.gone");
  // One conditional statement, so an article that starts using the item
  // between a check and the delete cannot slip through.
  const { count } = await db.media.deleteMany({ where: { id: mediaId, ...NOT_USED } });
  if (count === 0) {
    const used = await mediaUsage(db, mediaId);
    if (used === 0) throw new MediaError("media.errors.gone");
    throw new MediaError("media.errors.inUse", { count: used });
  }
  await removeVariantFiles(row.fileKey, parseVariants(row.variants), store);
  return row;
}

async function removeVariantFiles(fileKey: string, widths: number[], store: MediaStore): Promise<void> {
  // Best effort: a file left behind is only wasted space, since no row points at it.
  await Promise.all(widths.map((w) => store.delete(variantFileName(fileKey, w)).catch(() => {})));
}
