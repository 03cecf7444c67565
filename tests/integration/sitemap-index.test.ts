// /sitemap.xml as a sitemap index: child sitemaps by month of publication
// (split when a month holds more than the limit) plus those of the home page,
// sections, tags and authors. With more articles than the per-file limit
// (a small one here, instead of tens of thousands of articles), every
// published article is listed exactly once across the children, every file
// is valid against the sitemaps.org schemas, and hreflang alternates stay.
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ArticleStatus } from "@prisma/client";
import { buildSitemap, buildSitemapIndex } from "@/lib/feeds/sitemap";
import { slugify } from "@/lib/text/slug";
import { freshDatabase, type TestDb } from "@/tests/support/db";


const SITE_URL = "https://news.example";
const LIMIT = 10;
let t: TestDb;
const published: string[] = [];
const hidden: string[] = [];
const listedTags: string[] = [];
let pair: string[];

/** How many published articles each month gets: October overflows the limit twice over. */
const MONTHS: [string, number][] = [
  ["2025-01", 1],
  ["2026-10", 23],
  ["2026-11", 5],
];

beforeAll(async () => {
  t = await freshDatabase();
  process.env.DATABASE_URL = t.url;
  process.env.SITE_URL = SITE_URL;
  const sections = [await t.db.section.create({ data: { name: "News", slug: "news" } }), await t.db.section.create({ data: { name: "Sport", slug: "sport" } })];
  let n = 0;
  const article = async (publishedAt: Date | null, status: ArticleStatus = "PUBLISHED", extra: { language?: string; translationGroupId?: string; createdAt?: Date } = {}) => {
    const section = sections[n % 2];
    const slug = `story-${++n}`;
    const tag = `topic ${n % 12}`;
    await t.db.article.create({
      data: {
        title: slug,
        slug,
        sectionId: section.id,
        bodyJson: "{}",
        status,
        publishedAt,
        ...extra,
        authors: { create: [{ byline: `Writer ${n % 4}`, bylineSlug: `writer-${n % 4}`, position: 0 }] },
        tags: { create: [{ position: 0, tag: { connectOrCreate: { where: { slug: slugify(tag) }, create: { name: tag, slug: slugify(tag) } } } }] },
      },
    });
    const loc = `${SITE_URL}/${section.slug}/${slug}`;
    if (status === "PUBLISHED") {
      published.push(loc);
      if (!listedTags.includes(slugify(tag))) listedTags.push(slugify(tag));
    } else hidden.push(loc);
    return loc;
  };
  for (const [month, count] of MONTHS) {
    for (let i = 0; i < count; i++) await article(new Date(`${month}-${String(1 + (i % 28)).padStart(2, "0")}T08:00:00Z`));
  }
  // The edges of a month, in UTC: the last millisecond of October, the first of November.
  await article(new Date("2026-10-31T23:59:59.999Z"));
  await article(new Date("2026-11-01T00:00:00.000Z"));
  // Published without a publication time (data from elsewhere): listed all
  // the same, by the month it was created in.
  await article(null, "PUBLISHED", { createdAt: new Date("2025-01-20T00:00:00Z") });
  // A translated pair: each names the other.
  const group = "group-of-two";
  pair = [
    await article(new Date("2026-11-03T10:00:00Z"), "PUBLISHED", { language: "en", translationGroupId: group }),
    await article(new Date("2026-10-03T10:00:00Z"), "PUBLISHED", { language: "vi", translationGroupId: group }),
  ];
  for (const status of ["DRAFT", "IN_REVIEW", "SCHEDULED", "UNPUBLISHED", "ARCHIVED"] as const) {
    await article(status === "DRAFT" || status === "IN_REVIEW" ? null : new Date("2026-11-02T08:00:00Z"), status);
  }
  expect(published.length).toBeGreaterThan(3 * LIMIT);
});
afterAll(() => t.db.$disconnect());

function validate(xmlText: string, schema: string) {
  const file = path.join(t.dir, `doc-${Math.random().toString(36).slice(2)}.xml`);
  writeFileSync(file, xmlText);
  execFileSync("xmllint", ["--noout", "--schema", path.resolve("tests/xsd", schema), file], { stdio: "pipe" }); // throws when invalid
}

const locs = (xmlText: string) => [...xmlText.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1]);
const fileName = (loc: string) => /^https:\/\/news\.example\/sitemaps\/([^/]+)$/.exec(loc)?.[1] ?? null;

/** Every child the index names, fetched and checked: valid, within the limit. Returns the addresses they list, in order. */
async function childAddresses(index: string, child: (name: string) => Promise<string | null>, limit: number) {
  validate(index, "siteindex.xsd");
  expect(index).toContain("<sitemapindex");
  const children = locs(index);
  expect(new Set(children).size).toBe(children.length);
  const listed: string[] = [];
  const texts: string[] = [];
  for (const loc of children) {
    const name = fileName(loc);
    expect(name, loc).not.toBeNull();
    const xmlText = await child(name!);
    expect(xmlText, loc).not.toBeNull();
    validate(xmlText!, "all-with-xhtml.xsd");
    const urls = locs(xmlText!);
    expect(urls.length, loc).toBeGreaterThan(0);
    expect(urls.length, loc).toBeLessThanOrEqual(limit);
    listed.push(...urls);
    texts.push(xmlText!);
  }
  return { children, listed, texts };
}

function expectEachOnce(listed: string[], expected: string[]) {
  const counts = new Map<string, number>();
  for (const loc of listed) counts.set(loc, (counts.get(loc) ?? 0) + 1);
  for (const loc of expected) expect(counts.get(loc), loc).toBe(1);
}

describe("the sitemap index, with more articles than fit in one file", () => {
  it("names valid child sitemaps that list every published article exactly once, and nothing unpublished", async () => {
    const { sitemapFileUrls, sitemapIndexEntries } = await import("@/lib/feeds/sitemap-files");
    const index = buildSitemapIndex(await sitemapIndexEntries(t.db, SITE_URL, { limit: LIMIT }));
    const child = async (name: string) => {
      const urls = await sitemapFileUrls(t.db, SITE_URL, name, { limit: LIMIT, siteLanguage: "vi" });
      return urls && buildSitemap(urls);
    };
    const { children, listed, texts } = await childAddresses(index, child, LIMIT);

    const articles = listed.filter((loc) => /\/(news|sport)\/story-\d+$/.test(loc));
    expect(articles.sort()).toEqual([...published].sort());
    for (const loc of hidden) expect(listed).not.toContain(loc);
    // The home page, both sections, every tag and every byline with a published article, once each.
    expectEachOnce(listed, [`${SITE_URL}/`, `${SITE_URL}/news`, `${SITE_URL}/sport`]);
    expectEachOnce(listed, listedTags.map((slug) => `${SITE_URL}/tag/${slug}`));
    expectEachOnce(listed, [0, 1, 2, 3].map((i) => `${SITE_URL}/author/writer-${i}`));
    expect(listed).toHaveLength(articles.length + 3 + listedTags.length + 4);

    // By month: October (25 articles) is split in three files, November (7)
    // fits in one; the 19 other pages take two.
    expect(children.map(fileName).sort()).toEqual(["2025-01.xml", "2026-10-2.xml", "2026-10-3.xml", "2026-10.xml", "2026-11.xml", "pages-2.xml", "pages.xml"]);
    const october = (await sitemapFileUrls(t.db, SITE_URL, "2026-10.xml", { limit: LIMIT }))!.length;
    expect(october).toBe(LIMIT);
    const november = (await sitemapFileUrls(t.db, SITE_URL, "2026-11.xml", { limit: LIMIT }))!.map((u) => u.loc);
    // Its five, the one at its first millisecond, and the English half of the pair.
    expect(november).toContain(pair[0]);
    expect(november.filter((loc) => /story-\d+$/.test(loc))).toHaveLength(5 + 1 + 1);

    // Both versions of the translated pair name both, though they sit in different months' files.
    const all = texts.join("\n");
    for (const loc of pair) {
      const block = all.split("<url>").find((u) => u.includes(`<loc>${loc}</loc>`)) ?? "";
      const links = [...block.matchAll(/<xhtml:link rel="alternate" hreflang="([^"]+)" href="([^"]+)" ?\/>/g)].map((m) => [m[1], m[2]]);
      expect(links.sort(), loc).toEqual([
        ["en", pair[0]],
        ["vi", pair[1]],
      ]);
    }
  });

  it("answers only the names it gives: no empty months, no pages past the last, no other spelling", async () => {
    const { sitemapFileUrls } = await import("@/lib/feeds/sitemap-files");
    for (const name of ["2026-09.xml", "2026-10-4.xml", "2026-10-1.xml", "2026-10-02.xml", "2026-13.xml", "pages-9.xml", "pages-1.xml", "2026-10", "sitemap.xml", "..%2F2026-10.xml"]) {
      expect(await sitemapFileUrls(t.db, SITE_URL, name, { limit: LIMIT }), name).toBeNull();
    }
  });
});

describe("the reader site's sitemap addresses", () => {
  it("/sitemap.xml is the index, and each child it names is served at /sitemaps/<name>", async () => {
    const { renderReaderRoute } = await import("@/lib/reader/render");
    const { matchReaderRoute } = await import("@/lib/reader/routes");
    const get = (pathname: string) =>
      renderReaderRoute({ db: t.db, sql: t.db, stylesheet: "/assets/site.css", production: true }, matchReaderRoute(pathname)!, new URL(SITE_URL + pathname));
    const response = await get("/sitemap.xml");
    expect(response.status).toBe(200);
    expect(response.headers["Content-Type"]).toContain("xml");
    const indexText = String(response.body);
    validate(indexText, "siteindex.xsd");
    const child = async (name: string) => {
      const res = await get(`/sitemaps/${name}`);
      return res.status === 200 ? String(res.body) : null;
    };
    const { listed } = await childAddresses(indexText, child, 50_000);
    expect(listed.filter((loc) => /story-\d+$/.test(loc)).sort()).toEqual([...published].sort());
    expect((await get("/sitemaps/1999-01.xml")).status).toBe(404);
  });
});
