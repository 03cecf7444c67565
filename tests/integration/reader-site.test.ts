// The reader site as Sapo's own server answers it (lib/reader/handler.ts) on
// a real database: every page type is a whole document whose one script is
// the small deferred island (lib/reader/assets/reader.js), with
// its <head> in the first bytes, RSS autodiscovery and the strict policy; the
// 404 page is a page; old addresses answer 301; a cached page costs no query
// and a normal article never asks for old addresses; a live change shows at
// once; bodies are sent compressed, with ETag and 304.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signalContentChange } from "@/lib/cache/content-signal";
import type { Db } from "@/lib/db/client";
import { createReaderHandler } from "@/lib/reader/handler";
import { indexArticle } from "@/lib/search";
import { freshDatabase, type TestDb } from "@/tests/support/db";
import { serveReader, type Answer, type ReaderTestServer } from "@/tests/support/reader-server";

const SITE_URL = "https://baonghean.example";

let t: TestDb;
let site: ReaderTestServer;
const queries: string[] = [];

/** `db` with every model call and raw query written down in `queries`. */
function counted(db: Db): Db {
  const wrap = <T extends object>(target: T, name: string): T =>
    new Proxy(target, {
      get(obj, key) {
        const value = Reflect.get(obj, key);
        if (typeof value !== "function") return value;
        return (...args: unknown[]) => {
          queries.push(`${name}.${String(key)}`);
          return (value as (...a: unknown[]) => unknown).apply(obj, args);
        };
      },
    });
  return new Proxy(db, {
    get(obj, key) {
      const value = Reflect.get(obj, key);
      if (typeof key === "string" && key.startsWith("$queryRaw")) return wrap({ [key]: value.bind(obj) }, "$")[key as never];
      if (typeof key === "string" && !key.startsWith("$") && value && typeof value === "object") return wrap(value, key);
      return value;
    },
  });
}

function get(pathname: string, headers: Record<string, string> = {}, method = "GET"): Promise<Answer> {
  return site.request(method, pathname, { headers });
}

async function story(slug: string, data: { title: string; section: string; status?: "PUBLISHED" | "DRAFT"; tag?: string; byline?: string }) {
  const section = await t.db.section.upsert({ where: { slug: data.section }, create: { name: data.section.toUpperCase(), slug: data.section }, update: {} });
  const status = data.status ?? "PUBLISHED";
  const article = await t.db.article.create({
    data: {
      title: data.title,
      slug,
      lead: `Lead of ${data.title}`,
      bodyJson: "{}",
      bodyHtml: `<p>Body of ${data.title}</p>`,
      bodyText: `Body of ${data.title}`,
      status,
      publishedAt: status === "PUBLISHED" ? new Date() : null,
      sectionId: section.id,
      ...(data.byline ? { authors: { create: { byline: data.byline, bylineSlug: data.byline.toLowerCase().replace(/\s+/g, "-"), position: 0 } } } : {}),
      ...(data.tag ? { tags: { create: { position: 0, tag: { create: { name: data.tag, slug: data.tag.toLowerCase() } } } } } : {}),
    },
  });
  if (status === "PUBLISHED") await indexArticle(t.db, article);
  return article;
}

beforeAll(async () => {
  process.env.SITE_URL = SITE_URL;
  t = await freshDatabase();
  await t.db.setting.create({ data: { key: "siteLanguage", value: JSON.stringify("vi") } });
  await story("duong-ven-bien", { title: "Đường ven biển mở rộng", section: "thoi-su", tag: "Giao-thong", byline: "Hoa Mai" });
  await story("le-hoi", { title: "Lễ hội Đền Cuông", section: "van-hoa" });
  await story("ban-nhap", { title: "Bản nháp bí mật", section: "thoi-su", status: "DRAFT" });
  const renamed = await story("ten-moi", { title: "Bài đã đổi tên", section: "thoi-su" });
  await t.db.slugRedirect.create({ data: { sectionSlug: "thoi-su", slug: "ten-cu", articleId: renamed.id } });

  const handler = createReaderHandler({ db: counted(t.db), sql: () => counted(t.db), dev: false });
  site = await serveReader(handler);
});

afterAll(async () => {
  site?.close();
  await t?.db.$disconnect();
});

const PAGES = ["/", "/thoi-su", "/thoi-su/duong-ven-bien", "/tag/giao-thong", "/author/hoa-mai", "/search?q=duong", "/search"];

describe("every reader page", () => {
  it("is a whole document in the site's language, its head first, with no script but JSON-LD and the island", async () => {
    for (const p of PAGES) {
      const page = await get(p);
      expect(page.status, p).toBe(200);
      expect(page.headers["content-type"], p).toBe("text/html; charset=utf-8");
      expect(page.body, p).toMatch(/^<!DOCTYPE html><html lang="vi"[^>]*><head><meta charSet="utf-8"\/>/);
      expect(page.body.indexOf("<title>"), p).toBeLessThan(page.body.indexOf("<body"));
      expect(page.body, p).toContain("<main id=\"main\"");
      const scripts = [...page.body.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
      expect(scripts.filter((s) => !s.includes('type="application/ld+json"')), p).toEqual([expect.stringMatching(/^<script src="\/assets\/reader-[0-9a-f]{12}\.js" defer="">$/)]);
      expect(page.body, p).not.toMatch(/_next\/|__next|self\.__next_f/);
    }
  });

  it("carries the strict policy: scripts from our origin only, nothing inline", async () => {
    for (const p of PAGES) {
      const policy = (await get(p)).headers["content-security-policy"] ?? "";
      expect(policy, p).toMatch(/script-src 'self'(;|$)/);
      expect(policy, p).not.toContain("unsafe-inline");
      expect(policy, p).toContain("object-src 'none'");
      expect(policy, p).toContain("base-uri 'none'");
      expect(policy, p).toContain("frame-ancestors 'none'");
    }
  });

  it("announces the site's feed in <head>, and the section's on section and article pages", async () => {
    const head = async (p: string) => (await get(p)).body.split("</head>")[0];
    for (const p of PAGES) expect(await head(p), p).toContain(`href="${SITE_URL}/rss.xml"`);
    for (const p of ["/thoi-su", "/thoi-su/duong-ven-bien"]) expect(await head(p), p).toContain(`href="${SITE_URL}/thoi-su/rss.xml"`);
    expect(await head("/")).not.toContain("/thoi-su/rss.xml");
    expect(await head("/")).toMatch(/<link rel="alternate" type="application\/rss\+xml" title="[^"]+" href="https:\/\/baonghean\.example\/rss\.xml"\/>/);
  });
});

describe("the 404 page", () => {
  it("answers unknown articles, sections, tags, authors and addresses with a real page: heading, search, latest stories", async () => {
    for (const p of ["/thoi-su/khong-co", "/thoi-su/ban-nhap", "/khong-co-muc", "/tag/khong-co", "/author/khong-co", "/a/b/c", "/thoi-su/page/9"]) {
      const page = await get(p);
      expect(page.status, p).toBe(404);
      expect(page.body, p).toContain('<h1 class="page-title">Không tìm thấy trang</h1>');
      expect(page.body, p).toMatch(/<form[^>]* role="search" class="search-form"[^>]*>/);
      expect(page.body, p).toContain('<input id="not-found-q" type="search"');
      expect(page.body, p).toContain('href="/thoi-su/duong-ven-bien"');
      expect(page.body, p).not.toContain("Bản nháp bí mật");
    }
  });
});

describe("addresses", () => {
  it("an old address of a renamed article answers 301 to the new one", async () => {
    const page = await get("/thoi-su/ten-cu");
    expect(page.status).toBe(301);
    expect(page.headers.location).toBe("/thoi-su/ten-moi");
  });

  it("a normal article never looks up old addresses, and once kept costs no query at all", async () => {
    queries.length = 0;
    expect((await get("/van-hoa/le-hoi")).status).toBe(200);
    expect(queries.length).toBeGreaterThan(0);
    expect(queries.filter((q) => q.startsWith("slugRedirect"))).toEqual([]);
    queries.length = 0;
    for (let i = 0; i < 5; i++) expect((await get("/van-hoa/le-hoi")).status).toBe(200);
    expect((await get("/thoi-su/ten-cu")).status).toBe(301);
    expect(queries).toEqual([]);
  });

  it("made-up addresses share one kept 404 page: the second costs no query", async () => {
    expect((await get("/made/up/one")).status).toBe(404);
    queries.length = 0;
    for (const p of ["/made/up/two", "/a/b/c/d", "/Khong-Hop-Le"]) expect((await get(p)).status).toBe(404);
    expect(queries).toEqual([]);
  });

  it("a trailing slash is sent to the address without it, other methods are refused, and Next.js's paths are passed on", async () => {
    expect((await get("/thoi-su/")).headers.location).toBe("/thoi-su");
    expect((await get("/", {}, "POST")).status).toBe(405);
    expect((await get("/newsroom")).status).toBe(418);
    expect((await get("/media/x.webp")).status).toBe(418);
  });
});

describe("freshness", () => {
  it("a live change shows on the next request, and the feeds follow", async () => {
    expect((await get("/")).body).not.toContain("Tin mới lên trang");
    await story("tin-moi", { title: "Tin mới lên trang", section: "thoi-su" });
    expect((await get("/")).body).not.toContain("Tin mới lên trang"); // still the kept page
    signalContentChange();
    expect((await get("/")).body).toContain("Tin mới lên trang");
    expect((await get("/rss.xml")).body).toContain("Tin mới lên trang");
    expect((await get("/thoi-su/tin-moi")).status).toBe(200);
  });
});

describe("sending", () => {
  it("keeps bodies compressed, answers 304 to a matching ETag, and HEAD without a body", async () => {
    const gz = await get("/thoi-su/duong-ven-bien", { "accept-encoding": "gzip" });
    expect(gz.headers["content-encoding"]).toBe("gzip");
    expect(gz.headers.vary).toContain("Accept-Encoding");
    expect(gz.body).toContain("Đường ven biển mở rộng");
    const br = await get("/thoi-su/duong-ven-bien", { "accept-encoding": "br, gzip" });
    expect(br.headers["content-encoding"]).toBe("br");
    const etag = gz.headers.etag!;
    expect(etag).toMatch(/^W\/".+"$/);
    const again = await get("/thoi-su/duong-ven-bien", { "if-none-match": etag });
    expect(again.status).toBe(304);
    expect(again.body).toBe("");
    const head = await get("/thoi-su/duong-ven-bien", {}, "HEAD");
    expect(head.status).toBe(200);
    expect(Number(head.headers["content-length"])).toBeGreaterThan(1000);
    expect(head.body).toBe("");
  });

  it("serves robots.txt, the sitemaps and the stylesheet under its hashed name, kept for a year", async () => {
    const robots = await get("/robots.txt");
    expect(robots.body).toContain(`Sitemap: ${SITE_URL}/sitemap.xml`);
    expect((await get("/sitemap.xml")).headers["content-type"]).toContain("xml");
    expect((await get("/news-sitemap.xml")).body).toContain("duong-ven-bien");
    const href = /<link rel="stylesheet" href="([^"]+)"/.exec((await get("/")).body)![1];
    expect(href).toMatch(/^\/assets\/site-[0-9a-f]{12}\.css$/);
    const css = await get(href);
    expect(css.headers["cache-control"]).toContain("immutable");
    expect(css.body).toContain(".site-header");
    expect((await get("/assets/site-000000000000.css")).status).toBe(404);
  });
});
