// Changing an item's default alt text, caption and credit, by someone who may
// manage it (lib/media/access.ts), audited in the same transaction. Articles
// that set their own texts keep them; only later uses get the new defaults.
// Free of `server-only` so tests and scripts can use it.
import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record";
import type { Db } from "@/lib/db/client";
import { assertCanManageMedia } from "@/lib/media/access";
import { MediaError, toMediaItem, type MediaItem, type MediaText } from "@/lib/media/items";

/** Writes the texts of `mediaId` (already checked by mediaTextSchema); MediaError when it is gone or not `actor`'s to change. */
export async function updateMediaTexts(
  db: Db,
  actor: Pick<Actor, "id" | "role" | "ip">,
  mediaId: string,
  { alt, caption, credit }: MediaText,
): Promise<MediaItem> {
  return db.$transaction(async (tx) => {
    const existing = await tx.media.findUnique({ where: { id: mediaId }, select: { uploadedById: true } });
    if (!existing) throw new MediaError("media.errors.gone");
    assertCanManageMedia(actor, existing);
    const row = await tx.media.update({ where: { id: mediaId }, data: { alt, caption, credit } });
    await recordAudit(tx, { action: "media.updated", actorId: actor.id, targetType: "media", targetId: mediaId, ip: actor.ip ?? null });
    return toMediaItem(row);
  });
}
