// The content API (/api/v1/*) inside Sapo's own server (scripts/server.ts
// mounts it before the reader site): read-only, GET and HEAD, dispatched
// from the route table (lib/api/routes.ts) and parsed with its schemas.
//
// A request goes: CORS preflight (OPTIONS) or 405 for other methods; the
// route (404 JSON for any other /api/v1 path); access (lib/api/access.ts:
// key, scope, rate limits; openapi.json is open to all); the parameters (400
// with each issue); then the response cache.
//
// The cache (DocumentCache, as the reader site's) keeps each answer by what
// decides it: the route, its parsed parameters and query (defaults filled
// in, unknown parameters dropped, so `?limit=20&x=1` and `` share an entry),
// the format, and whether anonymous access is on (it changes Cache-Control).
// Nothing about the caller is in an answer, so callers share entries. It is
// marked stale on every change to live content in this process, and on
// other instances through the content version lib/cache/sync.ts polls, the
// same signal (lib/cache/content-signal.ts) the reader's pages follow; and
// entries expire after API_MAX_AGE_SECONDS anyway. Errors are never kept.
// Not `server-only`: it is Sapo's server; the modules it reads through are.
import { apiAccessSettings } from "@/lib/api/access-settings";
import { admitApiRequest, apiAccessRequest, type AccessDeps } from "@/lib/api/access";
import { loadApiSite } from "@/lib/api/article-json";
import { answerEndpoint } from "@/lib/api/endpoints";
import { parseFields } from "@/lib/api/fields";
import { NINJS_MEDIA_TYPE } from "@/lib/api/ninjs";
import { openApiDocument } from "@/lib/api/openapi";
import {
  API_MAX_AGE_SECONDS,
  callerLanguage,
  errorDocument,
  invalidInput,
  okDocument,
  PREFLIGHT_HEADERS,
  type ApiFailure,
} from "@/lib/api/respond";
import { API_ROUTES, type ApiRoute } from "@/lib/api/routes";
import { onContentChange } from "@/lib/cache/content-signal";
import { readConfig } from "@/lib/config/env";
import type { Db, Tx } from "@/lib/db/client";
import type { FrontHandler } from "@/lib/server/http-server";
import { DocumentCache, sendRendered, type RenderedDocument } from "@/lib/server/document-cache";
import { getSiteSettings } from "@/lib/settings/site-settings";

export type ApiHandlerOptions = {
  /** Where content is read: siteDb (a replica when there is one). */
  db: Db;
  /** The primary: keys are checked and their last use written there (lib/api/access.ts). */
  primary: Db;
  /** Raw SQL for search (lib/db's siteSql). */
  sql: () => Pick<Tx, "$queryRaw" | "$executeRaw">;
  /** Development: nothing is kept. */
  dev: boolean;
  cache?: DocumentCache;
  /** Passed on to admitApiRequest (tests: a limiter of their own, no caching of keys). */
  access?: Omit<AccessDeps, "db">;
};

const PREFIX = "/api/v1";
const OPENAPI_PATH = `${PREFIX}/openapi.json`;

type Match = { route: ApiRoute; params: Record<string, string> };
type Compiled = { route: ApiRoute; pattern: RegExp; names: string[] };

const COMPILED: Compiled[] = API_ROUTES.map((route) => {
  const names: string[] = [];
  // The paths hold only letters, slashes and {name} placeholders (routes.ts), but a dot (openapi.json) would need escaping.
  const source = route.path.replace(/\./g, "\\.").replace(/\{(\w+)\}/g, (_m, name: string) => {
    names.push(name);
    return "([^/]+)";
  });
  return { route, pattern: new RegExp(`^${source}$`), names };
});

/** The route at `pathname` and its path parameters (decoded); null for none, or an undecodable one. */
export function matchApiRoute(pathname: string): Match | null {
  for (const { route, pattern, names } of COMPILED) {
    const m = pattern.exec(pathname);
    if (!m) continue;
    try {
      return { route, params: Object.fromEntries(names.map((n, i) => [n, decodeURIComponent(m[i + 1])])) };
    } catch {
      return null;
    }
  }
  return null;
}

/** Whether the caller asks for ninjs by its Accept header (format= wins over it). */
function acceptsNinjs(accept: string | undefined): boolean {
  return accept !== undefined && accept.toLowerCase().includes(NINJS_MEDIA_TYPE);
}

export function createApiHandler(options: ApiHandlerOptions): FrontHandler {
  const { db, sql, dev } = options;
  const production = !dev;
  const cache = options.cache ?? new DocumentCache({ maxAgeMs: API_MAX_AGE_SECONDS * 1000 });
  const access: AccessDeps = { ...options.access, db: options.primary };
  onContentChange(() => cache.invalidateAll());
  // The site's name and language, read again after any content change (settings included) or a few seconds.
  let site: { at: number; value: Promise<Awaited<ReturnType<typeof loadSite>>> } | null = null;
  const loadSite = async () => ({ ...(await loadApiSite(db)), name: (await getSiteSettings(db)).siteName });
  onContentChange(() => (site = null));
  const siteNow = () => {
    if (!site || Date.now() - site.at > 5_000) {
      const value = loadSite();
      site = { at: Date.now(), value };
      value.catch(() => (site = null));
    }
    return site.value;
  };

  return async (req, res) => {
    const url = new URL(req.url ?? "/", "http://api.invalid");
    if (url.pathname !== PREFIX && !url.pathname.startsWith(`${PREFIX}/`)) return false;
    const current = await siteNow();
    const language = callerLanguage(req.headers["accept-language"], current.language);
    const fail = (failure: ApiFailure) => sendRendered(req, res, errorDocument(failure, language, production));

    if (req.method === "OPTIONS") {
      res.writeHead(204, PREFLIGHT_HEADERS);
      res.end();
      return true;
    }
    if (req.method !== "GET" && req.method !== "HEAD") {
      await fail({ status: 405, code: "method_not_allowed", messageKey: "api.errors.methodNotAllowed" });
      return true;
    }
    const ok = (body: unknown, contentType: string, anonymousAccess: boolean): RenderedDocument =>
      okDocument(body, { contentType, anonymousAccess, production });

    if (url.pathname === OPENAPI_PATH) {
      // The same for everyone and needs no key; it offers "no key" while anonymous access is on.
      const { apiAnonymousAccess: anonymousAccess } = await apiAccessSettings(options.primary, Date.now(), options.access?.settingsTtlMs);
      const render = async () => ok(openApiDocument(readConfig().siteUrl, { anonymousAccess }), "application/json; charset=utf-8", true);
      if (dev) await sendRendered(req, res, await render());
      else await cache.serve(req, res, JSON.stringify([OPENAPI_PATH, anonymousAccess]), render);
      return true;
    }
    const match = matchApiRoute(url.pathname);
    if (!match) {
      await fail({ status: 404, code: "not_found", messageKey: "api.errors.notFound" });
      return true;
    }
    const request = apiAccessRequest(req.headers);
    const admission = await admitApiRequest(access, { ...request, address: request.address ?? req.socket.remoteAddress ?? null }, match.route.scope);
    if (!admission.ok) {
      await fail(admission);
      return true;
    }

    const params = match.route.params.safeParse(match.params);
    if (!params.success) {
      await fail({ status: 404, code: "not_found", messageKey: "api.errors.notFound" });
      return true;
    }
    const query = match.route.query.safeParse(Object.fromEntries(url.searchParams));
    if (!query.success) {
      await fail(invalidInput(query.error));
      return true;
    }
    const q = query.data as Record<string, unknown> & { fields?: string; format?: "json" | "ninjs" };
    const format = match.route.ninjs && (q.format ?? (acceptsNinjs(req.headers.accept) ? "ninjs" : "json")) === "ninjs" ? "ninjs" : "json";
    if (format === "ninjs" && q.fields !== undefined) {
      await fail({ status: 400, code: "invalid_request", messageKey: "api.errors.fieldsNinjs" });
      return true;
    }
    const fields = parseFields(q.fields, match.route.ninjs === "list");
    if (!fields) {
      await fail({ status: 400, code: "invalid_request", messageKey: "api.errors.fields", issues: [{ path: "fields", messageKey: "api.errors.fields" }] });
      return true;
    }
    const { apiAnonymousAccess } = await apiAccessSettings(options.primary, Date.now(), options.access?.settingsTtlMs);
    const normalised = { ...q, fields: fields.join(","), format };
    const key = JSON.stringify([match.route.id, params.data, normalised, apiAnonymousAccess]);
    const render = async (): Promise<RenderedDocument> => {
      const answer = await answerEndpoint(match.route.id, { db, sql: sql(), site: current, format, fields }, params.data as Record<string, string>, q);
      return answer.ok ? ok(answer.body, answer.contentType, apiAnonymousAccess) : errorDocument(answer.failure, language, production);
    };
    if (dev) await sendRendered(req, res, await render());
    else await cache.serve(req, res, key, render);
    return true;
  };
}
