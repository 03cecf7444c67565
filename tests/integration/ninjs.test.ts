// IPTC ninjs 3.1 on real articles: every document validates against the
// IPTC's schema (../shared/ninjs, tests/support/ninjs-schema.ts) and says
// what the page prints. The seed article (the demo content's, in Russian and
// in Vietnamese) and a Vietnamese story written through the real workflow
// with a cover, captioned and credited figures, tags and two bylines, each
// built by the API's own code (publishedApiArticle → toNinjs) and fetched
// from the API (format=ninjs, Accept: application/ninjs+json, the lists).
import { readFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { publishedApiArticle, type ApiSite } from "@/lib/api/article-json";
import { NINJS_MEDIA_TYPE, toNinjs, type NinjsItem } from "@/lib/api/ninjs";
import type { ApiArticle } from "@/lib/api/schemas";
import { SEED_ARTICLE_FILE, seedDemoContent } from "@/lib/bootstrap/demo-content";
import { parseSeedArticle } from "@/lib/bootstrap/seed-article";
import { localMediaStore } from "@/lib/media/local-store";
import { seedArticleVi } from "@/prisma/seed/seed-article-vi";
import { serveApi, type ApiTestServer } from "@/tests/support/api-server";
import { figure, publishStory, seedNewsroom, SITE_URL, text, type Newsroom } from "@/tests/support/content-api-fixture";
import { freshDatabase, type TestDb } from "@/tests/support/db";
import { ninjsErrors } from "@/tests/support/ninjs-schema";

const SITE: ApiSite = { url: SITE_URL, language: "vi" };

let demo: TestDb;
let t: TestDb;
let room: Newsroom;
let api: ApiTestServer;
let storyId = "";
const TWO_BYLINES = [
  { byline: "Hoa Mai", userId: null },
  { byline: "Thanh Tùng", userId: null },
];

beforeAll(async () => {
  process.env.SITE_URL = SITE_URL;
  delete process.env.MEDIA_PUBLIC_URL;
  demo = await freshDatabase();
  await seedDemoContent(demo.db, { store: localMediaStore(path.join(demo.dir, "media")) });

  t = await freshDatabase();
  room = await seedNewsroom(t.db);
  const second = await t.db.media.create({
    data: { fileKey: "abcdefabcdefabcdef02", mimeType: "image/webp", width: 1600, height: 900, variants: "480,960,1600", formats: "webp", sizeBytes: 1, alt: "Đồng lúa Yên Thành", caption: "", credit: "" },
  });
  storyId = await publishStory(t.db, room, {
    title: "Nông dân Yên Thành vào vụ đông",
    lead: "Hàng nghìn hộ nông dân Yên Thành xuống đồng gieo trồng vụ đông sớm hơn mọi năm.",
    tags: ["Nông nghiệp", "Yên Thành"],
    authors: TWO_BYLINES,
    coverMediaId: room.media.id,
    language: "vi",
    body: [
      text("Sáng sớm, cánh đồng đã đông người."),
      figure(room.media, "Nông dân xã Hợp Thành làm đất", "Ảnh: Hoa Mai"),
      text("Năm nay huyện mở rộng diện tích ngô."),
      figure({ id: second.id, fileKey: second.fileKey }, "Ngô đông trên chân ruộng hai lúa", "Ảnh: Thanh Tùng"),
    ],
  });
  api = await serveApi(t.db, room.admin);
});

afterAll(async () => {
  api?.close();
  await demo?.db.$disconnect();
  await t?.db.$disconnect();
});

/** The checks every article's ninjs must pass: valid, and carrying what the page prints. */
function expectFaithful(article: ApiArticle, ninjs: NinjsItem) {
  expect(ninjsErrors(ninjs)).toEqual([]);
  expect(ninjs.headlines?.[0]).toMatchObject({ role: "main", value: article.title });
  expect(ninjs.language).toBe(article.language);
  expect(ninjs.firstCreated).toBe(article.publishedAt);
  expect(ninjs.versionCreated).toBe(article.updatedAt);
  expect(ninjs.people?.map((p) => p.name)).toEqual(article.authors.map((a) => a.name));
  for (const a of article.authors) expect(ninjs.by).toContain(a.name);
  expect(ninjs.subjects?.map((s) => s.name)).toEqual([article.section.name, ...article.tags.map((tag) => tag.name)]);
  expect(ninjs.bodies).toEqual([{ role: "main", contentType: "text/html", value: article.body.html }]);
  const pictures = [...(article.cover ? [article.cover] : []), ...article.figures];
  expect(ninjs.associations ?? []).toHaveLength(pictures.length);
  for (const [i, picture] of pictures.entries()) {
    const association = ninjs.associations![i];
    expect(association.type).toBe("picture");
    expect(association.by).toBe(picture.credit || undefined);
    const caption = association.descriptions?.find((d) => d.role === "caption")?.value;
    expect(caption).toBe(picture.caption || undefined);
    expect(association.renditions?.map((r) => [r.href, r.width, r.height, r.contentType])).toEqual(
      picture.renditions.map((r) => [r.href, r.width, r.height, r.contentType]),
    );
    expect(association.renditions?.length).toBeGreaterThan(0);
  }
}

describe("ninjs of the seed article", () => {
  it("validates and carries its byline, tags, figures, captions and credits, in Russian and in Vietnamese", async () => {
    const seed = parseSeedArticle(await readFile(SEED_ARTICLE_FILE, "utf8"));
    const seedFigures = seed.blocks.filter((b) => b.type === "figure");
    for (const [title, figures] of [
      [seed.title, seedFigures],
      [seedArticleVi.title, seedArticleVi.blocks.filter((b) => b.type === "figure")],
    ] as const) {
      const row = await demo.db.article.findFirstOrThrow({ where: { title }, select: { id: true } });
      const article = (await publishedApiArticle(demo.db, row.id, SITE))!;
      const ninjs = toNinjs(article, { copyrightHolder: "Báo Nghệ An" });
      expectFaithful(article, ninjs);
      expect(ninjs.by).toBe(seed.byline);
      expect(article.figures.length).toBe(figures.length);
      const shown = ninjs.associations!.filter((a) => a.rel === "figure");
      expect(shown.map((a) => a.descriptions?.find((d) => d.role === "caption")?.value)).toEqual(figures.map((f) => f.caption || undefined));
      expect(shown.map((a) => a.by)).toEqual(figures.map((f) => f.credit || undefined));
      expect(ninjs.associations!.filter((a) => a.rel === "cover")).toHaveLength(1);
    }
  });
});

describe("ninjs of a Vietnamese story with two bylines", () => {
  it("validates, with both pen names, section and tags as subjects, the cover and both figures", async () => {
    const article = (await publishedApiArticle(t.db, storyId, SITE))!;
    const ninjs = toNinjs(article);
    expectFaithful(article, ninjs);
    expect(ninjs.by).toBe("Hoa Mai và Thanh Tùng");
    expect(ninjs.language).toBe("vi");
    expect(ninjs.subjects?.map((s) => [s.rel, s.name])).toEqual([
      ["section", "Thời sự"],
      ["tag", "Nông nghiệp"],
      ["tag", "Yên Thành"],
    ]);
    expect(ninjs.associations?.map((a) => [a.rel, a.by, a.descriptions?.find((d) => d.role === "caption")?.value])).toEqual([
      ["cover", "Ảnh: Hoa Mai", "Cầu Cửa Hội lúc bình minh"],
      ["figure", "Ảnh: Hoa Mai", "Nông dân xã Hợp Thành làm đất"],
      ["figure", "Ảnh: Thanh Tùng", "Ngô đông trên chân ruộng hai lúa"],
    ]);
    // Staff names never: the reporter writes as "Hoa Mai", the editor who published it is not bylined.
    const text = JSON.stringify(ninjs);
    expect(text).not.toContain(room.reporter.displayName);
    expect(text).not.toContain(room.editor.displayName);
  });

  it("is what the API answers, by format=ninjs and by Accept, one article and in the lists", async () => {
    const article = (await publishedApiArticle(t.db, storyId, SITE))!;
    const byFormat = await api.api(`/api/v1/articles/${storyId}?format=ninjs`);
    expect(byFormat.status).toBe(200);
    expect(byFormat.headers["content-type"]).toContain(NINJS_MEDIA_TYPE);
    const item = JSON.parse(byFormat.body) as NinjsItem;
    expectFaithful(article, item);
    expect(item.copyrightHolder).toBe("Báo Nghệ An");

    const byAccept = await api.api(`/api/v1/articles/${storyId}`, { Accept: NINJS_MEDIA_TYPE });
    expect(byAccept.status).toBe(200);
    expect(JSON.parse(byAccept.body)).toEqual(item);

    const slugPath = new URL(article.url).pathname;
    const bySlug = await api.api(`/api/v1/sections${slugPath.replace(/^\/([^/]+)\//, "/$1/articles/")}?format=ninjs`);
    expect(bySlug.status).toBe(200);
    expect(JSON.parse(bySlug.body)).toEqual(item);

    for (const list of ["/api/v1/articles?format=ninjs&limit=100", "/api/v1/search?q=yen+thanh&format=ninjs"]) {
      const page = JSON.parse((await api.api(list)).body) as { data: NinjsItem[]; next: string | null };
      expect(page.data.length, list).toBeGreaterThan(0);
      for (const doc of page.data) expect(ninjsErrors(doc), `${list} ${doc.uri}`).toEqual([]);
      expect(page.data.map((d) => d.uri)).toContain(item.uri);
    }
  });
});
