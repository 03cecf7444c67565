"use server";
// Autosave and explicit save from the editor. Answers a stale base version
// with the current state (a conflict) instead of writing.
import { z } from "zod";
import { saveArticle, type SaveOutcome } from "../../articles/editing";
import { articleFieldsSchema, articleRefSchema } from "../../articles/fields-schema";
import type { EditorFields } from "../../articles/editor-state";
import { refreshArticlePages } from "../../cache";
import { db } from "../../db";
import { authedAction } from "../action";



const schema = articleFieldsSchema.extend(articleRefSchema.shape).extend({ overwrite: z.boolean().optional() });

export const saveArticleAction = authedAction("article:create", schema, async (input, user) => {
  const outcome: SaveOutcome = await saveArticle(db, user, { ...input, body: input.body as EditorFields["body"] });
  if (outcome.kind === "saved" && outcome.live) refreshArticlePages();
  return { ok: true, outcome };
});
