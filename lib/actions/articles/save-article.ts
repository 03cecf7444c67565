"use server";
// Autosave and explicit save from the editor. Answers a stale base version
// with the current state (a conflict) instead of writing.
import { z } from "zod";
import { saveArticle, type SaveOutcome } from "@/lib/articles/editing";
import { articleFieldsSchema, articleRefSchema } from "@/lib/articles/fields-schema";
import type { EditorFields } from "@/lib/articles/editor-state";
import { db } from "@/lib/db";
import { authedAction } from "@/lib/actions/action";

// Saves never change what readers see: a published article's changes wait as
// pending until an editor publishes them (lib/articles/workflow.ts).
const schema = articleFieldsSchema.extend(articleRefSchema.shape).extend({ overwrite: z.boolean().optional() });

export const saveArticleAction = authedAction("article:create", schema, async (input, user) => {
  const outcome: SaveOutcome = await saveArticle(db, user, { ...input, body: input.body as EditorFields["body"] });
  return { ok: true, outcome };
});
