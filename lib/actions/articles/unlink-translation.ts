"use server";
// Takes an article out of its group of translations.
import { headers } from "next/headers";
import { z } from "zod";
import { unlinkTranslation } from "@/lib/articles/translations";
import { refreshArticlePages } from "@/lib/cache/refresh";
import { db } from "@/lib/db";
import { clientIp } from "@/lib/http/client-ip";
import { authedAction } from "@/lib/actions/action";

const schema = z.object({ articleId: z.string().min(1) });

export const unlinkTranslationAction = authedAction("article:create", schema, async (input, user) => {
  await unlinkTranslation(db, user, { ...input, ip: clientIp(await headers()) });
  await refreshArticlePages();
  return { ok: true };
});
