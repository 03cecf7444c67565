"use server";
// Moves an article through the workflow (submit, withdraw, send back,
// publish, schedule, unpublish, archive…). The rules are in
// lib/articles/workflow.ts. Answers what the confirmation says: the new
// status, the public page's address once published, the time scheduled.
import { headers } from "next/headers";
import { z } from "zod";
import type { WorkflowAction } from "@/lib/articles/statuses";
import { transition, WORKFLOW } from "@/lib/articles/workflow";
import { refreshArticlePages } from "@/lib/cache/refresh";
import { db } from "@/lib/db";
import { siteSettings } from "@/lib/site/settings";
import { clientIp } from "@/lib/http/client-ip";
import { zonedLocalToUtc } from "@/lib/time/zones";
import { authedAction, refuse } from "@/lib/actions/action";
import { overrideSchema } from "@/lib/actions/articles/override-schema";

const schema = z.object({
  articleId: z.string().min(1),
  action: z.enum(Object.keys(WORKFLOW) as [WorkflowAction, ...WorkflowAction[]]),
  baseVersion: z.number().int().positive().optional(),
  note: z.string().max(2000).optional(),
  /** Wall-clock time in the site's time zone, "2026-11-30T07:00" (components/newsroom/date-time-field.tsx). */
  at: z.string().max(40).optional(),
  /** Publish checks to publish or schedule past, after the dialog listed them (lib/articles/publish-gate.ts). */
  override: overrideSchema.optional(),
});

// Every signed-in staff member may ask; transition() checks role and ownership.
export const transitionArticleAction = authedAction("newsroom:enter", schema, async (input, user) => {
  const at = input.at ? zonedLocalToUtc(input.at, (await siteSettings()).timeZone) : undefined;
  if (input.at && !at) refuse("workflow.errors.notADateTime");
  const result = await transition(db, user, { ...input, at: at ?? undefined, ip: clientIp(await headers()) });
  if (result.liveChanged) await refreshArticlePages();
  return { ok: true, status: result.status, version: result.version, publicPath: result.publicPath, scheduledAt: input.action === "schedule" && at ? at.toISOString() : null };
});
