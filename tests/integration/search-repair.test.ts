// The search index's repair at start-up (ensureSearchIndex, called by
// scripts/start.ts) compares what is indexed with what would be indexed, not
// only how many rows there are: an index with the right count but stale text
// or the wrong articles is repaired.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureSearchIndex, indexArticle, indexedCount, searchArticleIds } from "@/lib/search";
import { freshDatabase, type TestDb } from "@/tests/support/db";

let t: TestDb;
const ids: Record<"harbour" | "bridge" | "market" | "hidden", string> = { harbour: "", bridge: "", market: "", hidden: "" };

const rowIdOf = async (articleId: string) => {
  const [row] = await t.db.$queryRaw<{ rowId: number | bigint }[]>`SELECT "rowId" FROM "SearchKey" WHERE "articleId" = ${articleId}`;
  return Number(row.rowId);
};
const found = async (query: string) => (await searchArticleIds(t.db, query, 10, 0)).ids;

beforeAll(async () => {
  t = await freshDatabase();
  const section = await t.db.section.create({ data: { name: "News", slug: "news" } });
  const stories = [
    { key: "harbour", title: "Cảng Cửa Lò đón tàu", lead: "Mùa du lịch", bodyText: "Những con tàu lớn cập bến Cửa Lò sáng nay." },
    { key: "bridge", title: "Cầu Bến Thủy", lead: "Giao thông", bodyText: "Cây cầu mới nối hai bờ sông Lam." },
    { key: "market", title: "Chợ Vinh", lead: "Kinh tế", bodyText: "Tiểu thương chợ Vinh chuẩn bị hàng Tết." },
    { key: "hidden", title: "Bài chưa đăng về đèn biển", lead: "", bodyText: "Ngọn hải đăng trên đảo Mắt." },
  ] as const;
  for (const [i, s] of stories.entries()) {
    const published = s.key !== "hidden";
    const a = await t.db.article.create({
      data: {
        title: s.title, lead: s.lead, bodyText: s.bodyText, slug: s.key, sectionId: section.id, bodyJson: "{}",
        status: published ? "PUBLISHED" : "UNPUBLISHED", publishedAt: new Date(Date.UTC(2026, 0, 1 + i)),
      },
    });
    if (published) await indexArticle(t.db, a);
    ids[s.key] = a.id;
  }
  // The hidden article was published once: it has a search key, but no text.
  await t.db.$executeRaw`INSERT INTO "SearchKey" ("articleId") VALUES (${ids.hidden})`;
});
afterAll(() => t.db.$disconnect());

describe("search index repair at start-up", () => {
  it("leaves an index that matches alone", async () => {
    expect(await ensureSearchIndex(t.db)).toBeNull();
    expect(await found("cua lo")).toEqual([ids.harbour]);
  });

  it("re-indexes a row whose text is stale though the count is right", async () => {
    const before = await indexedCount(t.db);
    const rowId = await rowIdOf(ids.bridge);
    // As if an older version's text had been left in the index.
    await t.db.$executeRaw`UPDATE "ArticleSearch" SET "title" = 'cau cu', "lead" = '', "body" = 'ban cu cua bai' WHERE rowid = ${rowId}`;
    expect(await indexedCount(t.db)).toBe(before);
    expect(await found("song lam")).toEqual([]);
    expect(await found("ban cu")).toEqual([ids.bridge]);

    expect(await ensureSearchIndex(t.db)).toBe(1);
    expect(await found("sông Lam")).toEqual([ids.bridge]);
    expect(await found("ben thuy")).toEqual([ids.bridge]);
    expect(await found("ban cu")).toEqual([]);
    expect(await indexedCount(t.db)).toBe(before);
    // The other rows kept their text (and their search keys).
    expect(await found("cho vinh")).toEqual([ids.market]);
    expect(await ensureSearchIndex(t.db)).toBeNull();
  });

  it("swaps an unpublished article's row for a missing published one (same count)", async () => {
    const before = await indexedCount(t.db);
    await t.db.$executeRaw`DELETE FROM "ArticleSearch" WHERE rowid = ${await rowIdOf(ids.market)}`;
    const hiddenRow = await rowIdOf(ids.hidden);
    await t.db.$executeRaw`INSERT INTO "ArticleSearch" (rowid, "title", "lead", "body") VALUES (${hiddenRow}, 'bai chua dang ve den bien', '', 'ngon hai dang')`;
    expect(await indexedCount(t.db)).toBe(before);

    expect(await ensureSearchIndex(t.db)).toBe(2);
    expect(await found("chợ Vinh")).toEqual([ids.market]);
    const [left] = await t.db.$queryRaw<{ n: number | bigint }[]>`SELECT count(*) AS n FROM "ArticleSearch" WHERE rowid = ${hiddenRow}`;
    expect(Number(left.n)).toBe(0);
    expect(await indexedCount(t.db)).toBe(before);
  });

  it("re-indexes an article whose text changed without the index", async () => {
    await t.db.article.update({ where: { id: ids.harbour }, data: { bodyText: "Đoàn khách quốc tế đầu tiên của năm." } });
    expect(await found("quoc te")).toEqual([]);
    expect(await ensureSearchIndex(t.db)).toBe(1);
    expect(await found("quốc tế")).toEqual([ids.harbour]);
    expect(await found("cap ben")).toEqual([]);
  });
});
