"use server";
// Renames a tag (and its address).
import { z } from "zod";
import { refreshArticlePages } from "../../cache";
import { db } from "../../db";
import { renameTag } from "../../taxonomy";
import { authedAction } from "../action";

export const renameTagAction = authedAction("taxonomy:manage", z.object({ id: z.string().min(1), name: z.string().max(60) }), async (input, user) => {
  await renameTag(db, user, input);
  await refreshArticlePages();
  return { ok: true };
});
