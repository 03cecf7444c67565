// JSON API for saving an article (outside callers and tools such as the
// write benchmark): PUT the editor's fields with the version they are based
// on. 200 with the new version, 409 with the current state when someone else
// saved first, 400 for invalid input. Same rules as the editor's save action.
import { articleFieldsSchema, articleRefSchema } from "@/lib/articles/fields-schema";
import { saveArticle } from "@/lib/articles/editing";
import type { EditorFields } from "@/lib/articles/editor-state";
import { can } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { UserError } from "@/lib/errors";
import { isSameOrigin } from "@/lib/http/origin";

const schema = articleFieldsSchema.extend({ baseVersion: articleRefSchema.shape.baseVersion });

export async function PUT(request: Request, { params }: { params: Promise<{ id: string }> }) {
  if (!isSameOrigin(request)) return Response.json({ ok: false, error: "Cross-site request refused." }, { status: 403 });
  const user = await getCurrentUser();
  if (!user) return Response.json({ ok: false, error: "Sign in first." }, { status: 401 });
  if (!can(user.role, "article:create")) return Response.json({ ok: false, error: "Not allowed." }, { status: 403 });
  const parsed = schema.safeParse(await request.json().catch(() => null));
  if (!parsed.success) return Response.json({ ok: false, error: "Invalid input.", issues: parsed.error.issues }, { status: 400 });
  try {
    const outcome = await saveArticle(db, user, { ...parsed.data, body: parsed.data.body as EditorFields["body"], articleId: (await params).id });
    if (outcome.kind === "conflict") return Response.json({ ok: false, conflict: outcome.current }, { status: 409 });
    return Response.json({ ok: true, version: outcome.version, updatedAt: outcome.updatedAt });
  } catch (e) {
    if (e instanceof UserError) return Response.json({ ok: false, error: e.message }, { status: 400 });
    throw e;
  }
}
