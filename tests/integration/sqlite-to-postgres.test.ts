// A paper moves from the embedded SQLite default to PostgreSQL with
// `npm run export` / `npm run import`, and the reader site serves the same
// pages from both: the same home page blocks, section and tag pages, article
// pages (body, byline, tags, images), search results and feeds.
// Runs on the PostgreSQL test run, where both engines are at hand (on the
// SQLite run, the round trip between two SQLite databases is
// tests/integration/transfer.test.ts).
import { spawnSync } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { resolveDatabaseUrl } from "@/lib/db/adapter";
import { createPrismaClient, type Db } from "@/lib/db/client";
import { buildNewsSitemap, buildSitemap, newsArticles, sitemapUrls } from "@/lib/feeds/sitemap";
import { buildRss, feedArticles } from "@/lib/feeds/rss";
import { localMediaStore } from "@/lib/media/local-store";
import { exportArchive } from "@/lib/transfer/export";
import { importArchive } from "@/lib/transfer/import";
import { freshDatabase, type TestDb } from "@/tests/support/db";
import { seedTransferSource, SEARCH_WORD } from "@/tests/support/transfer-roundtrip";

const SITE = { name: "Nghe An Daily", url: "https://baonghean.example", description: "News", language: "ru" };
// Vietnamese without marks, Russian in another case, Vietnamese in capitals,
// a prefix, a word seeded for the transfer. Each finds a few demo stories in
// an order both engines agree on (title matches before body matches):
// SQLite's bm25 and PostgreSQL's ts_rank weigh long bodies differently, so a
// word that is in the body of many stories ("nghe an") ranks them apart.
const QUERIES = ["dien chau", "МОБИЛИЗАЦИИ", "QUYNH LUU", "xien", SEARCH_WORD.toLowerCase()];

let sqlite: { db: Db; url: string };
let postgres: TestDb;

beforeAll(async () => {
  postgres = await freshDatabase();
  if (postgres.engine !== "postgresql") throw new Error("this test belongs to the PostgreSQL run (vitest.config.ts)");
  const file = path.join(postgres.dir, "source.db");
  const migrated = spawnSync(process.execPath, ["node_modules/prisma/build/index.js", "migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: `file:${file}` },
    encoding: "utf8",
  });
  if (migrated.status !== 0) throw new Error(migrated.stderr);
  sqlite = { url: `file:${file}`, db: createPrismaClient(resolveDatabaseUrl(`file:${file}`)) };
  const store = localMediaStore(path.join(postgres.dir, "media"));
  await seedTransferSource(sqlite.db, store);
  const archive = path.join(postgres.dir, "archive");
  await exportArchive(sqlite.db, store, archive);
  // Both installations share the one media folder here; the import checks
  // and rewrites every file through the store all the same.
  await importArchive(postgres.db, store, archive);
}, 120_000);

afterAll(async () => {
  await sqlite?.db.$disconnect();
  await postgres?.db.$disconnect();
});

/** Everything the reader site shows, read through the app's own data layer on one database. */
async function readerSite(databaseUrl: string) {
  vi.resetModules();
  // lib/db/index.ts keeps its client on globalThis across reloads (outside production).
  delete (globalThis as { sapoDb?: unknown }).sapoDb;
  process.env.DATABASE_URL = databaseUrl;
  const q = await import("@/lib/articles/queries");
  const { db } = await import("@/lib/db");
  const featured = await q.featuredArticles(db);
  const latest = await q.latestArticles(db, 20, featured.map((a) => a.id));
  const sections = await q.listSections(db);
  const sectionPages = await Promise.all(sections.map((s) => q.sectionPage(db, s.id, 1)));
  const articles = await Promise.all(latest.concat(featured).map((a) => q.publishedArticle(db, a.section.slug, a.slug)));
  const tags = [...new Set(articles.flatMap((a) => a?.tags.map((t) => t.tag.slug) ?? []))].sort();
  const tagPages = await Promise.all(tags.map((slug) => q.tagPage(db, slug, 1)));
  const searches = await Promise.all(QUERIES.map((query) => q.searchArticles(db, query, 1)));
  const feeds = {
    rss: buildRss(SITE, "/rss.xml", await feedArticles(db)),
    sitemap: buildSitemap(await sitemapUrls(db, SITE.url)),
    news: buildNewsSitemap(SITE.url, SITE, await newsArticles(db)),
  };
  await db.$disconnect();
  return { featured, latest, sections, sectionPages, articles, tagPages, searches, feeds };
}

describe("a paper moved from SQLite to PostgreSQL", () => {
  it("serves the same pages, search results and feeds", async () => {
    const before = await readerSite(sqlite.url);
    const after = await readerSite(postgres.url);
    expect(before.articles.length).toBeGreaterThan(5);
    expect(before.articles.every(Boolean)).toBe(true);
    expect(before.searches.every((s) => s.total > 0)).toBe(true);
    for (const key of Object.keys(before) as (keyof typeof before)[]) expect(after[key], key).toEqual(before[key]);
  });
});
