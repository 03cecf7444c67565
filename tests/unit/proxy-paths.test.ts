// Which requests the proxy (proxy.ts) sees, and how the paths are shared
// between Next.js and the reader site: every folder under app/ is one of
// Next.js's segments (so the reader site never shadows a Next.js route), and
// no section can be named like a path either of them serves.
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { unstable_doesMiddlewareMatch } from "next/experimental/testing/server";
import { describe, expect, it } from "vitest";
import { STRICT_CSP_PATHS } from "@/lib/http/csp";
import { isNewsroomPath } from "@/lib/http/site-paths";
import { matchReaderRoute, NEXT_SEGMENTS } from "@/lib/reader/routes";
import { RESERVED_SECTION_SLUGS } from "@/lib/text/slug";
import { config } from "@/proxy";

const matches = (pathname: string) => unstable_doesMiddlewareMatch({ config, url: `http://localhost:3000${pathname}` });

describe("the proxy's matcher", () => {
  it("runs for the newsroom, sign-in and password pages (session check and nonce) and nothing else", () => {
    for (const p of ["/newsroom", "/newsroom/articles/abc", "/login", "/set-password/token123"]) expect(matches(p), p).toBe(true);
    for (const p of ["/", "/thoi-su/a-story", "/newsroom-notes/x", "/media/abc-640.webp", "/api/media", "/_next/static/x.js", "/rss.xml"]) {
      expect(matches(p), p).toBe(false);
    }
  });

  it("covers exactly the staff pages that get the nonce policy", () => {
    for (const segment of STRICT_CSP_PATHS) expect(matches(`/${segment}`) || matches(`/${segment}/x`), segment).toBe(true);
  });

  it("knows the newsroom by whole segment", () => {
    expect(isNewsroomPath("/newsroom/articles/x")).toBe(true);
    expect(isNewsroomPath("/newsroom-notes/x")).toBe(false);
  });
});

/** The first path segment of every route folder under app/, through route groups. */
function appSegments(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    if (!statSync(path.join(dir, name)).isDirectory()) continue;
    if (/^\(.*\)$/.test(name)) out.push(...appSegments(path.join(dir, name)));
    else if (!name.startsWith("_")) out.push(name);
  }
  return out;
}

describe("Next.js's paths and the reader site's", () => {
  it("every folder under app/ is Next.js's, so the reader site leaves it alone", () => {
    const segments = appSegments(path.resolve("app"));
    expect(segments).toEqual(expect.arrayContaining(["newsroom", "login", "api", "media"]));
    for (const segment of segments) {
      expect(NEXT_SEGMENTS.has(segment), segment).toBe(true);
      expect(matchReaderRoute(`/${segment}`), segment).toBeNull();
      expect(matchReaderRoute(`/${segment}/x`), segment).toBeNull();
    }
  });

  it("no section can be named like a path Next.js or the reader site serves", () => {
    const own = ["tag", "author", "search", "rss.xml", "robots.txt", "sitemap.xml", "sitemaps", "news-sitemap.xml", "assets", "favicon.ico"];
    for (const name of [...NEXT_SEGMENTS, ...own]) expect(RESERVED_SECTION_SLUGS.has(name), name).toBe(true);
  });
});
