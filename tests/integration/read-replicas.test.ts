// DATABASE_REPLICA_URLS: the reader site reads from a replica, while writes,
// transactions and everything the newsroom reads go to the primary
// (tests/support/replica-setup.ts: the replica is NOT a copy of the primary,
// so every answer shows which database gave it). What happens when the
// replica is down is in read-replicas-down.test.ts (PostgreSQL).
import { describe, expect, it } from "vitest";
import { loadEditorArticle } from "@/lib/articles/article-state";
import { createArticle, saveArticle } from "@/lib/articles/editing";
import { withReplica } from "@/tests/support/replica-setup";

const s = withReplica(3000);

describe("with a read replica", () => {
  it("serves the reader site's lists, pages and search from the replica", async () => {
    expect((await s.app.queries.latestArticles(s.app.db.siteDb)).map((a) => a.title)).toEqual(["Replica lighthouse story"]);
    expect(await s.app.queries.publishedArticle(s.app.db.siteDb, "news", "primary-harbour-story")).toBeNull();
    expect((await s.app.queries.publishedArticle(s.app.db.siteDb, "news", "replica-lighthouse-story"))?.title).toBe("Replica lighthouse story");
    expect((await s.app.queries.searchArticles(s.app.db.siteDb, "lighthouse", 1, s.app.db.siteSql())).total).toBe(1);
    expect((await s.app.queries.searchArticles(s.app.db.siteDb, "harbour", 1, s.app.db.siteSql())).total).toBe(0);
  });

  it("reads everything the newsroom shows from the primary", async () => {
    const desk = await s.app.newsroom.newsroomArticles({}, s.editor.id);
    expect(desk.rows.map((a) => a.title)).toEqual(["Primary harbour story"]);
    expect((await s.app.newsroom.editorPageData(s.primaryStoryId, s.editor))?.article.title).toBe("Primary harbour story");
  });

  it("lets the editor read their own write at once", async () => {
    const id = await createArticle(s.app.db.db, s.editor, { title: "Draft" });
    const before = (await loadEditorArticle(s.app.db.db, id))!;
    const saved = await saveArticle(s.app.db.db, s.editor, { ...before, title: "Draft, second version", articleId: id, baseVersion: before.version });
    expect(saved.kind).toBe("saved");
    expect((await s.app.newsroom.editorPageData(id, s.editor))?.article.title).toBe("Draft, second version");
    expect(await s.replica.db.article.count({ where: { id } })).toBe(0);
  });

  it("sends writes and transactions through the site client to the primary", async () => {
    await s.app.db.siteDb.auditEvent.create({ data: { action: "test.replica-routing" } });
    expect(await s.primary.db.auditEvent.count({ where: { action: "test.replica-routing" } })).toBe(1);
    expect(await s.replica.db.auditEvent.count({ where: { action: "test.replica-routing" } })).toBe(0);
    const inTransaction = await s.app.db.siteDb.$transaction((tx) => tx.article.findMany({ select: { title: true } }));
    expect(inTransaction.map((a) => a.title)).toContain("Primary harbour story");
  });
});
