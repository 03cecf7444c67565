"use server";
// Publishes the pending changes of a published article.
import { headers } from "next/headers";
import { articleRefSchema } from "@/lib/articles/fields-schema";
import { publishUpdate } from "@/lib/articles/workflow";
import { refreshArticlePages } from "@/lib/cache/refresh";
import { db } from "@/lib/db";
import { clientIp } from "@/lib/http/client-ip";
import { authedAction } from "@/lib/actions/action";

export const publishUpdateAction = authedAction("article:publish", articleRefSchema, async (input, user) => {
  const { version } = await publishUpdate(db, user, { ...input, ip: clientIp(await headers()) });
  await refreshArticlePages();
  return { ok: true, version };
});
