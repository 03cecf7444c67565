// Cross-site request forgery check for route handlers that change things
// (server actions get the same check from Next.js itself). A browser always
// sends Origin with a POST and no page can forge it, so a request whose
// Origin is not this site did not come from one of our pages.

/**
 * True when the request's Origin header names the host the request was sent
 * to. Missing, "null" (sandboxed frames, some redirects) and unparsable
 * origins are refused.
 */
export function isSameOrigin(request: Request): boolean {
  return originMatchesHost(request.headers.get("origin"), requestHost(request));
}

/**
 * The rule itself, for callers without a fetch Request (the WebSocket
 * upgrade in lib/collab/server.ts): `origin` is the Origin header, `host`
 * the host the browser addressed (see requestHost).
 */
export function originMatchesHost(origin: string | null | undefined, host: string | null | undefined): boolean {
  if (!origin || origin === "null") return false;
  let originUrl: URL;
  try {
    originUrl = new URL(origin);
  } catch {
    return false;
  }
  if (originUrl.protocol !== "http:" && originUrl.protocol !== "https:") return false;
  if (!host) return false;
  try {
    // Parsed with the origin's scheme so case and default ports compare equal
    // ("Example.com:443" is "example.com" for https).
    return new URL(`${originUrl.protocol}//${host}`).host === originUrl.host;
  } catch {
    return false;
  }
}

/**
 * The host the browser addressed. Not request.url's: Next.js builds that from
 * its own listening address (localhost:PORT), which differs from the public
 * one behind a proxy or on another interface. As in Next.js's own check for
 * server actions, a proxy's X-Forwarded-Host wins over Host. A cross-site page
 * cannot set Host, nor X-Forwarded-Host without a CORS preflight that we never
 * grant.
 */
function requestHost(request: Request): string | null {
  return addressedHost((name) => request.headers.get(name)) || new URL(request.url).host || null;
}

/** The host from the request's headers: a proxy's X-Forwarded-Host, else Host. */
export function addressedHost(header: (name: string) => string | null | undefined): string | null {
  const forwarded = header("x-forwarded-host")?.split(",")[0]?.trim();
  return forwarded || header("host") || null;
}
