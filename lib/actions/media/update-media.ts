"use server";
// Changes an item's default alt text, caption and credit. Articles that set
// their own keep them; only later uses of the item get the new defaults.
import { z } from "zod";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { mediaTextSchema, toMediaItem } from "@/lib/media/upload";
import { authedAction, refuse } from "@/lib/actions/action";

const schema = mediaTextSchema.extend({ id: z.string().min(1, "validation.invalid") });

export const updateMediaAction = authedAction("article:create", schema, async ({ id, alt, caption, credit }, user) => {
  const media = await db.$transaction(async (tx) => {
    const existing = await tx.media.findUnique({ where: { id }, select: { id: true } });
    if (!existing) refuse("media.errors.gone");
    const row = await tx.media.update({ where: { id }, data: { alt, caption, credit } });
    await recordAudit(tx, { action: "media.updated", actorId: user.id, targetType: "media", targetId: id });
    return row;
  });
  return { ok: true as const, media: toMediaItem(media) };
});
