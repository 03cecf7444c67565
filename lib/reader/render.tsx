// Turns a reader route into a finished document: reads what the page needs
// (lib/reader/pages/), renders the page with react-dom/server into plain
// HTML, and adds the headers every reader response carries. No framework
// runtime and no serialized data reach the browser: what React renders here
// is the whole page.
import { renderToStaticMarkup } from "react-dom/server";
import { readerContentSecurityPolicy } from "@/lib/http/csp";
import { securityHeaders } from "@/lib/http/security-headers";
import { loadReaderContext, type ReaderContext } from "@/lib/reader/context";
import { renderMachineFile } from "@/lib/reader/machine-files";
import { articlePage } from "@/lib/reader/pages/article";
import { homePage } from "@/lib/reader/pages/home";
import { listingPage } from "@/lib/reader/pages/listing";
import { notFoundPage } from "@/lib/reader/pages/not-found";
import type { PageDb, ReaderPage } from "@/lib/reader/pages/page";
import { searchPage } from "@/lib/reader/pages/search";
import type { ReaderRoute } from "@/lib/reader/routes";
import type { IslandName } from "@/lib/reader/assets";
import type { RenderedDocument } from "@/lib/server/document-cache";
import { ReaderDocument } from "@/components/site/document";

export type RenderDeps = PageDb & {
  stylesheet: string;
  /** The island script's address (lib/reader/assets.ts); none: pages without it. */
  script?: string;
  /** The optional islands' addresses (lib/reader/assets.ts); a page loads those its head lists. */
  islands?: Partial<Record<IslandName, string>>;
  production: boolean;
};

/**
 * A CDN may keep a page 60 s, then serve it stale for up to an hour while it
 * fetches a fresh one (or until CDN_PURGE_URL purges it, lib/cache/sync.ts).
 */
export const READER_CACHE_CONTROL = "public, max-age=0, s-maxage=60, stale-while-revalidate=3540";

/** Search answers: one per query, never kept by us, a CDN or nginx (docs/deploying.md). */
const SEARCH_CACHE_CONTROL = "private, no-cache, no-store, max-age=0, must-revalidate";

function baseHeaders(production: boolean): Record<string, string> {
  return { ...securityHeaders(production), "Content-Security-Policy": readerContentSecurityPolicy(), "Cache-Control": READER_CACHE_CONTROL };
}

function htmlDocument(reader: ReaderContext, page: Extract<ReaderPage, { head: unknown }>, deps: RenderDeps): string {
  const islands = (page.head.islands ?? []).flatMap((name) => deps.islands?.[name] ?? []);
  return (
    "<!DOCTYPE html>" +
    renderToStaticMarkup(
      <ReaderDocument reader={reader} head={page.head} stylesheet={deps.stylesheet} script={deps.script} islands={islands} header={page.header}>
        {page.content}
      </ReaderDocument>,
    )
  );
}

async function loadPage(deps: RenderDeps, reader: ReaderContext, route: ReaderRoute, url: URL): Promise<ReaderPage | null> {
  switch (route.kind) {
    case "home":
      return homePage(deps, reader);
    case "article":
      return articlePage(deps, reader, route.section, route.slug);
    case "listing":
      return listingPage(deps, reader, route.listing, route.slug, route.page);
    case "search":
      return searchPage(deps, reader, url.searchParams);
    default:
      return null;
  }
}

/** The document for `route` (`url` for its query); the asset and beacon routes are the handler's. */
export async function renderReaderRoute(deps: RenderDeps, route: ReaderRoute, url: URL): Promise<RenderedDocument> {
  const reader = await loadReaderContext(deps.db);
  const headers = baseHeaders(deps.production);
  switch (route.kind) {
    case "robots":
    case "feed":
    case "sitemap-index":
    case "sitemap":
    case "news-sitemap":
      return renderMachineFile(deps.db, reader, route, headers);
  }
  const page = (await loadPage(deps, reader, route, url)) ?? (await notFoundPage(deps, reader));
  if ("redirect" in page) {
    return { status: 301, headers: { ...headers, Location: page.redirect }, body: "", cacheable: true };
  }
  const search = route.kind === "search";
  return {
    status: page.status,
    headers: { ...headers, "Content-Type": "text/html; charset=utf-8", ...(search ? { "Cache-Control": SEARCH_CACHE_CONTROL } : {}) },
    body: htmlDocument(reader, page, deps),
    cacheable: !search,
  };
}
