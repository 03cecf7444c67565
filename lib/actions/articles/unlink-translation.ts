"use server";
// Takes an article out of its group of translations.
import { headers } from "next/headers";
import { z } from "zod";
import { unlinkTranslation } from "../../articles/translations";
import { refreshArticlePages } from "../../cache";
import { db } from "../../db";
import { clientIp } from "../../http/client-ip";
import { authedAction } from "../action";

const schema = z.object({ articleId: z.string().min(1) });

export const unlinkTranslationAction = authedAction("article:create", schema, async (input, user) => {
  await unlinkTranslation(db, user, { ...input, ip: clientIp(await headers()) });
  await refreshArticlePages();
  return { ok: true };
});
