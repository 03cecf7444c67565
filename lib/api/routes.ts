// The content API's endpoints, as data: method, path, the scope a key needs,
// the query and path parameters (zod, parsed with these) and the answer's
// schema. The request handler (lib/api/handler.ts) dispatches from this
// table and the OpenAPI document (lib/api/openapi.ts) is generated from it,
// so an endpoint cannot exist in one and not the other.
// Not `server-only`: answered by Sapo's own server, outside Next.js.
import { z } from "zod";
import {
  articleListQuery,
  articleQuery,
  articleSchema,
  authorSchema,
  pageOf,
  pageQuery,
  searchQuery,
  sectionSchema,
  tagSchema,
  type ApiScope,
} from "@/lib/api/schemas";

export type ApiRouteId = "listArticles" | "getArticle" | "getArticleBySlug" | "search" | "listSections" | "listTags" | "listAuthors";

export type ApiRoute = {
  id: ApiRouteId;
  method: "GET";
  /** OpenAPI style: {name} is a path parameter. */
  path: string;
  summary: string;
  scope: ApiScope;
  params: z.ZodObject;
  query: z.ZodObject;
  response: z.ZodType;
  /** Whether the answer can be had as IPTC ninjs 3.1 (format=ninjs or Accept: application/ninjs+json). */
  ninjs: "item" | "list" | null;
};

const none = z.object({});
const id = z.object({ id: z.string().max(100).meta({ description: "The article's id." }) });
const bySlug = z.object({
  section: z.string().max(200).meta({ description: "The section's slug." }),
  slug: z.string().max(300).meta({ description: "The article's slug." }),
});

export const API_ROUTES: readonly ApiRoute[] = [
  {
    id: "listArticles",
    method: "GET",
    path: "/api/v1/articles",
    summary: "Published articles, newest first",
    scope: "articles:read",
    params: none,
    query: articleListQuery,
    response: pageOf(articleSchema.partial(), "ArticlePage"),
    ninjs: "list",
  },
  {
    id: "getArticle",
    method: "GET",
    path: "/api/v1/articles/{id}",
    summary: "One published article by its id",
    scope: "articles:read",
    params: id,
    query: articleQuery,
    response: articleSchema.partial(),
    ninjs: "item",
  },
  {
    id: "getArticleBySlug",
    method: "GET",
    path: "/api/v1/sections/{section}/articles/{slug}",
    summary: "One published article by its section and slug (an old slug finds it too)",
    scope: "articles:read",
    params: bySlug,
    query: articleQuery,
    response: articleSchema.partial(),
    ninjs: "item",
  },
  {
    id: "search",
    method: "GET",
    path: "/api/v1/search",
    summary: "Published articles matching words, best first",
    scope: "search:read",
    params: none,
    query: searchQuery,
    response: pageOf(articleSchema.partial(), "SearchPage"),
    ninjs: "list",
  },
  {
    id: "listSections",
    method: "GET",
    path: "/api/v1/sections",
    summary: "The sections, in the site's order",
    scope: "taxonomy:read",
    params: none,
    query: pageQuery,
    response: pageOf(sectionSchema, "SectionPage"),
    ninjs: null,
  },
  {
    id: "listTags",
    method: "GET",
    path: "/api/v1/tags",
    summary: "Tags with at least one published article, by slug",
    scope: "taxonomy:read",
    params: none,
    query: pageQuery,
    response: pageOf(tagSchema, "TagPage"),
    ninjs: null,
  },
  {
    id: "listAuthors",
    method: "GET",
    path: "/api/v1/authors",
    summary: "Bylines of published articles, by slug",
    scope: "taxonomy:read",
    params: none,
    query: pageQuery,
    response: pageOf(authorSchema, "AuthorPage"),
    ninjs: null,
  },
];
