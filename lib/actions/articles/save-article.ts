"use server";
// Saving an article's fields as a server action, with the same rules as the
// JSON API (app/api/articles/[id]): applied to the shared document as a change
// against its base version (lib/articles/editing.ts); a change that clashes
// with one made since is answered with the current state (a conflict). The
// editor itself saves through the collaboration server (lib/collab/).
import { saveArticle, type SaveOutcome } from "@/lib/articles/editing";
import { articleFieldsSchema, articleRefSchema } from "@/lib/articles/fields-schema";
import type { EditorFields } from "@/lib/articles/editor-state";
import { db } from "@/lib/db";
import { authedAction } from "@/lib/actions/action";

// Saves never change what readers see: a published article's changes wait as
// pending until an editor publishes them (lib/articles/workflow.ts).
const schema = articleFieldsSchema.extend(articleRefSchema.shape);

export const saveArticleAction = authedAction("article:create", schema, async (input, user) => {
  const outcome: SaveOutcome = await saveArticle(db, user, { ...input, body: input.body as EditorFields["body"] });
  return { ok: true, outcome };
});
