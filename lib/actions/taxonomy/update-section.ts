"use server";
// Renames a section; old article addresses keep working.
import { z } from "zod";
import { refreshArticlePages } from "@/lib/cache/refresh";
import { db } from "@/lib/db";
import { TAXONOMY_LIMITS as MAX, updateSection } from "@/lib/taxonomy/sections-and-tags";
import { authedAction } from "@/lib/actions/action";

export const updateSectionAction = authedAction(
  "taxonomy:manage",
  z.object({
    id: z.string().min(1, "validation.invalid"),
    name: z.string().max(MAX.sectionName, "sections.validation.nameTooLong"),
    /** The name in other languages, by locale code (lib/taxonomy/section-name.ts). */
    names: z.record(z.string(), z.string().max(MAX.sectionName, "sections.validation.nameTooLong"), "validation.invalid").optional(),
    slug: z.string().max(MAX.slug, "sections.validation.slugTooLong"),
    description: z.string().max(MAX.description, "sections.validation.descriptionTooLong"),
  }),
  async (input, user) => {
    await updateSection(db, user, input);
    await refreshArticlePages();
    return { ok: true };
  },
);
