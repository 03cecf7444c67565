// Input rules for an article's editable fields; the body itself is checked by
// lib/content/body.ts against the editor's schema.
import { z } from "zod";

export const articleFieldsSchema = z.object({
  title: z.string().trim().max(300, "Titles can have at most 300 characters."),
  lead: z.string().trim().max(2000, "The lead can have at most 2,000 characters."),
  sectionId: z.string().min(1, "Choose a section."),
  slug: z.string().trim().max(100, "Slugs can have at most 100 characters."),
  tags: z.array(z.string().trim().min(1).max(60, "Tags can have at most 60 characters.")).max(20, "At most 20 tags."),
  authors: z
    .array(z.object({ byline: z.string().trim().min(1, "A byline needs a name.").max(120), userId: z.string().min(1).nullable() }))
    .min(1, "An article needs at least one byline.")
    .max(10, "At most 10 bylines."),
  coverMediaId: z.string().min(1).nullable(),
  seoTitle: z.string().trim().max(200, "SEO titles can have at most 200 characters."),
  seoDescription: z.string().trim().max(400, "SEO descriptions can have at most 400 characters."),
  body: z.unknown().refine((v) => v !== undefined, "The body is missing."),
});

export const articleRefSchema = z.object({ articleId: z.string().min(1), baseVersion: z.number().int().positive() });
