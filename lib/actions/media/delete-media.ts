"use server";
// Deletes an item from the library with its files, refused while an article
// uses it (as cover or in its body). The refusal is a MediaError, which the
// action wrapper answers in the user's language.
import { z } from "zod";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { deleteMediaIfUnused } from "@/lib/media/upload";
import { authedAction } from "@/lib/actions/action";

const schema = z.object({ id: z.string().min(1, "validation.invalid") });

export const deleteMediaAction = authedAction("article:create", schema, async ({ id }, user) => {
  const deleted = await deleteMediaIfUnused(db, id);
  await recordAudit(db, {
    action: "media.deleted",
    actorId: user.id,
    targetType: "media",
    targetId: id,
    detail: { originalName: deleted.originalName, fileKey: deleted.fileKey },
  });
  return { ok: true as const };
});
