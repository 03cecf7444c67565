// What the proxy (proxy.ts) makes of a request path: an address that may be
// an old article address, or one of the staff pages that get the nonce
// Content-Security-Policy. Pure, so the rules are tested without a server.
// Segments are compared whole: a section called "media-watch" is not /media.
import { STRICT_CSP_PATHS } from "@/lib/http/csp";
import { RESERVED_SECTION_SLUGS } from "@/lib/text/slug";

function firstSegment(pathname: string): string {
  return pathname.split("/")[1] ?? "";
}

/** Whether the page at `pathname` gets the newsroom's nonce policy (lib/http/csp.ts). */
export function usesStrictCsp(pathname: string): boolean {
  return (STRICT_CSP_PATHS as readonly string[]).includes(firstSegment(pathname));
}

/** Whether `pathname` is in the newsroom, where a visitor without a session is sent to sign in. */
export function isNewsroomPath(pathname: string): boolean {
  return firstSegment(pathname) === "newsroom";
}

/**
 * The section and slug of a path shaped like an article's address
 * (/<section>/<slug>, no file extension), or null. Paths under the app's own
 * first segments (RESERVED_SECTION_SLUGS) are never articles.
 */
export function articleAddress(pathname: string): { section: string; slug: string } | null {
  const match = /^\/([^/.]+)\/([^/.]+)$/.exec(pathname);
  if (!match || RESERVED_SECTION_SLUGS.has(match[1])) return null;
  return { section: match[1], slug: match[2] };
}
