"use server";
// Schedules taking a published article down, or cancels that.
import { headers } from "next/headers";
import { z } from "zod";
import { scheduleUnpublish } from "@/lib/articles/workflow";
import { db } from "@/lib/db";
import { siteSettings } from "@/lib/site/settings";
import { clientIp } from "@/lib/http/client-ip";
import { zonedLocalToUtc } from "@/lib/time/zones";
import { authedAction, refuse } from "@/lib/actions/action";

const schema = z.object({ articleId: z.string().min(1), at: z.string().max(40).nullable() });

export const scheduleUnpublishAction = authedAction("article:unpublish", schema, async (input, user) => {
  const at = input.at ? zonedLocalToUtc(input.at, (await siteSettings()).timeZone) : null;
  if (input.at && !at) refuse("workflow.errors.notADateTime");
  await scheduleUnpublish(db, user, { articleId: input.articleId, at, ip: clientIp(await headers()) });
  return { ok: true };
});
