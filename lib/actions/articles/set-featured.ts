"use server";
// Puts a published article in the home page's lead or secondary slots, or takes it out.
import { headers } from "next/headers";
import { z } from "zod";
import { setFeatured } from "@/lib/articles/workflow";
import { refreshArticlePages } from "@/lib/cache/refresh";
import { db } from "@/lib/db";
import { clientIp } from "@/lib/http/client-ip";
import { authedAction } from "@/lib/actions/action";

const schema = z.object({ articleId: z.string().min(1), slot: z.enum(["lead", "secondary", "none"]) });

export const setFeaturedAction = authedAction("article:feature", schema, async (input, user) => {
  await setFeatured(db, user, { ...input, ip: clientIp(await headers()) });
  await refreshArticlePages();
  return { ok: true };
});
