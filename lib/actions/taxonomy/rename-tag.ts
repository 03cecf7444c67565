"use server";
// Renames a tag (and its address).
import { z } from "zod";
import { refreshArticlePages } from "@/lib/cache/refresh";
import { db } from "@/lib/db";
import { renameTag, TAXONOMY_LIMITS } from "@/lib/taxonomy/sections-and-tags";
import { authedAction } from "@/lib/actions/action";

export const renameTagAction = authedAction("taxonomy:manage", z.object({ id: z.string().min(1, "validation.invalid"), name: z.string().max(TAXONOMY_LIMITS.tagName, "sections.validation.tagTooLong") }), async (input, user) => {
  await renameTag(db, user, input);
  await refreshArticlePages();
  return { ok: true };
});
