// JSON API for saving an article (outside callers and tools such as the
// write benchmark): PUT the editor's fields with the version they are based
// on. 200 with the new version, 409 with the current state when someone else
// saved first, 400 for invalid input. Same rules as the editor's save action.
// Refusals are in the caller's newsroom language (the site's without a session).
import { articleFieldsSchema, articleRefSchema } from "@/lib/articles/fields-schema";
import { saveArticle } from "@/lib/articles/editing";
import type { EditorFields } from "@/lib/articles/editor-state";
import { can } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { refusalIn } from "@/lib/errors/user-error";
import { isSameOrigin } from "@/lib/http/origin";
import { messageFor } from "@/lib/i18n/catalogue";
import { newsroomLocale } from "@/lib/i18n/locale";

const schema = articleFieldsSchema.extend({ baseVersion: articleRefSchema.shape.baseVersion });

export async function PUT(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const sameOrigin = isSameOrigin(request);
  const user = sameOrigin ? await getCurrentUser() : null;
  const locale = await newsroomLocale(user);
  const refuse = (key: string, status: number, extra: object = {}) => Response.json({ ok: false, error: messageFor(locale, key), ...extra }, { status });
  if (!sameOrigin) return refuse("editor.errors.crossSite", 403);
  if (!user) return refuse("editor.errors.signInFirst", 401);
  if (!can(user.role, "article:create")) return refuse("editor.errors.apiForbidden", 403);
  const parsed = schema.safeParse(await request.json().catch(() => null));
  if (!parsed.success) return refuse("editor.errors.invalidInput", 400, { issues: parsed.error.issues });
  try {
    const outcome = await saveArticle(db, user, { ...parsed.data, body: parsed.data.body as EditorFields["body"], articleId: (await params).id });
    if (outcome.kind === "conflict") return Response.json({ ok: false, conflict: outcome.current }, { status: 409 });
    return Response.json({ ok: true, version: outcome.version, updatedAt: outcome.updatedAt });
  } catch (e) {
    const refusal = refusalIn(e, locale);
    if (refusal !== null) return Response.json({ ok: false, error: refusal }, { status: 400 });
    throw e;
  }
}
