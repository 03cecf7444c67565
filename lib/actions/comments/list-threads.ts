"use server";
// An article's comment threads for the editor's sidebar: open ones first,
// then resolved ones (lib/comments/queries.ts). Refetched whenever the live
// stream or the co-editing socket says they changed.
import { authedAction, refuse } from "@/lib/actions/action";
import { listThreadsInput } from "@/lib/comments/input";
import { threadsOf } from "@/lib/comments/queries";
import { articleExists } from "@/lib/comments/access";
import { db } from "@/lib/db";

export const listThreadsAction = authedAction("article:read-any", listThreadsInput, async ({ articleId }, user) => {
  if (!(await articleExists(db, articleId))) refuse("editor.errors.articleGone");
  return { ok: true, threads: await threadsOf(db, articleId, user) };
});
