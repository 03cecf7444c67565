"use server";
// A page of the media library for the editor's image picker: the same list,
// search and order as /newsroom/media.
import { z } from "zod";
import { listMedia, MAX_QUERY_LENGTH } from "@/lib/media/queries";
import { authedAction } from "@/lib/actions/action";
import { MEDIA_KINDS } from "@/lib/media/kinds";

const schema = z.object({
  q: z.string().max(MAX_QUERY_LENGTH, "media.validation.queryTooLong").default(""),
  page: z.coerce.number("validation.invalid").int("validation.invalid").min(1, "validation.invalid").default(1),
  kind: z.enum(MEDIA_KINDS, "validation.invalid").optional(),
  /** Only images without alt text (the library's "missing alt text" view). */
  missingAlt: z.boolean("validation.invalid").optional(),
});

export const searchMediaAction = authedAction("article:create", schema, async ({ q, page, kind, missingAlt }) => {
  return { ok: true as const, ...(await listMedia({ q, page, kind, missingAlt })) };
});
