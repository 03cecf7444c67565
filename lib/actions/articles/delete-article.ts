"use server";
// Deletes an article outright (admins; not while it is published or
// scheduled). The rules are in lib/articles/delete-article.ts. A story that
// was ever live may still sit in the reader's caches (its old slugs'
// redirects, lists): they are refreshed.
import { headers } from "next/headers";
import { z } from "zod";
import { deleteArticle } from "@/lib/articles/delete-article";
import { refreshArticlePages } from "@/lib/cache/refresh";
import { db } from "@/lib/db";
import { clientIp } from "@/lib/http/client-ip";
import { authedAction } from "@/lib/actions/action";

// The version is optional and the editor sends none: co-editing saves on its
// own, and the person confirmed deleting the article, whatever its latest text.
const schema = z.object({ articleId: z.string().min(1), baseVersion: z.number().int().positive().optional() });

export const deleteArticleAction = authedAction("article:delete", schema, async (input, user) => {
  const { wasPublished } = await deleteArticle(db, user, { ...input, ip: clientIp(await headers()) });
  if (wasPublished) await refreshArticlePages();
  return { ok: true };
});
