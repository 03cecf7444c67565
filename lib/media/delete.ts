// Deleting media: an item with its files, by someone who may manage it
// (lib/media/access.ts), refused while an article uses it
// (lib/media/usage.ts), and the removal of an item's files (also used when an
// upload's row cannot be written). Free of `server-only` so tests and scripts
// can use it.
import type { Media } from "@prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record";
import type { Db } from "@/lib/db/client";
import { assertCanManageMedia } from "@/lib/media/access";
import { MediaError } from "@/lib/media/items";
import { parseRenditions, removeRenditionFiles } from "@/lib/media/renditions";
import { mediaStore } from "@/lib/media/storage";
import type { MediaStore } from "@/lib/media/store";
import { MEDIA_FORMATS, mediaFileExtension, parseVariants, variantFileName } from "@/lib/media/urls";
import { mediaUsage, NOT_IN_USE } from "@/lib/media/usage";

/**
 * Deletes an item, audited as `actor`'s, and then its files, unless `actor`
 * may not manage it (MediaError) or an article uses it (MediaError saying how
 * many). The row and the audit event are one transaction; the files go only
 * once it has committed, so a failed delete leaves a whole item. Returns the
 * deleted row.
 */
export async function deleteMediaIfUnused(
  db: Db,
  actor: Pick<Actor, "id" | "role" | "ip">,
  mediaId: string,
  store: MediaStore = mediaStore(),
): Promise<Media> {
  const row = await db.$transaction(async (tx) => {
    const row = await tx.media.findUnique({ where: { id: mediaId } });
    if (!row) throw new MediaError("media.errors.gone");
    assertCanManageMedia(actor, row);
    // One conditional statement for covers and body images, so an article
    // that starts using the item between a check and the delete cannot slip
    // through (and one that saves it afterwards meets the foreign key).
    const { count } = await tx.media.deleteMany({ where: { id: mediaId, ...NOT_IN_USE } });
    // Pending updates hold the item in JSON, not in a row: read them after
    // the delete, so an update saved before it is seen, and undo the delete
    // (by throwing, which rolls the transaction back) if one uses it.
    const used = await mediaUsage(tx, mediaId);
    if (used > 0) throw new MediaError("media.errors.inUse", { count: used });
    if (count === 0) throw new MediaError("media.errors.gone");
    await recordAudit(tx, {
      action: "media.deleted",
      actorId: actor.id,
      targetType: "media",
      targetId: mediaId,
      detail: { originalName: row.originalName, fileKey: row.fileKey },
      ip: actor.ip ?? null,
    });
    return row;
  });
  await removeVariantFiles(row.fileKey, parseVariants(row.variants), store);
  // A video or captions item is one file, <fileKey>.<mp4|webm|vtt> (lib/media/video.ts).
  if (row.kind === "video" || row.kind === "captions") await store.delete(`${row.fileKey}.${mediaFileExtension(row.kind, row.mimeType)}`).catch(() => {});
  await removeRenditionFiles(row.fileKey, row.renditionKey, parseRenditions(row.renditions), store);
  return row;
}

/** Removes the files of an item's variants from `store`, in every format. */
export async function removeVariantFiles(fileKey: string, widths: number[], store: MediaStore): Promise<void> {
  // Every format, whatever Media.formats says: deleting a file that was
  // never made costs nothing (local rm is forced, S3 answers 204), and no
  // AVIF can be left behind by a row that under-reports its formats.
  // Best effort: a file left behind is only wasted space, since no row points at it.
  const names = widths.flatMap((w) => MEDIA_FORMATS.map((format) => variantFileName(fileKey, w, format)));
  await Promise.all(names.map((name) => store.delete(name).catch(() => {})));
}
