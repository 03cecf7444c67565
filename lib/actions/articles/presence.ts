"use server";
// The editor's heartbeat: records that the caller has the article open and
// answers who else does ("Hoa is editing"). Called every 15 seconds.
import { z } from "zod";
import { db } from "@/lib/db";
import { authedAction, refuse } from "@/lib/actions/action";

/** Someone is "in" an article if their heartbeat is at most this old. */
const PRESENT_MS = 30_000;

const schema = z.object({ articleId: z.string().min(1), leaving: z.boolean().optional() });

export const presenceAction = authedAction("article:read-any", schema, async ({ articleId, leaving }, user) => {
  const now = new Date();
  if (leaving) {
    await db.presence.deleteMany({ where: { articleId, userId: user.id } });
    return { ok: true, others: [] as string[] };
  }
  const article = await db.article.findUnique({ where: { id: articleId }, select: { id: true } });
  if (!article) refuse("editor.errors.articleGone");
  await db.presence.upsert({
    where: { articleId_userId: { articleId, userId: user.id } },
    create: { articleId, userId: user.id, lastSeenAt: now },
    update: { lastSeenAt: now },
  });
  const others = await db.presence.findMany({
    where: { articleId, userId: { not: user.id }, lastSeenAt: { gte: new Date(now.getTime() - PRESENT_MS) } },
    select: { user: { select: { displayName: true } } },
  });
  return { ok: true, others: others.map((o) => o.user.displayName) };
});
