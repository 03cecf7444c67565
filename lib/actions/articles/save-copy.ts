"use server";
// "Keep mine as a copy" after a conflict: the writer's version becomes a new
// draft, so nothing they typed is lost and nobody else's text is overwritten.
import { createArticle } from "@/lib/articles/editing";
import { revisionReason } from "@/lib/articles/revision-reasons";
import { getT } from "@/lib/i18n/server";
import { newsroomLocale } from "@/lib/i18n/locale";
import { articleFieldsSchema } from "@/lib/articles/fields-schema";
import type { EditorFields } from "@/lib/articles/editor-state";
import { db } from "@/lib/db";
import { authedAction } from "@/lib/actions/action";

export const saveCopyAction = authedAction("article:create", articleFieldsSchema, async (input, user) => {
  // The copy's title is the writer's, marked in their own language.
  const t = getT(await newsroomLocale(user), "editor");
  const id = await createArticle(
    db,
    user,
    { ...input, title: t("conflict.copyTitle", { title: input.title || t("untitled") }), body: input.body as EditorFields["body"] },
    revisionReason("copyAfterConflict"),
  );
  return { ok: true, id };
});
