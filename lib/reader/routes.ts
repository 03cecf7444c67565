// Which requests the reader site answers, and what each path means. Pure, so
// the rules are tested without a server (tests/unit/reader-routes.test.ts).
//
// The reader site owns every path except Next.js's own: the staff pages
// (/newsroom, /login, /set-password), /api, /media, /_next and files with an
// extension that are not ours (favicon.ico). Whatever the site owns and does
// not know is its own 404 page, in the site's language. Besides pages and
// files it owns one endpoint: the view beacon (POST /beacon/view,
// lib/views/beacon.ts), never cached.
import { parsePageParam } from "@/lib/site/paths";
import { RESERVED_SECTION_SLUGS } from "@/lib/text/slug";

export type ListingKind = "section" | "tag" | "author";

export type ReaderRoute =
  | { kind: "home" }
  | { kind: "search" }
  | { kind: "article"; section: string; slug: string }
  | { kind: "listing"; listing: ListingKind; slug: string; page: number }
  | { kind: "feed"; section?: string }
  | { kind: "robots" }
  | { kind: "sitemap-index" }
  | { kind: "sitemap"; file: string }
  | { kind: "news-sitemap" }
  | { kind: "asset"; file: string }
  | { kind: "view-beacon" }
  | { kind: "not-found" };

/** First path segments that belong to Next.js (the newsroom application and its files). */
export const NEXT_SEGMENTS = new Set(["_next", "api", "media", "newsroom", "login", "set-password"]);

const SEGMENT = /^[a-z0-9][a-z0-9-]*$/;
const FILES: Record<string, ReaderRoute> = {
  "robots.txt": { kind: "robots" },
  "rss.xml": { kind: "feed" },
  "sitemap.xml": { kind: "sitemap-index" },
  "news-sitemap.xml": { kind: "news-sitemap" },
};

/** A listing's page from `/page/<n>` (undefined: page 1), or the 404 page. */
function listing(listing: ListingKind, slug: string, rawPage?: string): ReaderRoute {
  const page = parsePageParam(rawPage);
  const possible = SEGMENT.test(slug) && !(listing === "section" && RESERVED_SECTION_SLUGS.has(slug));
  return page && possible ? { kind: "listing", listing, slug, page } : { kind: "not-found" };
}

/**
 * What the reader site makes of `pathname` (already without the query), or
 * null when the request is Next.js's to answer.
 */
export function matchReaderRoute(pathname: string): ReaderRoute | null {
  const parts = pathname.split("/").slice(1);
  const [first = ""] = parts;
  if (NEXT_SEGMENTS.has(first)) return null;
  if (parts.length === 1) {
    if (first === "") return { kind: "home" };
    if (first === "search") return { kind: "search" };
    if (FILES[first]) return FILES[first];
    // Other files at the top level (favicon.ico, apple-touch-icon.png…) are Next.js's.
    if (first.includes(".")) return null;
    return listing("section", first);
  }
  if (first === "assets" && parts.length === 2) return { kind: "asset", file: parts[1] };
  if (first === "beacon" && parts.length === 2 && parts[1] === "view") return { kind: "view-beacon" };
  if (first === "sitemaps" && parts.length === 2) return { kind: "sitemap", file: parts[1] };
  if (first === "tag" || first === "author") {
    if (parts.length === 2) return listing(first, parts[1]);
    if (parts.length === 4 && parts[2] === "page") return listing(first, parts[1], parts[3]);
    return { kind: "not-found" };
  }
  if (!SEGMENT.test(first)) return { kind: "not-found" };
  if (parts.length === 2) {
    if (parts[1] === "rss.xml") return { kind: "feed", section: first };
    return SEGMENT.test(parts[1]) ? { kind: "article", section: first, slug: parts[1] } : { kind: "not-found" };
  }
  if (parts.length === 3 && parts[1] === "page") return listing("section", first, parts[2]);
  return { kind: "not-found" };
}
