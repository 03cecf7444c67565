"use server";
// Links another article to this one as its translation (same story, another language).
import { headers } from "next/headers";
import { z } from "zod";
import { linkTranslation } from "@/lib/articles/translations";
import { refreshArticlePages } from "@/lib/cache/refresh";
import { db } from "@/lib/db";
import { clientIp } from "@/lib/http/client-ip";
import { authedAction } from "@/lib/actions/action";

const schema = z.object({ articleId: z.string().min(1), otherId: z.string().trim().min(1, "editor.validation.translationMissing") });

export const linkTranslationAction = authedAction("article:create", schema, async (input, user) => {
  const groupId = await linkTranslation(db, user, { ...input, ip: clientIp(await headers()) });
  // Published pages offer "Read in …" links to their translations.
  await refreshArticlePages();
  return { ok: true, groupId };
});
