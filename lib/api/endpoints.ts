// What each content API endpoint answers (lib/api/routes.ts names them),
// once the handler (lib/api/handler.ts) has admitted the request and parsed
// its parameters with the route's schemas: the reads (lib/api/queries.ts),
// shaped as Sapo's JSON (lib/api/article-json.ts, trimmed to `fields`) or as
// IPTC ninjs (lib/api/ninjs.ts). Lists are `{ data, next }` in both formats.
import "server-only";
import type { z } from "zod";
import { buildApiArticles, type ApiArticleRow, type ApiSite } from "@/lib/api/article-json";
import { decodeCursor, encodeCursor, nextArticleCursor } from "@/lib/api/cursor";
import { pickFields, type ArticleField } from "@/lib/api/fields";
import { NINJS_MEDIA_TYPE, toNinjs } from "@/lib/api/ninjs";
import {
  findPublishedArticle,
  findPublishedArticleBySlug,
  listApiAuthors,
  listApiSections,
  listApiTags,
  listPublishedArticles,
  searchPublishedArticles,
} from "@/lib/api/queries";
import type { ApiFailure } from "@/lib/api/respond";
import { JSON_TYPE } from "@/lib/api/respond";
import type { ApiRouteId } from "@/lib/api/routes";
import type { articleListQuery, pageQuery, searchQuery } from "@/lib/api/schemas";
import type { Db, Tx } from "@/lib/db/client";
import { authorPath, sectionPath, tagPath } from "@/lib/site/paths";
import { parseSectionNames, sectionName } from "@/lib/taxonomy/section-name";

export type EndpointContext = {
  db: Db;
  sql: Pick<Tx, "$queryRaw" | "$executeRaw">;
  site: ApiSite & { name: string };
  format: "json" | "ninjs";
  /** The article fields to show (Sapo's format). */
  fields: readonly ArticleField[];
};

export type EndpointAnswer = { ok: true; body: unknown; contentType: string } | { ok: false; failure: ApiFailure };

type Params = Record<string, string>;
type Query = Record<string, unknown>;

const BAD_CURSOR: EndpointAnswer = { ok: false, failure: { status: 400, code: "invalid_cursor", messageKey: "api.errors.cursor" } };
const NOT_FOUND: EndpointAnswer = { ok: false, failure: { status: 404, code: "not_found", messageKey: "api.errors.articleNotFound" } };

/** `YYYY-MM-DD` is that day's start in UTC; anything else the instant it names. */
const instant = (text: string | undefined) => (text === undefined ? undefined : new Date(text));

async function articles(ctx: EndpointContext, rows: ApiArticleRow[]) {
  const built = await buildApiArticles(ctx.db, rows, ctx.site);
  return ctx.format === "ninjs" ? built.map((a) => toNinjs(a, { copyrightHolder: ctx.site.name })) : built.map((a) => pickFields(a, ctx.fields));
}

const contentType = (ctx: EndpointContext) => (ctx.format === "ninjs" ? `${NINJS_MEDIA_TYPE}; charset=utf-8` : JSON_TYPE);
const list = (ctx: EndpointContext, data: unknown[], next: string | null): EndpointAnswer => ({ ok: true, body: { data, next }, contentType: contentType(ctx) });
const json = (data: unknown[], next: string | null): EndpointAnswer => ({ ok: true, body: { data, next }, contentType: JSON_TYPE });

async function one(ctx: EndpointContext, row: ApiArticleRow | null): Promise<EndpointAnswer> {
  if (!row) return NOT_FOUND;
  const [article] = await articles(ctx, [row]);
  return { ok: true, body: article, contentType: contentType(ctx) };
}

const ENDPOINTS: Record<ApiRouteId, (ctx: EndpointContext, params: Params, query: Query) => Promise<EndpointAnswer>> = {
  async listArticles(ctx, _params, raw) {
    const query = raw as z.output<typeof articleListQuery>;
    const after = query.cursor === undefined ? null : decodeCursor(query.cursor, "a");
    if (query.cursor !== undefined && !after) return BAD_CURSOR;
    const { items, more } = await listPublishedArticles(
      ctx.db,
      { section: query.section, tag: query.tag, author: query.author, language: query.language, since: instant(query.since), until: instant(query.until) },
      { after, limit: query.limit, siteLanguage: ctx.site.language },
    );
    return list(ctx, await articles(ctx, items), nextArticleCursor(items, more));
  },

  getArticle: (ctx, params) => findPublishedArticle(ctx.db, params.id).then((row) => one(ctx, row)),

  getArticleBySlug: (ctx, params) => findPublishedArticleBySlug(ctx.db, params.section, params.slug).then((row) => one(ctx, row)),

  async search(ctx, _params, raw) {
    const query = raw as z.output<typeof searchQuery>;
    const at = query.cursor === undefined ? { o: 0 } : decodeCursor(query.cursor, "o");
    if (!at) return BAD_CURSOR;
    const { items, more } = await searchPublishedArticles(ctx.db, ctx.sql, query.q, { section: query.section, offset: at.o, limit: query.limit });
    return list(ctx, await articles(ctx, items), more ? encodeCursor({ k: "o", o: at.o + query.limit }) : null);
  },

  async listSections(ctx, _params, raw) {
    const query = raw as z.output<typeof pageQuery>;
    const at = query.cursor === undefined ? { o: 0 } : decodeCursor(query.cursor, "o");
    if (!at) return BAD_CURSOR;
    const { items, more } = await listApiSections(ctx.db, { offset: at.o, limit: query.limit });
    const data = items.map((s) => ({
      id: s.id,
      slug: s.slug,
      name: sectionName(s, ctx.site.language),
      names: parseSectionNames(s.names),
      description: s.description,
      url: ctx.site.url + sectionPath(s.slug),
    }));
    return json(data, more ? encodeCursor({ k: "o", o: at.o + query.limit }) : null);
  },

  async listTags(ctx, _params, raw) {
    const query = raw as z.output<typeof pageQuery>;
    const after = query.cursor === undefined ? null : decodeCursor(query.cursor, "s");
    if (query.cursor !== undefined && !after) return BAD_CURSOR;
    const { items, more } = await listApiTags(ctx.db, { after: after?.s ?? null, limit: query.limit });
    const data = items.map((t) => ({ slug: t.slug, name: t.name, url: ctx.site.url + tagPath(t.slug) }));
    return json(data, more && items.length ? encodeCursor({ k: "s", s: items[items.length - 1].slug }) : null);
  },

  async listAuthors(ctx, _params, raw) {
    const query = raw as z.output<typeof pageQuery>;
    const after = query.cursor === undefined ? null : decodeCursor(query.cursor, "s");
    if (query.cursor !== undefined && !after) return BAD_CURSOR;
    const { items, more } = await listApiAuthors(ctx.db, { after: after?.s ?? null, limit: query.limit });
    const data = items.map((a) => ({ name: a.byline, slug: a.bylineSlug, url: ctx.site.url + authorPath(a.bylineSlug) }));
    return json(data, more && items.length ? encodeCursor({ k: "s", s: items[items.length - 1].bylineSlug }) : null);
  },
};

/** The answer of endpoint `id` to parsed parameters and query. */
export function answerEndpoint(id: ApiRouteId, ctx: EndpointContext, params: Params, query: Query): Promise<EndpointAnswer> {
  return ENDPOINTS[id](ctx, params, query);
}
