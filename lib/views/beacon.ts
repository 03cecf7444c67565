// The view beacon's endpoint in the reader site (lib/reader/handler.ts):
// POST /beacon/view with the article's id as a text/plain body (what
// navigator.sendBeacon sends from lib/reader/assets/reader.js). It answers
// 204 with no body whatever became of the view (counted, a repeat, a bot…),
// so it tells a client nothing, and `Cache-Control: no-store`, so neither a
// CDN nor nginx keeps it: every beacon reaches an instance, while the page
// that sent it may well have come from a cache.
// Refused: other methods (405), bodies over 64 bytes (413), a body that
// cannot be an article id (400), and a request from another site's page,
// when the browser says so in Origin (403); such a page could otherwise make
// its visitors count views here.
// The client's address comes from lib/http/client-ip.ts (the connection's,
// or X-Forwarded-For from TRUSTED_PROXIES) and goes no further than the
// recorder's keyed hash.
import type http from "node:http";
import { clientIp } from "@/lib/http/client-ip";
import { isSameOrigin } from "@/lib/http/origin";
import { securityHeaders } from "@/lib/http/security-headers";
import { ARTICLE_ID, type ViewRecorder } from "@/lib/views/recorder";

export const BEACON_PATH = "/beacon/view";
export const MAX_BEACON_BYTES = 64;

function answer(res: http.ServerResponse, status: number, production: boolean, extra: Record<string, string> = {}): void {
  res.writeHead(status, { ...securityHeaders(production), "Cache-Control": "no-store", ...extra });
  res.end();
}

/** The body, or null once it is longer than `max` bytes (the rest is not read). */
function readSmallBody(req: http.IncomingMessage, max: number): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > max) {
        req.off("data", onData);
        // Drained, not kept: the connection stays usable for the answer.
        req.resume();
        resolve(null);
        return;
      }
      chunks.push(chunk);
    };
    req.on("data", onData);
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
    // A client gone before the end of its body: nothing to count (after "end" this changes nothing).
    req.on("close", () => resolve(null));
  });
}

/** A page of another site, by the browser's word; no Origin at all (older browsers, tools) is not refused. */
function fromAnotherSite(req: http.IncomingMessage): boolean {
  const origin = req.headers.origin;
  if (origin === undefined) return false;
  const headers = new Headers();
  for (const name of ["origin", "host", "x-forwarded-host"]) {
    const value = req.headers[name];
    if (typeof value === "string") headers.set(name, value);
  }
  return !isSameOrigin(new Request("http://reader.invalid/", { headers }));
}

/**
 * Answers a request for BEACON_PATH and hands the view to `recorder`
 * (none: answered, not counted).
 */
export async function handleViewBeacon(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  recorder: ViewRecorder | undefined,
  production: boolean,
): Promise<void> {
  if (req.method !== "POST") return answer(res, 405, production, { Allow: "POST" });
  if (Number(req.headers["content-length"] ?? 0) > MAX_BEACON_BYTES) return answer(res, 413, production, { Connection: "close" });
  const body = await readSmallBody(req, MAX_BEACON_BYTES);
  if (body === null) return answer(res, 413, production, { Connection: "close" });
  const articleId = body.trim();
  if (!ARTICLE_ID.test(articleId)) return answer(res, 400, production);
  if (fromAnotherSite(req)) return answer(res, 403, production);
  recorder?.record(articleId, clientIp(req.headers), req.headers["user-agent"]);
  answer(res, 204, production);
}
