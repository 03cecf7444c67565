"use server";
// Publishes the pending changes of a published article.
import { headers } from "next/headers";
import { articleRefSchema } from "../../articles/fields-schema";
import { publishUpdate } from "../../articles/workflow";
import { refreshArticlePages } from "../../cache";
import { db } from "../../db";
import { clientIp } from "../../http/client-ip";
import { authedAction } from "../action";

export const publishUpdateAction = authedAction("article:publish", articleRefSchema, async (input, user) => {
  const { version } = await publishUpdate(db, user, { ...input, ip: clientIp(await headers()) });
  await refreshArticlePages();
  return { ok: true, version };
});
