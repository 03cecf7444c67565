"use server";
// Links another article to this one as its translation (same story, another language).
import { headers } from "next/headers";
import { z } from "zod";
import { linkTranslation } from "../../articles/translations";
import { refreshArticlePages } from "../../cache";
import { db } from "../../db";
import { clientIp } from "../../http/client-ip";
import { authedAction } from "../action";

const schema = z.object({ articleId: z.string().min(1), otherId: z.string().trim().min(1, "editor.validation.translationMissing") });

export const linkTranslationAction = authedAction("article:create", schema, async (input, user) => {
  const groupId = await linkTranslation(db, user, { ...input, ip: clientIp(await headers()) });
  // Published pages offer "Read in …" links to their translations.
  await refreshArticlePages();
  return { ok: true, groupId };
});
