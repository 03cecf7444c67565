// Sparse fieldsets (`fields=id,title,url`): which top-level article fields
// an answer carries. Unknown names are refused rather than ignored, so a
// typo shows at once instead of as a field that is silently missing. `id`
// is always kept: an item without it cannot be told from another. Without
// `fields`, one article carries everything and a list everything but `body`
// (the largest part by far, rarely wanted in a list).
// Not `server-only`: pure, and used in Sapo's own server.
import { ARTICLE_FIELDS, LIST_DEFAULT_FIELDS, type ApiArticle } from "@/lib/api/schemas";

export type ArticleField = keyof ApiArticle;

const KNOWN = new Set<string>(ARTICLE_FIELDS);

/**
 * The fields asked for, in the schema's order (so the same set always gives
 * the same answer and the same cache key), or null when a name is unknown.
 */
export function parseFields(raw: string | undefined, list: boolean): ArticleField[] | null {
  if (raw === undefined) return list ? LIST_DEFAULT_FIELDS : ARTICLE_FIELDS;
  const names = raw.split(",").map((n) => n.trim()).filter(Boolean);
  if (names.length === 0 || names.some((n) => !KNOWN.has(n))) return null;
  const wanted = new Set<string>([...names, "id"]);
  return ARTICLE_FIELDS.filter((f) => wanted.has(f));
}

/** `article` with only `fields`. */
export function pickFields(article: ApiArticle, fields: readonly ArticleField[]): Partial<ApiArticle> {
  if (fields.length === ARTICLE_FIELDS.length) return article;
  const out: Record<string, unknown> = {};
  for (const f of fields) out[f] = article[f];
  return out as Partial<ApiArticle>;
}
