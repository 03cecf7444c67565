// The Media rows of items that are one stored file (a video, <fileKey>.mp4|webm,
// or captions, <fileKey>.vtt), as lib/media/video.ts and captions.ts create
// them. Such rows have no image variants (variants and formats are empty),
// so the image-only code (srcsets, crops) never runs for them.
import type { Db } from "@/lib/db/client";
import { toMediaItem, type MediaItem } from "@/lib/media/items";

export type MediaFileKind = "video" | "captions";

export async function createMediaFileItem(
  db: Db,
  item: {
    kind: MediaFileKind;
    fileKey: string;
    mimeType: string;
    sizeBytes: number;
    width: number;
    height: number;
    durationSeconds: number | null;
    language: string;
    caption: string;
    credit: string;
    originalName: string;
    uploadedById: string | null;
  },
): Promise<MediaItem> {
  const row = await db.media.create({ data: { ...item, variants: "", formats: "", alt: "" } });
  return toMediaItem(row);
}
