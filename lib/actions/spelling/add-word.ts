"use server";
// Adds a word to the newsroom dictionary (the dictionary page's form, the
// editor's "Add to the newsroom dictionary"): the desk only. Refusals
// (not one word, already there in some case) are `spelling.errors.*`.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { db } from "@/lib/db";
import { addWordToDictionary } from "@/lib/spelling/newsroom-words";
import { authedAction } from "@/lib/actions/action";

// Loose bounds only: the word's rules are lib/spelling/word-form.ts's, refused with their own message.
const schema = z.object({ language: z.string().min(1, "validation.invalid").max(35, "validation.invalid"), word: z.string().max(500, "spelling.errors.tooLong") });

export const addDictionaryWord = authedAction("dictionary:manage", schema, async (input, user) => {
  const entry = await addWordToDictionary(db, user, input);
  revalidatePath("/newsroom/dictionary");
  return { ok: true as const, entry: { id: entry.id, language: entry.language, word: entry.word } };
});
