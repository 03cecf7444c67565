// Reads that pages and route handlers once made themselves and now ask the
// data layer for: the taxonomy page's sections and tags, the audit log's
// target names, and a section feed's articles.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditTargets } from "@/lib/audit/queries";
import { sectionFeedArticles } from "@/lib/feeds/rss";
import { taxonomyOverview } from "@/lib/taxonomy/queries";
import { freshDatabase, type TestDb } from "@/tests/support/db";

let t: TestDb;
let sections: { news: string; sport: string };
let articles: { older: string; newer: string; draft: string; sport: string };

beforeAll(async () => {
  t = await freshDatabase();
  const section = (name: string, position: number) => t.db.section.create({ data: { name, slug: name.toLowerCase(), position, description: `All ${name}` } });
  // Created out of order: the page lists by position.
  const sport = await section("Sport", 1);
  const news = await section("News", 0);
  sections = { news: news.id, sport: sport.id };
  const article = async (slug: string, sectionId: string, publishedAt: Date | null) =>
    (
      await t.db.article.create({
        data: { title: slug, slug, sectionId, bodyJson: "{}", status: publishedAt ? "PUBLISHED" : "DRAFT", publishedAt },
      })
    ).id;
  articles = {
    older: await article("older", news.id, new Date("2024-05-01T08:00:00Z")),
    newer: await article("newer", news.id, new Date("2024-05-02T08:00:00Z")),
    draft: await article("draft", news.id, null),
    sport: await article("match", sport.id, new Date("2024-05-03T08:00:00Z")),
  };
  const tag = (name: string) => t.db.tag.create({ data: { name, slug: name.toLowerCase() } });
  const harbour = await tag("Harbour");
  await tag("Aviation"); // in no article
  await t.db.articleTag.createMany({
    data: [
      { articleId: articles.older, tagId: harbour.id, position: 0 },
      { articleId: articles.newer, tagId: harbour.id, position: 0 },
    ],
  });
});
afterAll(() => t.db.$disconnect());

describe("taxonomyOverview", () => {
  it("lists sections by position and tags by name, each with its number of articles", async () => {
    const { sections: s, tags } = await taxonomyOverview(t.db);
    expect(s).toEqual([
      { id: sections.news, name: "News", slug: "news", description: "All News", names: "{}", articles: 3 },
      { id: sections.sport, name: "Sport", slug: "sport", description: "All Sport", names: "{}", articles: 1 },
    ]);
    expect(tags.map((tag) => [tag.name, tag.slug, tag.articles])).toEqual([
      ["Aviation", "aviation", 0],
      ["Harbour", "harbour", 2],
    ]);
  });
});

describe("auditTargets", () => {
  it("names the users and articles events are about, skipping other targets and rows deleted since", async () => {
    const user = await t.db.user.create({ data: { email: "hoa@example.com", displayName: "Hoa", role: "EDITOR" } });
    const gone = await t.db.article.create({ data: { title: "Gone", slug: "gone", sectionId: sections.news, bodyJson: "{}" } });
    await t.db.article.delete({ where: { id: gone.id } });
    const targets = await auditTargets(t.db, [
      { targetType: "user", targetId: user.id },
      { targetType: "article", targetId: articles.older },
      { targetType: "article", targetId: articles.older },
      { targetType: "article", targetId: gone.id },
      { targetType: "section", targetId: sections.news },
      { targetType: null, targetId: null },
    ]);
    expect(targets).toEqual({ users: [{ id: user.id, email: "hoa@example.com" }], articles: [{ id: articles.older, title: "older" }] });
    expect(await auditTargets(t.db, [])).toEqual({ users: [], articles: [] });
  });
});

describe("sectionFeedArticles", () => {
  it("gives the section and its published articles, newest first, or null for an unknown section", async () => {
    const feed = await sectionFeedArticles(t.db, "news");
    expect(feed?.section).toEqual({ id: sections.news, name: "News" });
    expect(feed?.items.map((i) => i.id)).toEqual([articles.newer, articles.older]);
    expect((await sectionFeedArticles(t.db, "sport"))?.items.map((i) => i.id)).toEqual([articles.sport]);
    expect(await sectionFeedArticles(t.db, "no-such-section")).toBeNull();
  });
});
