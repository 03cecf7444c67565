"use server";
// Renames a tag (and its address).
import { z } from "zod";
import { refreshArticlePages } from "../../cache";
import { db } from "../../db";
import { renameTag, TAXONOMY_LIMITS } from "../../taxonomy";
import { authedAction } from "../action";

export const renameTagAction = authedAction("taxonomy:manage", z.object({ id: z.string().min(1, "validation.invalid"), name: z.string().max(TAXONOMY_LIMITS.tagName, "sections.validation.tagTooLong") }), async (input, user) => {
  await renameTag(db, user, input);
  await refreshArticlePages();
  return { ok: true };
});
