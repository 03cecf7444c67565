// A table's whole way to readers on a real database: saved through the
// editor's save path (lib/articles/editing.ts), published through the
// workflow, then the public page and the RSS feed from the reader's own
// server (lib/reader/handler.ts) carry it with its caption, header scopes
// and scrolling region; search finds a word from a cell; a forged table is
// refused at the save.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { loadEditorArticle } from "@/lib/articles/article-state";
import { createArticle, saveArticle } from "@/lib/articles/editing";
import { transition } from "@/lib/articles/workflow";
import { createReaderHandler } from "@/lib/reader/handler";
import { searchArticleIds } from "@/lib/search";
import { freshDatabase, type TestDb } from "@/tests/support/db";
import { serveReader, type ReaderTestServer } from "@/tests/support/reader-server";

const SITE_URL = "https://tables.example";

const p = (text: string) => ({ type: "paragraph", content: [{ type: "text", text }] });
const cell = (text: string, type = "tableCell") => ({ type, attrs: { colspan: 1, rowspan: 1 }, content: [p(text)] });
const body = {
  type: "doc",
  content: [
    p("Giá xăng dầu điều chỉnh từ 15 giờ chiều nay."),
    {
      type: "table",
      attrs: { caption: "Giá bán lẻ xăng dầu" },
      content: [
        { type: "tableRow", content: [cell("Mặt hàng", "tableHeader"), cell("Giá mới", "tableHeader")] },
        { type: "tableRow", content: [cell("Xăng RON 95", "tableHeader"), cell("21.450 đồng")] },
        { type: "tableRow", content: [cell("Dầu diesel", "tableHeader"), cell("18.920 đồng")] },
      ],
    },
    { type: "figure", attrs: { src: "/media/tram-xang-960.webp", alt: "Trạm xăng", caption: "", credit: "", mediaId: null, width: null, height: null } },
  ],
};

let t: TestDb;
let site: ReaderTestServer;
let editor: Actor;
let articleId: string;

beforeAll(async () => {
  process.env.SITE_URL = SITE_URL;
  t = await freshDatabase();
  await t.db.setting.create({ data: { key: "siteLanguage", value: JSON.stringify("vi") } });
  await t.db.section.create({ data: { name: "Kinh tế", slug: "kinh-te" } });
  const u = await t.db.user.create({ data: { email: "editor@example.com", displayName: "Biên tập", role: "EDITOR" } });
  editor = { id: u.id, role: "EDITOR", displayName: "Biên tập", penName: null };
  articleId = await createArticle(t.db, editor, { title: "Giá xăng giảm" });
  site = await serveReader(createReaderHandler({ db: t.db, sql: () => t.db, dev: false }));
});

afterAll(async () => {
  site?.close();
  await t?.db.$disconnect();
});

describe("a table from the editor to readers", () => {
  it("saves, publishes, and reaches the public page, the RSS feed and search", async () => {
    const draft = (await loadEditorArticle(t.db, articleId))!;
    const saved = await saveArticle(t.db, editor, { ...draft, articleId, baseVersion: draft.version, body: body as never });
    expect(saved.kind).toBe("saved");
    await transition(t.db, editor, { articleId, action: "submit" });
    // The photos carry no credit: published past that check (lib/articles/publish-gate.ts), with a reason.
    await transition(t.db, editor, { articleId, action: "publish", override: { checks: ["missingCredit"], reason: "Ảnh tư liệu" } });
    const row = await t.db.article.findUniqueOrThrow({ where: { id: articleId }, include: { section: true } });
    expect(row.status).toBe("PUBLISHED");

    const table =
      '<div class="table-scroll" role="region" aria-label="Giá bán lẻ xăng dầu" tabindex="0"><table>' +
      "<caption>Giá bán lẻ xăng dầu</caption>" +
      '<thead><tr><th scope="col">Mặt hàng</th><th scope="col">Giá mới</th></tr></thead>' +
      '<tbody><tr><th scope="row">Xăng RON 95</th><td>21.450 đồng</td></tr><tr><th scope="row">Dầu diesel</th><td>18.920 đồng</td></tr></tbody>' +
      "</table></div>";
    const page = await site.get(`/${row.section.slug}/${row.slug}`);
    expect(page.status).toBe(200);
    expect(page.body).toContain(table);

    const feed = await site.get("/rss.xml");
    expect(feed.status).toBe(200);
    const item = feed.body.slice(feed.body.indexOf("<title>Giá xăng giảm</title>"));
    expect(feed.body).toContain('xmlns:content="http://purl.org/rss/1.0/modules/content/"');
    const encoded = /<content:encoded>([\s\S]*?)<\/content:encoded>/.exec(item)?.[1] ?? "";
    const content = encoded.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&amp;/g, "&");
    expect(content).toContain(table);
    // Feed readers have no base address: our media's paths are made absolute.
    expect(content).toContain(`src="${SITE_URL}/media/tram-xang-960.webp"`);

    expect((await searchArticleIds(t.db, "diesel", 10, 0)).ids).toContain(articleId);
    expect(row.bodyText).toContain("Xăng RON 95 21.450 đồng");
  });

  it("refuses a forged table at the save, keeping the stored body", async () => {
    const before = await t.db.article.findUniqueOrThrow({ where: { id: articleId } });
    const draft = (await loadEditorArticle(t.db, articleId))!;
    const forged = { type: "doc", content: [{ type: "table", attrs: { caption: null }, content: [{ type: "tableRow", content: [{ ...cell("x"), attrs: { colspan: -1, rowspan: 1 } }] }] }] };
    await expect(saveArticle(t.db, editor, { ...draft, articleId, baseVersion: draft.version, body: forged as never })).rejects.toThrow(/columns/);
    expect((await t.db.article.findUniqueOrThrow({ where: { id: articleId } })).bodyJson).toBe(before.bodyJson);
  });
});
