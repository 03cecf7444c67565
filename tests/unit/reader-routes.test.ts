// What the reader site makes of each path (lib/reader/routes.ts).
import { describe, expect, it } from "vitest";
import { matchReaderRoute } from "@/lib/reader/routes";
import { RESERVED_SECTION_SLUGS } from "@/lib/text/slug";
import { BEACON_PATH } from "@/lib/views/beacon";

describe("matchReaderRoute", () => {
  it("reads the page types of the site", () => {
    expect(matchReaderRoute("/")).toEqual({ kind: "home" });
    expect(matchReaderRoute("/search")).toEqual({ kind: "search" });
    expect(matchReaderRoute("/thoi-su")).toEqual({ kind: "listing", listing: "section", slug: "thoi-su", page: 1 });
    expect(matchReaderRoute("/thoi-su/page/3")).toEqual({ kind: "listing", listing: "section", slug: "thoi-su", page: 3 });
    expect(matchReaderRoute("/thoi-su/duong-ven-bien")).toEqual({ kind: "article", section: "thoi-su", slug: "duong-ven-bien" });
    expect(matchReaderRoute("/tag/nghe-an")).toEqual({ kind: "listing", listing: "tag", slug: "nghe-an", page: 1 });
    expect(matchReaderRoute("/tag/nghe-an/page/2")).toEqual({ kind: "listing", listing: "tag", slug: "nghe-an", page: 2 });
    expect(matchReaderRoute("/author/hoa-mai/page/12")).toEqual({ kind: "listing", listing: "author", slug: "hoa-mai", page: 12 });
  });

  it("reads the files for machines, the stylesheet and the script", () => {
    expect(matchReaderRoute("/rss.xml")).toEqual({ kind: "feed" });
    expect(matchReaderRoute("/thoi-su/rss.xml")).toEqual({ kind: "feed", section: "thoi-su" });
    expect(matchReaderRoute("/robots.txt")).toEqual({ kind: "robots" });
    expect(matchReaderRoute("/sitemap.xml")).toEqual({ kind: "sitemap-index" });
    expect(matchReaderRoute("/sitemaps/2026-11.xml")).toEqual({ kind: "sitemap", file: "2026-11.xml" });
    expect(matchReaderRoute("/news-sitemap.xml")).toEqual({ kind: "news-sitemap" });
    expect(matchReaderRoute("/assets/site-0123456789ab.css")).toEqual({ kind: "asset", file: "site-0123456789ab.css" });
    expect(matchReaderRoute("/assets/reader-0123456789ab.js")).toEqual({ kind: "asset", file: "reader-0123456789ab.js" });
  });

  it("owns the view beacon at an address no section can take", () => {
    expect(BEACON_PATH).toBe("/beacon/view");
    expect(matchReaderRoute(BEACON_PATH)).toEqual({ kind: "view-beacon" });
    expect(RESERVED_SECTION_SLUGS.has(BEACON_PATH.split("/")[1])).toBe(true);
    // Its segment is no section's: the listing and anything else under it are the 404 page.
    expect(matchReaderRoute("/beacon")).toEqual({ kind: "not-found" });
    expect(matchReaderRoute("/beacon/page/2")).toEqual({ kind: "not-found" });
  });

  it("leaves Next.js's paths and other files to Next.js, by whole segment", () => {
    for (const p of ["/newsroom", "/newsroom/articles/x", "/login", "/set-password/abc", "/api/media", "/media/abc-640.webp", "/_next/static/x.js", "/favicon.ico"]) {
      expect(matchReaderRoute(p), p).toBeNull();
    }
    expect(matchReaderRoute("/newsroom-notes/x")).toEqual({ kind: "article", section: "newsroom-notes", slug: "x" });
    expect(matchReaderRoute("/media-watch")).toEqual({ kind: "listing", listing: "section", slug: "media-watch", page: 1 });
  });

  it("answers the 404 page for anything else it owns", () => {
    // Page 1 lives at the base address only; junk page numbers, deep paths and odd characters are not pages.
    for (const p of ["/thoi-su/page/1", "/thoi-su/page/02", "/thoi-su/page/x", "/a/b/c", "/tag", "/tag/x/y", "/author/a/page/0", "/Thoi-Su", "/a/B", "/x%20y", "/a/b.html"]) {
      expect(matchReaderRoute(p), p).toEqual({ kind: "not-found" });
    }
  });
});
