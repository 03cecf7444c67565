"use server";
// "New article": an empty draft bylined to its writer, in the chosen section
// and language (the site's by default), then the editor.
import { redirect } from "next/navigation";
import { z } from "zod";
import { createArticle } from "@/lib/articles/editing";
import { languageTagSchema } from "@/lib/articles/fields-schema";
import { db } from "@/lib/db";
import { authedAction } from "@/lib/actions/action";

const schema = z.object({ sectionId: z.string().min(1).optional(), language: languageTagSchema.optional() });

const create = authedAction("article:create", schema, async (input, user) => {
  const id = await createArticle(db, user, { sectionId: input.sectionId, language: input.language });
  return { ok: true, id };
});

/** Form action: creates the draft and opens it, or returns the refusal. */
export async function createArticleAction(_prev: unknown, form: FormData) {
  const result = await create({ sectionId: form.get("sectionId") || undefined, language: form.get("language") || undefined });
  if (!result.ok) return result;
  redirect(`/newsroom/articles/${result.id}`);
}
