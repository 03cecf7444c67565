"use server";
// Stops ignoring a word in one article: whoever may edit the article.
import { z } from "zod";
import { db } from "@/lib/db";
import { unignoreWord } from "@/lib/spelling/ignored-words";
import { authedAction } from "@/lib/actions/action";

const schema = z.object({ articleId: z.string().min(1, "validation.invalid"), word: z.string().max(500, "spelling.errors.tooLong") });

export const unignoreWordInArticle = authedAction("article:edit-own", schema, async (input, user) => {
  await unignoreWord(db, user, input);
  return { ok: true as const };
});
