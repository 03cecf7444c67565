// The reader site inside Sapo's own server (lib/server/http-server.ts): every
// request Next.js does not own (lib/reader/routes.ts) is answered here, from
// the document cache when it holds the page, else rendered
// (lib/reader/render.tsx) and kept. A cache hit touches no database.
//
// Freshness: a change to live content in this process, or on another
// instance (the content version that lib/cache/sync.ts polls), calls
// signalContentChange(), which marks every kept document stale; the next
// request for each renders it again while others are still served the old
// one (lib/server/document-cache.ts). Entries also go stale after 60 s.
//
// The view beacon (POST /beacon/view, lib/views/beacon.ts) is answered here
// too, never from or into the document cache.
import type http from "node:http";
import { onContentChange } from "@/lib/cache/content-signal";
import type { Db, Tx } from "@/lib/db/client";
import { securityHeaders } from "@/lib/http/security-headers";
import { renderReaderRoute } from "@/lib/reader/render";
import { matchReaderRoute } from "@/lib/reader/routes";
import { findAsset, islandPaths, loadReaderAssets, type Asset } from "@/lib/reader/assets";
import { DocumentCache, sendRendered, type RenderedDocument } from "@/lib/server/document-cache";
import { handleViewBeacon } from "@/lib/views/beacon";
import type { ViewRecorder } from "@/lib/views/recorder";

/** Answers the request and resolves true, or resolves false when it is Next.js's. */
export type ReaderHandler = (req: http.IncomingMessage, res: http.ServerResponse) => Promise<boolean>;

export type ReaderOptions = {
  db: Db;
  /** Where raw SQL for search goes (lib/db's siteSql: a replica, picked per call, when there are any). */
  sql: () => Pick<Tx, "$queryRaw" | "$executeRaw">;
  /** Development: nothing is kept and the stylesheet and script are read again for each page. */
  dev: boolean;
  cache?: DocumentCache;
  /** Where view beacons are counted (scripts/server.ts starts it); none: they are answered and dropped. */
  views?: ViewRecorder;
};

const IMMUTABLE = "public, max-age=31536000, immutable";
const NOT_FOUND_KEY = "\0not-found";

function assetDocument(asset: Asset | undefined, production: boolean): RenderedDocument {
  return {
    status: asset ? 200 : 404,
    headers: {
      ...securityHeaders(production),
      "Content-Type": asset ? asset.contentType : "text/plain; charset=utf-8",
      "Cache-Control": asset ? IMMUTABLE : "public, max-age=0, s-maxage=60",
    },
    body: asset ? asset.body : "Not found",
    cacheable: true,
  };
}

export function createReaderHandler(options: ReaderOptions): ReaderHandler {
  const { db, sql, dev } = options;
  const production = !dev;
  const cache = options.cache ?? new DocumentCache();
  onContentChange(() => cache.invalidateAll());
  let assets = loadReaderAssets();

  return async (req, res) => {
    const url = new URL(req.url ?? "/", "http://reader.invalid");
    const route = matchReaderRoute(url.pathname);
    if (!route) return false;
    if (route.kind === "view-beacon") {
      await handleViewBeacon(req, res, options.views, production);
      return true;
    }
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405, { ...securityHeaders(production), Allow: "GET, HEAD", "Content-Type": "text/plain; charset=utf-8" });
      res.end("Method Not Allowed");
      return true;
    }
    if (url.pathname.length > 1 && url.pathname.endsWith("/")) {
      res.writeHead(301, { ...securityHeaders(production), Location: url.pathname.replace(/\/+$/, "") + url.search });
      res.end();
      return true;
    }
    if (dev) assets = loadReaderAssets();
    const render =
      route.kind === "asset"
        ? async () => assetDocument(findAsset(assets, route.file), production)
        : () => renderReaderRoute({ db, sql: sql(), stylesheet: assets.stylesheet.path, script: assets.script.path, islands: islandPaths(assets), production }, route, url);
    // Every address of no possible page shares one kept 404 document, so
    // made-up addresses cannot fill the cache or cost a render each.
    const key = route.kind === "not-found" ? NOT_FOUND_KEY : url.pathname;
    if (dev || route.kind === "search") await sendRendered(req, res, await render());
    else await cache.serve(req, res, key, render);
    return true;
  };
}
