// The content API's answers as documents for Sapo's server (RenderedDocument,
// lib/server/send-document.ts): JSON bodies, the CORS and caching headers,
// and errors as `errorSchema` JSON in the caller's language.
//
// Caching (who may keep an answer, and for how long):
// - Answers (200) carry a strong ETag: the SHA-256 of the body, so equal
//   bodies have equal tags on every instance and a client's If-None-Match
//   gets a 304 anywhere. (The compressed variants share the tag, as most
//   servers do; sendDocument compares tags the weak way If-None-Match asks for.)
// - With anonymous access on, anyone may read what a CDN keeps: `public`,
//   max-age 60 for clients, s-maxage 60 for the CDN, which publishing purges
//   (lib/cache/sync.ts) like the reader's pages, so a short age only bounds
//   staleness when no purge is configured.
// - With anonymous access off, `private`: a shared cache must not hand an
//   answer fetched with a key to someone without one. `Vary: Authorization`
//   would say the same in theory, but CDNs commonly ignore Vary on anything
//   but Accept-Encoding and would serve it to anyone.
// - Vary: Accept (ninjs by Accept), Authorization and X-Api-Key (the two
//   ways to present a key, lib/api/access.ts); errors also vary on
//   Accept-Language (their message is in the caller's language; a 200's body
//   does not depend on it, so saying so would only split CDN caches).
// - Errors are `no-store`, never kept: they depend on the caller (language,
//   key, rate) rather than on content.
// Not `server-only`: answered by Sapo's own server, outside Next.js.
import { createHash } from "node:crypto";
import type { z } from "zod";
import { availableLocales, messageFor } from "@/lib/i18n/catalogue";
import { securityHeaders } from "@/lib/http/security-headers";
import type { RenderedDocument } from "@/lib/server/send-document";

export const JSON_TYPE = "application/json; charset=utf-8";

/** Cross-origin reads from any page: the API is public, and keys travel in Authorization (no cookies). */
export const CORS_HEADERS: Readonly<Record<string, string>> = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Expose-Headers": "ETag, Retry-After, Content-Language",
};

/** The answer to a CORS preflight (OPTIONS). */
export const PREFLIGHT_HEADERS: Readonly<Record<string, string>> = {
  ...CORS_HEADERS,
  "Access-Control-Allow-Methods": "GET, HEAD, OPTIONS",
  "Access-Control-Allow-Headers": "Authorization, X-Api-Key, Accept, Accept-Language, If-None-Match",
  "Access-Control-Max-Age": "86400",
  Allow: "GET, HEAD, OPTIONS",
};

/** How long clients and a CDN may keep an answer (see the header). */
export const API_MAX_AGE_SECONDS = 60;

export function cacheControl(anonymousAccess: boolean): string {
  return anonymousAccess ? `public, max-age=${API_MAX_AGE_SECONDS}, s-maxage=${API_MAX_AGE_SECONDS}` : `private, max-age=${API_MAX_AGE_SECONDS}`;
}

/** `"…"`: 22 base64url characters (132 bits) of the body's SHA-256. */
export function strongEtag(body: string): string {
  return `"${createHash("sha256").update(body).digest("base64url").slice(0, 22)}"`;
}

/** A 200 answer, to keep in the response cache. */
export function okDocument(body: unknown, options: { contentType: string; anonymousAccess: boolean; production: boolean }): RenderedDocument {
  const text = JSON.stringify(body);
  return {
    status: 200,
    headers: {
      ...securityHeaders(options.production),
      ...CORS_HEADERS,
      "Content-Type": options.contentType,
      "Cache-Control": cacheControl(options.anonymousAccess),
      Vary: "Accept, Authorization, X-Api-Key",
      ETag: strongEtag(text),
    },
    body: text,
    cacheable: true,
  };
}

/**
 * The catalogue that best fits an Accept-Language header (q-values honoured,
 * "en-GB" matching "en"), else the site's language.
 */
export function callerLanguage(header: string | undefined, siteLanguage: string): string {
  if (!header) return siteLanguage;
  const locales = availableLocales();
  const ranked = header
    .split(",")
    .map((part, index) => {
      const [tag, ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      const quality = q === undefined ? 1 : Number(q.slice(2));
      return { tag: tag.trim().toLowerCase(), quality: Number.isFinite(quality) ? quality : 0, index };
    })
    .filter((r) => r.tag && r.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index);
  for (const { tag } of ranked) {
    if (tag === "*") return siteLanguage;
    const found = locales.find((l) => l.toLowerCase() === tag) ?? locales.find((l) => l.toLowerCase() === tag.split("-")[0]);
    if (found) return found;
  }
  return siteLanguage;
}

export type ApiFailure = {
  status: number;
  code: string;
  /** A catalogue key (api.errors.*). */
  messageKey: string;
  issues?: { path: string; messageKey: string }[];
  retryAfterSeconds?: number;
};

/** An error answer (errorSchema) in `language`; never kept, never cached. */
export function errorDocument(failure: ApiFailure, language: string, production: boolean): RenderedDocument {
  const body = {
    error: {
      code: failure.code,
      message: messageFor(language, failure.messageKey),
      ...(failure.issues?.length ? { issues: failure.issues.map((i) => ({ path: i.path, message: messageFor(language, i.messageKey) })) } : {}),
    },
  };
  return {
    status: failure.status,
    headers: {
      ...securityHeaders(production),
      ...CORS_HEADERS,
      "Content-Type": JSON_TYPE,
      "Content-Language": language,
      "Cache-Control": "no-store",
      Vary: "Accept, Authorization, X-Api-Key, Accept-Language",
      ...(failure.retryAfterSeconds !== undefined ? { "Retry-After": String(failure.retryAfterSeconds) } : {}),
      ...(failure.status === 401 ? { "WWW-Authenticate": 'Bearer realm="api"' } : {}),
      ...(failure.status === 405 ? { Allow: "GET, HEAD, OPTIONS" } : {}),
    },
    body: JSON.stringify(body),
    cacheable: false,
  };
}

/** A 400 for input that failed its schema: each issue with where it is. */
export function invalidInput(error: z.ZodError): ApiFailure {
  const issues = error.issues.map((issue) => ({
    path: issue.path.map(String).join("."),
    messageKey: issue.message.startsWith("api.errors.") ? issue.message : "api.errors.invalid",
  }));
  return { status: 400, code: "invalid_request", messageKey: issues[0]?.messageKey ?? "api.errors.invalid", issues };
}
