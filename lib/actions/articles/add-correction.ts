"use server";
// Appends a dated correction note to a published article.
import { headers } from "next/headers";
import { z } from "zod";
import { addCorrection } from "@/lib/articles/workflow";
import { refreshArticlePages } from "@/lib/cache/refresh";
import { db } from "@/lib/db";
import { clientIp } from "@/lib/http/client-ip";
import { authedAction } from "@/lib/actions/action";

const schema = z.object({ articleId: z.string().min(1), text: z.string().max(2000) });

export const addCorrectionAction = authedAction("article:correct", schema, async (input, user) => {
  const { version } = await addCorrection(db, user, { ...input, ip: clientIp(await headers()) });
  await refreshArticlePages();
  return { ok: true, version };
});
