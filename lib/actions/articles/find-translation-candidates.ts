"use server";
// The "Link a translation" search: articles not yet in a group of
// translations whose title contains the text, or the article with that id.
import { z } from "zod";
import { linkCandidates } from "@/lib/articles/translations";
import { db } from "@/lib/db";
import { authedAction } from "@/lib/actions/action";

const schema = z.object({ articleId: z.string().min(1), q: z.string().max(200) });

export const findTranslationCandidatesAction = authedAction("article:read-any", schema, async (input) => {
  return { ok: true, candidates: await linkCandidates(db, input.articleId, input.q) };
});
