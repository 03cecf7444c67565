"use server";
// The staff offered after "@" in a comment: active staff whose name or pen
// name has a word starting with what was typed, accents ignored, at most 8
// (lib/comments/mentions.ts).
import { z } from "zod";
import { authedAction } from "@/lib/actions/action";
import { staffForMentions } from "@/lib/comments/mentions";
import { db } from "@/lib/db";

const schema = z.object({ query: z.string("validation.invalid").max(60, "validation.invalid") });

export const listStaffForMentionsAction = authedAction("article:read-any", schema, async ({ query }) => {
  return { ok: true, staff: await staffForMentions(db, query) };
});
