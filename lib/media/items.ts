// Media items: the library's record of one image, its default alt text,
// caption and credit, and the plain shape pages, client components and the
// editor see. Free of `server-only` so tests and scripts can use it; callers
// pass the database client.
import type { Media } from "@prisma/client";
import { z } from "zod";
import type { Db } from "@/lib/db/client";
import { UserError } from "@/lib/errors/user-error";
import { parseHandCrops, type HandCrops } from "@/lib/media/crop-geometry";
import { isMediaKind, type MediaKind } from "@/lib/media/kinds";
import type { StoredImage } from "@/lib/media/storage";
import { nfcText } from "@/lib/text/nfc";
import { largestVariant, mediaFileExtension, mediaFileUrl, mediaUrl, srcSet } from "@/lib/media/urls";

/**
 * A refusal to show the user (bad upload, item in use, item gone): a
 * catalogue key, so server actions answer it in the user's language.
 */
export class MediaError extends UserError {}

export const MAX_TEXT_LENGTH = 500;

/**
 * Default alt text, caption and credit of an item (an article may override
 * them), stored in NFC like every text. The messages state MAX_TEXT_LENGTH (tests/unit/limits-in-messages.test.ts).
 */
export const mediaTextSchema = z.object({
  alt: nfcText().max(MAX_TEXT_LENGTH, "media.validation.altTooLong").default(""),
  caption: nfcText().max(MAX_TEXT_LENGTH, "media.validation.captionTooLong").default(""),
  credit: nfcText().max(MAX_TEXT_LENGTH, "media.validation.creditTooLong").default(""),
});

export type MediaText = z.output<typeof mediaTextSchema>;

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
  /** Image, video or captions (lib/media/kinds.ts). */
  kind: MediaKind;
  /** The focal point as fractions (0–1) from the top left; null: the centre. */
  focalX: number | null;
  focalY: number | null;
  /** Crops adjusted by hand, per ratio, as fractions (lib/media/crop-geometry.ts); the others follow the focal point. */
  crops?: HandCrops;
  /** Videos: the length in seconds when the file says it. Captions: their language (BCP 47). */
  durationSeconds?: number | null;
  language?: string;
};

type MediaRow = Pick<
  Media,
  "id" | "fileKey" | "variants" | "width" | "height" | "alt" | "caption" | "credit" | "originalName" | "createdAt" | "kind" | "focalX" | "focalY"
> &
  Partial<Pick<Media, "mimeType" | "durationSeconds" | "language" | "crops">>;

export function toMediaItem(row: MediaRow): MediaItem {
  // Videos and captions are one file each (lib/media/video-items.ts), not image variants.
  const file = row.kind === "video" || row.kind === "captions" ? mediaFileUrl(row.fileKey, mediaFileExtension(row.kind, row.mimeType)) : null;
  return {
    id: row.id,
    src: file ?? mediaUrl(row.fileKey, largestVariant(row.variants)),
    srcSet: file ? "" : srcSet(row.fileKey, row.variants),
    width: row.width,
    height: row.height,
    alt: row.alt,
    caption: row.caption,
    credit: row.credit,
    originalName: row.originalName,
    createdAt: row.createdAt.toISOString(),
    kind: isMediaKind(row.kind) ? row.kind : "image",
    focalX: row.focalX,
    focalY: row.focalY,
    ...(row.crops !== undefined && !file ? { crops: parseHandCrops(row.crops) } : {}),
    ...(file ? { durationSeconds: row.durationSeconds ?? null, language: row.language ?? "" } : {}),
  };
}

/** The row of an image whose files are stored, with its (already checked) texts. */
export async function createMediaItem(
  db: Db,
  stored: StoredImage,
  fields: MediaText & { originalName: string; uploadedById: string | null },
): Promise<MediaItem> {
  const row = await db.media.create({
    data: {
      fileKey: stored.fileKey,
      mimeType: stored.mimeType,
      width: stored.width,
      height: stored.height,
      variants: stored.variants.join(","),
      formats: stored.formats.join(","),
      sizeBytes: stored.sizeBytes,
      ...(stored.renditionKey ? { renditionKey: stored.renditionKey, renditions: JSON.stringify(stored.renditions ?? {}) } : {}),
      ...fields,
    },
  });
  return toMediaItem(row);
}
