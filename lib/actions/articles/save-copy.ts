"use server";
// "Keep mine as a copy" after a conflict: the writer's version becomes a new
// draft, so nothing they typed is lost and nobody else's text is overwritten.
import { createArticle } from "../../articles/editing";
import { articleFieldsSchema } from "../../articles/fields-schema";
import type { EditorFields } from "../../articles/editor-state";
import { db } from "../../db";
import { authedAction } from "../action";

export const saveCopyAction = authedAction("article:create", articleFieldsSchema, async (input, user) => {
  const id = await createArticle(
    db,
    user,
    { ...input, title: `${input.title || "Untitled"} (copy)`, body: input.body as EditorFields["body"] },
    "Copy kept after a conflicting save",
  );
  return { ok: true, id };
});
