"use server";
// Deletes an item from the library with its files, refused while an article
// uses it (as cover or in its body).
import { z } from "zod";
import { recordAudit } from "@/lib/audit";
import { db } from "@/lib/db";
import { deleteMediaIfUnused, MediaError } from "@/lib/media/upload";
import { authedAction, refuse } from "../action";

const schema = z.object({ id: z.string().min(1) });

export const deleteMediaAction = authedAction("article:create", schema, async ({ id }, user) => {
  const deleted = await deleteMediaIfUnused(db, id).catch((e: unknown) => {
    if (e instanceof MediaError) refuse(e.message);
    throw e;
  });
  await recordAudit(db, {
    action: "media.deleted",
    actorId: user.id,
    targetType: "media",
    targetId: id,
    detail: { originalName: deleted.originalName, fileKey: deleted.fileKey },
  });
  return { ok: true as const };
});
