// The content API's shapes, in one place: the query parameters each endpoint
// accepts (parsed with these) and the JSON it answers with (built to these,
// and checked against them in tests). The OpenAPI document
// (/api/v1/openapi.json, lib/api/openapi.ts) is generated from the same
// schemas with zod's own JSON Schema output, so the document cannot drift
// from what the code accepts and sends. `.meta({ id })` names a schema as a
// reusable component in that document.
// Messages are catalogue keys (api.errors.*), answered in the caller's language.
// Not `server-only`: the API is answered by Sapo's own server, outside Next.js.
import { z } from "zod";

// ——— Inputs ————————————————————————————————————————————————————————————

/** The most items one page may hold, and the default. */
export const PAGE_LIMIT = { default: 20, max: 100 } as const;

const limit = z.coerce
  .number("api.errors.limit")
  .int("api.errors.limit")
  .min(1, "api.errors.limit")
  .max(PAGE_LIMIT.max, "api.errors.limit")
  .default(PAGE_LIMIT.default)
  .meta({ description: `How many items a page holds (1–${PAGE_LIMIT.max}).` });

const cursor = z
  .string()
  .max(200, "api.errors.cursor")
  .optional()
  .meta({ description: "Where the page starts: the `next` of the page before. Opaque; do not build it yourself." });

const slug = z.string().max(200, "api.errors.slug").regex(/^[a-z0-9-]+$/, "api.errors.slug");

// A date alone is that day's start in UTC. The union's own message: a value
// that is neither reports the union, not its members.
const instant = z
  .union([z.iso.datetime({ offset: true, error: "api.errors.date" }), z.iso.date({ error: "api.errors.date" })], "api.errors.date")
  .optional();

export const FORMATS = ["json", "ninjs"] as const;

/** Sparse fieldsets: a comma-separated list of top-level article fields. */
const fields = z
  .string()
  .max(500, "api.errors.fields")
  .optional()
  .meta({ description: "Comma-separated top-level fields to return, e.g. `id,title,url`. Unknown names are refused. Sapo's own format only." });

const format = z.enum(FORMATS, "api.errors.format").optional().meta({
  description: "`ninjs` answers in IPTC ninjs 3.1 (the same as `Accept: application/ninjs+json`).",
});

export const articleListQuery = z.object({
  section: slug.optional().meta({ description: "Only this section (its slug)." }),
  tag: slug.optional().meta({ description: "Only articles with this tag (its slug)." }),
  author: slug.optional().meta({ description: "Only articles with this byline (the author's slug)." }),
  language: z
    .string()
    .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, "api.errors.language")
    .optional()
    .meta({ description: "Only articles in this language (BCP 47, e.g. `vi`, `en`)." }),
  since: instant.meta({ description: "Published at or after this instant (ISO 8601)." }),
  until: instant.meta({ description: "Published before this instant (ISO 8601)." }),
  cursor,
  limit,
  fields,
  format,
});
export type ArticleListQuery = z.output<typeof articleListQuery>;

export const articleQuery = z.object({ fields, format });

export const searchQuery = z.object({
  q: z.string().trim().min(1, "api.errors.query").max(200, "api.errors.query").meta({ description: "What to look for; accents optional." }),
  section: articleListQuery.shape.section,
  cursor,
  limit,
  fields,
  format,
});

export const pageQuery = z.object({ cursor, limit });

// ——— Outputs ———————————————————————————————————————————————————————————

export const renditionSchema = z
  .object({
    href: z.url(),
    width: z.int(),
    height: z.int(),
    contentType: z.string(),
  })
  .meta({ id: "Rendition", description: "One stored size of an image." });

export const imageSchema = z
  .object({
    id: z.string(),
    alt: z.string(),
    caption: z.string(),
    credit: z.string(),
    width: z.int(),
    height: z.int(),
    renditions: z.array(renditionSchema),
  })
  .meta({ id: "Image", description: "A picture with its texts, as the article prints them, and its renditions (widest last)." });

export const sectionRefSchema = z.object({ id: z.string(), slug: z.string(), name: z.string(), url: z.url() }).meta({ id: "SectionRef" });
export const tagRefSchema = z.object({ slug: z.string(), name: z.string(), url: z.url() }).meta({ id: "TagRef" });
export const authorRefSchema = z
  .object({ name: z.string().meta({ description: "The byline as printed (a pen name where one is used)." }), slug: z.string(), url: z.url() })
  .meta({ id: "AuthorRef" });

export const articleSchema = z
  .object({
    id: z.string(),
    url: z.url().meta({ description: "The public page." }),
    title: z.string(),
    lead: z.string().meta({ description: "The sapo: the paragraph under the headline." }),
    language: z.string(),
    section: sectionRefSchema,
    tags: z.array(tagRefSchema),
    authors: z.array(authorRefSchema),
    publishedAt: z.iso.datetime(),
    updatedAt: z.iso.datetime().meta({ description: "When the live text last changed (publishedAt if never)." }),
    version: z.int().meta({ description: "Grows with every published change." }),
    seo: z.object({ title: z.string().nullable(), description: z.string().nullable() }),
    cover: imageSchema.nullable(),
    body: z.object({
      html: z.string().meta({ description: "The body as the public page prints it." }),
      json: z.unknown().meta({ description: "The body as stored: a ProseMirror document (figures carry mediaId, caption and credit)." }),
    }),
    figures: z.array(imageSchema).meta({ description: "Every picture in the body, in order, with the caption and credit printed under it." }),
    corrections: z.array(z.object({ text: z.string(), createdAt: z.iso.datetime() })),
    translations: z.array(z.object({ id: z.string(), language: z.string(), title: z.string(), url: z.url() })),
  })
  .meta({ id: "Article" });
export type ApiArticle = z.output<typeof articleSchema>;

/** Top-level fields `fields=` may name; a list shows all but `body` unless asked. */
export const ARTICLE_FIELDS = Object.keys(articleSchema.shape) as (keyof ApiArticle)[];
export const LIST_DEFAULT_FIELDS = ARTICLE_FIELDS.filter((f) => f !== "body");

/** A page of a list: `next` is the cursor of the page after, null on the last. */
export const pageOf = <T extends z.ZodType>(item: T, id: string) => z.object({ data: z.array(item), next: z.string().nullable() }).meta({ id });

export const sectionSchema = z
  .object({
    id: z.string(),
    slug: z.string(),
    name: z.string(),
    names: z.record(z.string(), z.string()).meta({ description: "The section's name in each language that has its own." }),
    description: z.string(),
    url: z.url(),
  })
  .meta({ id: "Section" });

export const tagSchema = tagRefSchema.extend({}).meta({ id: "Tag" });
export const authorSchema = authorRefSchema.extend({}).meta({ id: "Author" });

export const errorSchema = z
  .object({ error: z.object({ code: z.string(), message: z.string(), issues: z.array(z.object({ path: z.string(), message: z.string() })).optional() }) })
  .meta({ id: "Error" });

/** What a key may read; a key holds one or more. */
export const API_SCOPES = ["articles:read", "taxonomy:read", "search:read"] as const;
export type ApiScope = (typeof API_SCOPES)[number];
