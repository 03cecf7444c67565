"use server";
// Publishes the pending changes of a published article, past the publish
// checks the person overrides (lib/articles/publish-gate.ts).
import { headers } from "next/headers";
import { articleRefSchema } from "@/lib/articles/fields-schema";
import { publishUpdate } from "@/lib/articles/workflow";
import { refreshArticlePages } from "@/lib/cache/refresh";
import { db } from "@/lib/db";
import { clientIp } from "@/lib/http/client-ip";
import { authedAction } from "@/lib/actions/action";
import { overrideSchema } from "@/lib/actions/articles/override-schema";

const schema = articleRefSchema.extend({ override: overrideSchema.optional() });

export const publishUpdateAction = authedAction("article:publish", schema, async (input, user) => {
  const { version } = await publishUpdate(db, user, { ...input, ip: clientIp(await headers()) });
  await refreshArticlePages();
  return { ok: true, version };
});
