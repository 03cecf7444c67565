"use server";
// Removes a word from the newsroom dictionary (the dictionary page): the desk only.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { db } from "@/lib/db";
import { removeWordFromDictionary } from "@/lib/spelling/newsroom-words";
import { authedAction } from "@/lib/actions/action";

export const removeDictionaryWord = authedAction("dictionary:manage", z.object({ id: z.string().min(1, "validation.invalid") }), async (input, user) => {
  await removeWordFromDictionary(db, user, input);
  revalidatePath("/newsroom/dictionary");
  return { ok: true as const };
});
