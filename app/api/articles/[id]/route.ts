// JSON API for saving an article (outside callers and tools such as the
// write benchmark): PUT the editor's fields with the version they are based
// on. 200 with the new version, 409 with the current state when someone else
// saved first, 400 for invalid input. Same rules as the editor's save action.
// Origin, session, permission and input are checked by lib/actions/route.ts
// (403, 401, 403, 400 with the issues); refusals are in the caller's newsroom
// language (the site's without a session).
import { authedRoute } from "@/lib/actions/route";
import { articleFieldsSchema, articleRefSchema } from "@/lib/articles/fields-schema";
import { saveArticle } from "@/lib/articles/editing";
import type { EditorFields } from "@/lib/articles/editor-state";
import { db } from "@/lib/db";

const schema = articleFieldsSchema.extend({ baseVersion: articleRefSchema.shape.baseVersion });

export const PUT = authedRoute("article:create", { schema }, async ({ user, input }, { params }: { params: Promise<{ id: string }> }) => {
  const outcome = await saveArticle(db, user, { ...input, body: input.body as EditorFields["body"], articleId: (await params).id });
  if (outcome.kind === "conflict") return Response.json({ ok: false, conflict: outcome.current }, { status: 409 });
  return Response.json({ ok: true, version: outcome.version, updatedAt: outcome.updatedAt });
});
