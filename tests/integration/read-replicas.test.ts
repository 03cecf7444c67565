// DATABASE_REPLICA_URLS: the reader site reads from a replica, while writes,
// transactions and everything the newsroom reads go to the primary. The
// "replica" here is a second database that is deliberately NOT a copy of
// the primary, so every answer shows which database gave it.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createArticle, saveArticle, loadEditorArticle, type Editor } from "@/lib/articles/editing";
import { indexArticle } from "@/lib/search";
import type { Db } from "@/lib/db/client";
import { freshDatabase, type TestDb } from "@/tests/support/db";

let primary: TestDb;
let replica: TestDb;
let app: {
  db: typeof import("@/lib/db");
  queries: typeof import("@/lib/articles/queries");
  newsroom: typeof import("@/lib/articles/newsroom-queries");
};
let editor: Editor;
let primaryStoryId: string;

async function publishedStory(db: Db, title: string) {
  const section = await db.section.upsert({ where: { slug: "news" }, create: { name: "News", slug: "news" }, update: {} });
  const a = await db.article.create({
    data: { title, slug: title.toLowerCase().replace(/\W+/g, "-"), sectionId: section.id, bodyJson: "{}", bodyText: title, status: "PUBLISHED", publishedAt: new Date() },
  });
  await indexArticle(db, a);
  return a;
}

beforeAll(async () => {
  primary = await freshDatabase();
  replica = await freshDatabase();
  primaryStoryId = (await publishedStory(primary.db, "Primary harbour story")).id;
  await publishedStory(replica.db, "Replica lighthouse story");
  const user = await primary.db.user.create({ data: { email: "ed@example.com", displayName: "Ed", role: "EDITOR" } });
  editor = { id: user.id, role: user.role, displayName: user.displayName, penName: null };

  vi.resetModules();
  delete (globalThis as { sapoDb?: unknown }).sapoDb;
  process.env.DATABASE_URL = primary.url;
  process.env.DATABASE_REPLICA_URLS = ` ${replica.url} ,`;
  app = {
    db: await import("@/lib/db"),
    queries: await import("@/lib/articles/queries"),
    newsroom: await import("@/lib/articles/newsroom-queries"),
  };
});

afterAll(async () => {
  delete process.env.DATABASE_REPLICA_URLS;
  await app?.db.siteDb.$disconnect();
  await primary.db.$disconnect();
  await replica.db.$disconnect();
});

describe("with a read replica", () => {
  it("serves the reader site's lists, pages and search from the replica", async () => {
    expect((await app.queries.latestArticles()).map((a) => a.title)).toEqual(["Replica lighthouse story"]);
    expect(await app.queries.publishedArticle("news", "primary-harbour-story")).toBeNull();
    expect((await app.queries.publishedArticle("news", "replica-lighthouse-story"))?.title).toBe("Replica lighthouse story");
    expect((await app.queries.searchArticles("lighthouse", 1)).total).toBe(1);
    expect((await app.queries.searchArticles("harbour", 1)).total).toBe(0);
  });

  it("reads everything the newsroom shows from the primary", async () => {
    const desk = await app.queries.newsroomArticles({}, editor.id);
    expect(desk.map((a) => a.title)).toEqual(["Primary harbour story"]);
    expect((await app.newsroom.editorPageData(primaryStoryId, editor))?.article.title).toBe("Primary harbour story");
  });

  it("lets the editor read their own write at once", async () => {
    const id = await createArticle(app.db.db, editor, { title: "Draft" });
    const before = (await loadEditorArticle(app.db.db, id))!;
    const saved = await saveArticle(app.db.db, editor, { ...before, title: "Draft, second version", articleId: id, baseVersion: before.version });
    expect(saved.kind).toBe("saved");
    expect((await app.newsroom.editorPageData(id, editor))?.article.title).toBe("Draft, second version");
    expect(await replica.db.article.count({ where: { id } })).toBe(0);
  });

  it("sends writes and transactions through the site client to the primary", async () => {
    await app.db.siteDb.auditEvent.create({ data: { action: "test.replica-routing" } });
    expect(await primary.db.auditEvent.count({ where: { action: "test.replica-routing" } })).toBe(1);
    expect(await replica.db.auditEvent.count({ where: { action: "test.replica-routing" } })).toBe(0);
    const inTransaction = await app.db.siteDb.$transaction((tx) => tx.article.findMany({ select: { title: true } }));
    expect(inTransaction.map((a) => a.title)).toContain("Primary harbour story");
  });
});
