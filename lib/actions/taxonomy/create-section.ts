"use server";
// Creates a section (its slug must be free and not one the site reserves).
import { z } from "zod";
import { refreshArticlePages } from "@/lib/cache/refresh";
import { db } from "@/lib/db";
import { createSection, TAXONOMY_LIMITS as MAX } from "@/lib/taxonomy/sections-and-tags";
import { authedAction } from "@/lib/actions/action";

export const createSectionAction = authedAction(
  "taxonomy:manage",
  z.object({
    name: z.string().max(MAX.sectionName, "sections.validation.nameTooLong"),
    /** The name in other languages, by locale code (lib/taxonomy/section-name.ts). */
    names: z.record(z.string(), z.string().max(MAX.sectionName, "sections.validation.nameTooLong"), "validation.invalid").optional(),
    slug: z.string().max(MAX.slug, "sections.validation.slugTooLong").optional(),
    description: z.string().max(MAX.description, "sections.validation.descriptionTooLong").optional(),
  }),
  async (input, user) => {
    await createSection(db, user, input);
    await refreshArticlePages();
    return { ok: true };
  },
);
