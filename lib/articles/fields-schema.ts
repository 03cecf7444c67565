// Input rules for an article's editable fields; the body itself is checked by
// lib/content/body.ts against the editor's schema. Messages are catalogue
// keys (the "editor" group), shown in each person's language.
// Every text is normalised to NFC first (lib/text/nfc.ts), so limits count
// composed letters and what is stored compares and searches alike.
import { z } from "zod";
import { ARTICLE_TEXT_MAX } from "@/lib/articles/field-limits";
import { canonicalLanguageTag, isLanguageTag } from "@/lib/articles/languages";
import { nfcJson, nfcText } from "@/lib/text/nfc";


/** A short BCP 47 tag, canonically spelled ("EN-us" → "en-US"). */
export const languageTagSchema = z
  .string()
  .trim()
  .refine(isLanguageTag, "editor.validation.language")
  .transform((tag) => canonicalLanguageTag(tag)!);

export const articleFieldsSchema = z.object({
  title: nfcText().max(ARTICLE_TEXT_MAX.title, "editor.validation.titleTooLong"),
  lead: nfcText().max(ARTICLE_TEXT_MAX.lead, "editor.validation.leadTooLong"),
  sectionId: z.string().min(1, "editor.validation.sectionMissing"),
  slug: nfcText().max(100, "editor.validation.slugTooLong"),
  tags: z.array(nfcText().min(1, "editor.validation.tagEmpty").max(60, "editor.validation.tagTooLong")).max(20, "editor.validation.tooManyTags"),
  authors: z
    .array(
      z.object({
        byline: nfcText().min(1, "editor.validation.bylineEmpty").max(120, "editor.validation.bylineTooLong"),
        userId: z.string().min(1).nullable(),
      }),
    )
    .min(1, "editor.validation.bylineMissing")
    .max(10, "editor.validation.tooManyBylines"),
  coverMediaId: z.string().min(1).nullable(),
  seoTitle: nfcText().max(ARTICLE_TEXT_MAX.seoTitle, "editor.validation.seoTitleTooLong"),
  seoDescription: nfcText().max(ARTICLE_TEXT_MAX.seoDescription, "editor.validation.seoDescriptionTooLong"),
  // Optional so that older callers of the JSON API keep working: left out, the
  // article keeps its language. Null is the site's language.
  language: languageTagSchema.nullable().optional(),
  body: z
    .unknown()
    .refine((v) => v !== undefined, "editor.validation.bodyMissing")
    .transform((v) => nfcJson(v)),
});

export const articleRefSchema = z.object({ articleId: z.string().min(1), baseVersion: z.number().int().positive() });
