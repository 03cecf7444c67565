"use server";
// "Ignore in this article" (the editor's spelling menu): whoever may edit the
// article (lib/articles/access.ts; checked in lib/spelling/ignored-words.ts).
// Answers with the word as kept: an ignored word in another case is the same.
import { z } from "zod";
import { db } from "@/lib/db";
import { ignoreWord } from "@/lib/spelling/ignored-words";
import { authedAction } from "@/lib/actions/action";

const schema = z.object({ articleId: z.string().min(1, "validation.invalid"), word: z.string().max(500, "spelling.errors.tooLong") });

export const ignoreWordInArticle = authedAction("article:edit-own", schema, async (input, user) => {
  const word = await ignoreWord(db, user, input);
  return { ok: true as const, word };
});
