// Which requests the proxy (proxy.ts) sees and what it makes of them: old
// article addresses in any section are looked up (sections whose names
// merely begin like one of the app's own paths included), the app's own
// paths never are, and the reserved section names cover every path the app
// serves (read from the app/ folder).
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { unstable_doesMiddlewareMatch } from "next/experimental/testing/server";
import { describe, expect, it } from "vitest";
import { STRICT_CSP_PATHS } from "@/lib/http/csp";
import { articleAddress, usesStrictCsp } from "@/lib/http/site-paths";
import { RESERVED_SECTION_SLUGS } from "@/lib/text/slug";
import { config } from "@/proxy";

const matches = (pathname: string) => unstable_doesMiddlewareMatch({ config, url: `http://localhost:3000${pathname}` });

describe("the proxy's matcher", () => {
  it("runs for two-segment paths in sections named like the app's own paths", () => {
    for (const p of ["/media-watch/a-story", "/tagalog/a-story", "/authors-corner/x", "/searchlight/x", "/apis/x", "/login-tips/x", "/newsroomy/x"]) {
      expect(matches(p), p).toBe(true);
    }
  });

  it("runs for the newsroom, sign-in and password pages (session check and nonce)", () => {
    for (const p of ["/newsroom", "/newsroom/articles/abc", "/login", "/set-password/token123"]) expect(matches(p), p).toBe(true);
  });

  it("skips the app's own heavy paths and files", () => {
    for (const p of ["/media/abc-640.webp", "/api/media", "/api/articles/abc", "/_next/static/x.js", "/rss.xml", "/sitemaps/2026-11.xml", "/favicon.ico", "/a/b/c"]) {
      expect(matches(p), p).toBe(false);
    }
  });

  it("leaves out only whole segments that are reserved section names", () => {
    // Whatever the matcher skips must be a name no section can have,
    // otherwise that section's old addresses would never redirect.
    const source = config.matcher.find((m) => m.includes("(?!"))!;
    const skipped = /\(\?!\(\?:([^)]*)\)\//.exec(source)![1].split("|");
    expect(skipped.length).toBeGreaterThan(0);
    for (const segment of skipped) expect(RESERVED_SECTION_SLUGS.has(segment), segment).toBe(true);
  });
});

describe("articleAddress", () => {
  it("reads section and slug from article-shaped paths", () => {
    expect(articleAddress("/media-watch/a-story")).toEqual({ section: "media-watch", slug: "a-story" });
    expect(articleAddress("/tagalog/balita")).toEqual({ section: "tagalog", slug: "balita" });
  });

  it("is null for the app's own paths and anything not shaped like an article", () => {
    for (const p of ["/newsroom/articles", "/media/x", "/tag/lu", "/author/an", "/search/x", "/login/x", "/set-password/abc", "/api/media", "/", "/section", "/a/b/c", "/a/b.xml"]) {
      expect(articleAddress(p), p).toBeNull();
    }
  });
});

describe("strict Content-Security-Policy paths", () => {
  it("are the newsroom, sign-in and password pages, by whole segment", () => {
    for (const p of ["/newsroom", "/newsroom/articles/x", "/login", "/set-password/abc"]) expect(usesStrictCsp(p), p).toBe(true);
    for (const p of ["/", "/newsroom-notes/x", "/logins", "/thoi-su/a", "/tag/x"]) expect(usesStrictCsp(p), p).toBe(false);
    expect(STRICT_CSP_PATHS.length).toBeGreaterThan(0);
  });
});

/** The first path segment of every route under app/, through route groups. */
function topLevelRoutes(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) {
      if (/^\(.*\)$/.test(name)) out.push(...topLevelRoutes(full)); // (site): no segment of its own
      else if (!name.startsWith("[") && !name.startsWith("_")) out.push(name);
    } else if (/^(robots|sitemap|manifest|favicon|icon|apple-icon)\.(ts|tsx|js|ico|png|txt|xml)$/.test(name)) {
      // Metadata files: robots.ts answers /robots.txt, and so on.
      out.push(name.startsWith("robots") ? "robots.txt" : name.startsWith("sitemap.") ? "sitemap.xml" : name.replace(/\.(ts|tsx|js)$/, ""));
    }
  }
  return out;
}

describe("reserved section names", () => {
  it("include every path the app serves", () => {
    const routes = topLevelRoutes(path.resolve("app"));
    expect(routes).toEqual(expect.arrayContaining(["newsroom", "login", "set-password", "api", "media", "tag", "author", "search", "rss.xml", "robots.txt"]));
    for (const name of [...routes, "_next", "favicon.ico"]) expect(RESERVED_SECTION_SLUGS.has(name), name).toBe(true);
  });
});
