"use server";
// Moves a section up or down in the menu.
import { z } from "zod";
import { refreshArticlePages } from "@/lib/cache/refresh";
import { db } from "@/lib/db";
import { moveSection } from "@/lib/taxonomy/sections-and-tags";
import { authedAction } from "@/lib/actions/action";

export const moveSectionAction = authedAction("taxonomy:manage", z.object({ id: z.string().min(1, "validation.invalid"), by: z.union([z.literal(-1), z.literal(1)], "validation.invalid") }), async (input, user) => {
  await moveSection(db, user, input);
  await refreshArticlePages();
  return { ok: true };
});
