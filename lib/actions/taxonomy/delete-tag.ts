"use server";
// Deletes a tag and its links to articles.
import { z } from "zod";
import { refreshArticlePages } from "../../cache";
import { db } from "../../db";
import { deleteTag } from "../../taxonomy";
import { authedAction } from "../action";

export const deleteTagAction = authedAction("taxonomy:manage", z.object({ id: z.string().min(1, "validation.invalid") }), async (input, user) => {
  await deleteTag(db, user, input);
  await refreshArticlePages();
  return { ok: true };
});
