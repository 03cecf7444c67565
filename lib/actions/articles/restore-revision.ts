"use server";
// Restores a revision as the newest version; the restore is a revision too.
import { z } from "zod";
import { restoreRevision } from "@/lib/articles/editing";
import { articleRefSchema } from "@/lib/articles/fields-schema";
import { db } from "@/lib/db";
import { authedAction } from "@/lib/actions/action";

const schema = articleRefSchema.extend({ revisionId: z.string().min(1) });

export const restoreRevisionAction = authedAction("article:create", schema, async (input, user) => {
  const outcome = await restoreRevision(db, user, input);
  return { ok: true, outcome };
});
