"use server";
// Deletes a tag and its links to articles.
import { z } from "zod";
import { refreshArticlePages } from "@/lib/cache/refresh";
import { db } from "@/lib/db";
import { deleteTag } from "@/lib/taxonomy/sections-and-tags";
import { authedAction } from "@/lib/actions/action";

export const deleteTagAction = authedAction("taxonomy:manage", z.object({ id: z.string().min(1, "validation.invalid") }), async (input, user) => {
  await deleteTag(db, user, input);
  await refreshArticlePages();
  return { ok: true };
});
