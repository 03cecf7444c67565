// Feeds, sitemaps and search against a real database holding the demo
// content plus articles in every unpublished state: readers' machines must
// only ever see PUBLISHED articles.
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemoContent } from "@/lib/bootstrap/demo-content";
import { buildRss, feedArticles } from "@/lib/feeds/rss";
import { buildNewsSitemap, buildSitemap, newsArticles, sitemapUrls } from "@/lib/feeds/sitemap";
import { localMediaStore } from "@/lib/media/local-store";
import { indexArticle, indexedCount, searchArticleIds, unindexArticle } from "@/lib/search";
import { freshDatabase, type TestDb } from "@/tests/support/db";

const SITE = { name: "Test Daily", url: "https://news.example", description: "Test", language: "ru" };
let t: TestDb;
const hidden: { id: string; slug: string; title: string }[] = [];

beforeAll(async () => {
  t = await freshDatabase();
  await seedDemoContent(t.db, { store: localMediaStore(path.join(t.dir, "media")) });
  // Take four published articles out of public view, one per hidden state.
  const victims = await t.db.article.findMany({ where: { status: "PUBLISHED", featured: false }, take: 3, orderBy: { publishedAt: "desc" } });
  const states = ["UNPUBLISHED", "SCHEDULED", "ARCHIVED"] as const;
  for (const [i, a] of victims.entries()) {
    await t.db.article.update({ where: { id: a.id }, data: { status: states[i] } });
    await unindexArticle(t.db, a.id);
  }
  const neverPublished = await t.db.article.findMany({ where: { status: { in: ["DRAFT", "IN_REVIEW"] } } });
  hidden.push(...victims, ...neverPublished);
  expect(hidden.length).toBeGreaterThanOrEqual(5);
});
afterAll(() => t.db.$disconnect());

function validate(xmlText: string, schema: string | null) {
  const file = path.join(t.dir, `doc-${Math.random().toString(36).slice(2)}.xml`);
  writeFileSync(file, xmlText);
  const args = schema ? ["--noout", "--schema", path.resolve("tests/xsd", schema), file] : ["--noout", file];
  execFileSync("xmllint", args, { stdio: "pipe" }); // throws on invalid XML
}

describe("feeds and sitemaps list only published articles", () => {
  it("RSS: the site feed and a section feed", async () => {
    const items = await feedArticles(t.db);
    const published = await t.db.article.count({ where: { status: "PUBLISHED" } });
    expect(items).toHaveLength(Math.min(published, 30));
    const rss = buildRss(SITE, "/rss.xml", items);
    validate(rss, null);
    expect(rss).toContain('<rss version="2.0"');
    expect(rss).toMatch(/<pubDate>\w{3}, \d{2} \w{3} \d{4} \d{2}:\d{2}:\d{2} GMT<\/pubDate>/);
    for (const h of hidden) expect(rss).not.toContain(h.slug);

    const section = hidden[0] && (await t.db.article.findUniqueOrThrow({ where: { id: hidden[0].id }, select: { sectionId: true } }));
    const sectionItems = await feedArticles(t.db, { sectionId: section.sectionId });
    expect(sectionItems.length).toBeGreaterThan(0);
    for (const item of sectionItems) expect(item.section.slug).toBe(sectionItems[0].section.slug);
    expect(sectionItems.map((i) => i.id)).not.toContain(hidden[0].id);
  });

  it("sitemap.xml follows the sitemaps.org schema", async () => {
    const urls = await sitemapUrls(t.db, SITE.url, SITE.language);
    const xmlText = buildSitemap(urls);
    // all-with-xhtml.xsd is all.xsd plus a declaration of XHTML's <link>:
    // sitemap.xsd admits elements of other namespaces only when a schema
    // declares them, and the hreflang alternates are xhtml:link elements.
    validate(xmlText, "all-with-xhtml.xsd");
    const published = await t.db.article.findMany({ where: { status: "PUBLISHED" }, select: { slug: true } });
    for (const a of published) expect(xmlText).toContain(`/${a.slug}</loc>`);
    for (const h of hidden) expect(xmlText).not.toContain(`/${h.slug}</loc>`);
  });

  it("sitemap.xml lists every language version of a translated article, itself included", async () => {
    // The demo article in Russian and in its original Vietnamese.
    const pair = await t.db.article.findMany({
      where: { status: "PUBLISHED", translationGroupId: { not: null } },
      select: { slug: true, language: true, section: { select: { slug: true } } },
      orderBy: { language: "asc" },
    });
    expect(pair.map((a) => a.language)).toEqual(["ru", "vi"]);
    const xmlText = buildSitemap(await sitemapUrls(t.db, SITE.url, SITE.language));
    const block = (loc: string) => xmlText.split("<url>").find((u) => u.includes(`<loc>${loc}</loc>`)) ?? "";
    const addresses = pair.map((a) => `${SITE.url}/${a.section.slug}/${a.slug}`);
    for (const loc of addresses) {
      // Either "... />" or ".../>": the same XML (xmlbuilder2 writes XHTML's void <link> with the space).
      const links = [...block(loc).matchAll(/<xhtml:link rel="alternate" hreflang="([^"]+)" href="([^"]+)" ?\/>/g)].map((m) => [m[1], m[2]]);
      expect(links.sort()).toEqual([
        ["ru", addresses[0]],
        ["vi", addresses[1]],
      ]);
    }
    expect(xmlText).toContain('xmlns:xhtml="http://www.w3.org/1999/xhtml"');
    // Articles in one language only carry no alternates.
    expect(xmlText.match(/<xhtml:link /g)).toHaveLength(4);
    // The XHTML declaration is no blanket pass: a malformed alternate fails.
    expect(() => validate(xmlText.replace('hreflang="vi"', 'hreflang="not a language"'), "all-with-xhtml.xsd")).toThrow(/LanguageCode/);
  });

  it("news-sitemap.xml holds the last 48 hours and follows the Google News schema", async () => {
    const now = new Date();
    const items = await newsArticles(t.db, now);
    expect(items.length).toBeGreaterThan(0);
    for (const a of items) expect(now.getTime() - a.publishedAt!.getTime()).toBeLessThanOrEqual(48 * 3_600_000);
    const old = await t.db.article.findFirstOrThrow({ where: { status: "PUBLISHED", publishedAt: { lt: new Date(now.getTime() - 49 * 3_600_000) } } });
    expect(items.map((i) => i.slug)).not.toContain(old.slug);
    const xmlText = buildNewsSitemap(SITE.url, { name: SITE.name, language: SITE.language }, items);
    validate(xmlText, "all.xsd");
    for (const h of hidden) expect(xmlText).not.toContain(`/${h.slug}</loc>`);
  });

  it("news-sitemap.xml gives each article its own language, the site's when it names none", async () => {
    const [first, second] = await newsArticles(t.db);
    const items = [
      { ...first, language: "vi" },
      { ...second, language: null },
    ];
    const xmlText = buildNewsSitemap(SITE.url, { name: SITE.name, language: SITE.language }, items);
    validate(xmlText, "all.xsd");
    expect([...xmlText.matchAll(/<news:language>(.*)<\/news:language>/g)].map((m) => m[1])).toEqual(["vi", "ru"]);
  });
});

describe("search", () => {
  it("ignores case and diacritics", async () => {
    const plain = await searchArticleIds(t.db, "nghe an", 50, 0);
    const marked = await searchArticleIds(t.db, "NGHỆ AN", 50, 0);
    expect(plain.total).toBeGreaterThan(0);
    expect(marked).toEqual(plain);
    expect((await searchArticleIds(t.db, "ДЕМОКРАТИИ", 50, 0)).total).toBeGreaterThan(0);
  });

  it("ranks title matches above body matches", async () => {
    const section = await t.db.section.findFirstOrThrow();
    const make = async (title: string, body: string) => {
      const a = await t.db.article.create({
        data: { title, slug: title.toLowerCase().replace(/\W+/g, "-"), sectionId: section.id, bodyJson: "{}", bodyText: body, status: "PUBLISHED", publishedAt: new Date() },
      });
      await indexArticle(t.db, a);
      return a.id;
    };
    const inBody = await make("Harbour news", "The zephyrine cargo arrived at dawn. ".repeat(5));
    const inTitle = await make("Zephyrine cargo reaches Cua Lo", "Ships arrived.");
    const result = await searchArticleIds(t.db, "zephyrine", 10, 0);
    expect(result.ids).toEqual([inTitle, inBody]);
  });

  it("paginates and never returns unpublished articles", async () => {
    // "tỉnh" (province), "tình", "tính"…: in most of the demo's Vietnamese stories.
    const all = await searchArticleIds(t.db, "tinh", 1000, 0);
    const first = await searchArticleIds(t.db, "tinh", 5, 0);
    const second = await searchArticleIds(t.db, "tinh", 5, 5);
    expect(all.total).toBeGreaterThanOrEqual(10);
    expect(first.ids).toHaveLength(5);
    expect(first.total).toBe(all.total);
    expect([...first.ids, ...second.ids]).toEqual(all.ids.slice(0, 10));
    for (const h of hidden) expect(all.ids).not.toContain(h.id);
    // Even a stale index entry cannot leak an unpublished article.
    const stale = hidden[0];
    await indexArticle(t.db, { id: stale.id, title: stale.title, lead: "", bodyText: "" });
    expect((await searchArticleIds(t.db, stale.title, 10, 0)).ids).not.toContain(stale.id);
  });

  it("forgets a deleted article's text", async () => {
    const section = await t.db.section.findFirstOrThrow();
    const a = await t.db.article.create({
      data: { title: "Quixotic ferry timetable", slug: "quixotic", sectionId: section.id, bodyJson: "{}", status: "PUBLISHED", publishedAt: new Date() },
    });
    await indexArticle(t.db, a);
    expect((await searchArticleIds(t.db, "quixotic", 10, 0)).ids).toEqual([a.id]);
    const before = await indexedCount(t.db);
    await t.db.article.delete({ where: { id: a.id } });
    expect(await indexedCount(t.db)).toBe(before - 1);
  });

  it("uses the full-text index, not a table scan", async () => {
    if (t.engine === "postgresql") {
      // The table is tiny, so forbid sequential scans to see whether the
      // planner *can* answer the search's condition from the GIN index.
      const details = await t.db.$transaction(async (tx) => {
        await tx.$executeRawUnsafe("SET LOCAL enable_seqscan = off");
        const plan = await tx.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(
          `EXPLAIN SELECT s.rowid FROM "ArticleSearch" s WHERE s."document" @@ to_tsquery('simple', sapo_unaccent('vinh:*'))`,
        );
        return plan.map((p) => p["QUERY PLAN"]).join("\n");
      });
      expect(details).toMatch(/Index Scan on "ArticleSearch_document_idx"|Bitmap Index Scan on "?ArticleSearch_document_idx/);
      return;
    }
    const plan = await t.db.$queryRawUnsafe<{ detail: string }[]>(
      `EXPLAIN QUERY PLAN SELECT a."id" FROM "ArticleSearch" s JOIN "SearchKey" k ON k."rowId" = s.rowid JOIN "Article" a ON a."id" = k."articleId" WHERE "ArticleSearch" MATCH '"vinh"*' AND a."status" = 'PUBLISHED'`,
    );
    const details = plan.map((p) => p.detail).join("\n");
    expect(details).toMatch(/VIRTUAL TABLE INDEX/);
    expect(details).not.toMatch(/SCAN (a|k)\b/);
  });
});
