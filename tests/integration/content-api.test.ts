// The content API's reads on a real database, through Sapo's handler
// (lib/api/handler.ts) with a key: every list walked page by page (nothing
// twice, nothing missing, in the site's order, and still so when a story is
// published between two pages), each filter against what the database
// holds, one article by id and by address (an old address too), the
// article's representation, search, sections, tags and bylines.
// HTTP behaviour (caching, errors, fields, ninjs) is in content-api-http.test.ts;
// what must never show is in content-api-leaks.test.ts.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadEditorArticle } from "@/lib/articles/article-state";
import { saveArticle } from "@/lib/articles/editing";
import { linkTranslation } from "@/lib/articles/translations";
import { addCorrection, publishUpdate, transition } from "@/lib/articles/workflow";
import { ARTICLE_FIELDS, articleSchema, LIST_DEFAULT_FIELDS, sectionSchema, type ApiArticle } from "@/lib/api/schemas";
import { contentChanged } from "@/lib/cache/sync";
import { freshDatabase, type TestDb } from "@/tests/support/db";
import { serveApi, type ApiTestServer } from "@/tests/support/api-server";
import { draftStory, figure, publishStory, seedNewsroom, SITE_URL, text, type Newsroom } from "@/tests/support/content-api-fixture";

type Page<T> = { data: T[]; next: string | null };

let t: TestDb;
let room: Newsroom;
let api: ApiTestServer;
const ids = { lead: "", english: "", festival: "", draft: "", takenDown: "", fillers: [] as string[] };
const DAY = 86_400_000;
const FIRST_FILLER = Date.parse("2026-10-01T08:00:00Z");

/** Every item of a list, page after page; fails on a repeated page or a loop. */
async function walk<T extends { id?: string; slug?: string }>(path: string, limit: number, between?: (page: number) => Promise<void>): Promise<T[]> {
  const out: T[] = [];
  let next: string | null = null;
  for (let n = 0; n < 100; n++) {
    const join = path.includes("?") ? "&" : "?";
    const page: Page<T> = await api.json(`${path}${join}limit=${limit}${next ? `&cursor=${next}` : ""}`);
    expect(page.data.length).toBeLessThanOrEqual(limit);
    out.push(...page.data);
    if (!page.next) return out;
    expect(page.data.length).toBe(limit);
    next = page.next;
    await between?.(n);
  }
  throw new Error(`${path}: more than 100 pages`);
}

/** Published ids, newest first, as the API must list them. */
async function publishedIds(where: Record<string, unknown> = {}): Promise<string[]> {
  const rows = await t.db.article.findMany({ where: { status: "PUBLISHED", ...where }, orderBy: [{ publishedAt: "desc" }, { id: "desc" }], select: { id: true } });
  return rows.map((r) => r.id);
}

const idsOf = (items: { id?: string }[]) => items.map((i) => i.id);

beforeAll(async () => {
  process.env.SITE_URL = SITE_URL;
  delete process.env.MEDIA_PUBLIC_URL;
  t = await freshDatabase();
  room = await seedNewsroom(t.db);
  for (let i = 0; i < 16; i++) {
    const id = await publishStory(t.db, room, {
      title: `Tin số ${i}`,
      sectionId: i % 2 ? room.sections.culture : room.sections.news,
      tags: i % 3 === 0 ? ["Tin nhanh"] : [],
      authors: [{ byline: i % 2 ? "Minh Anh" : "Hoa Mai", userId: null }],
    });
    ids.fillers.push(id);
    // A day apart, but 4 and 5 at the same instant: the id decides between them.
    const day = i === 5 ? 4 : i;
    await t.db.article.update({ where: { id }, data: { publishedAt: new Date(FIRST_FILLER + day * DAY) } });
  }
  ids.lead = await publishStory(t.db, room, {
    title: "Đường ven biển mở rộng",
    tags: ["Giao thông", "Cửa Lò"],
    coverMediaId: room.media.id,
    seoTitle: "Đường ven biển Nghệ An mở rộng",
    body: [text("Đoạn đầu về đường ven biển."), figure(room.media, "Chú thích trong bài", "Ảnh: Minh Anh")],
  });
  ids.english = await publishStory(t.db, room, { title: "Coastal road widened", language: "en" });
  await linkTranslation(t.db, room.editor, { articleId: ids.lead, otherId: ids.english });
  await addCorrection(t.db, room.editor, { articleId: ids.lead, text: "Sửa tên xã: Nghi Thiết, không phải Nghi Tiến." });
  ids.festival = await publishStory(t.db, room, { title: "Lễ hội Đền Cuông", sectionId: room.sections.culture, tags: ["Lễ hội"], authors: [{ byline: "Minh Anh", userId: null }] });
  // A new address: the old one must still find it.
  const festival = (await loadEditorArticle(t.db, ids.festival))!;
  await saveArticle(t.db, room.editor, { ...festival, articleId: ids.festival, baseVersion: festival.version, slug: "le-hoi-den-cuong-2026" });
  await publishUpdate(t.db, room.editor, { articleId: ids.festival });
  ids.draft = await draftStory(t.db, room, "Bản nháp bí mật");
  ids.takenDown = await publishStory(t.db, room, { title: "Bài sẽ gỡ", tags: ["Chỉ bài đã gỡ"] });
  await transition(t.db, room.editor, { articleId: ids.takenDown, action: "unpublish" });
  api = await serveApi(t.db, room.admin);
});

afterAll(async () => {
  api?.close();
  await t?.db.$disconnect();
});

describe("the article list", () => {
  it("walks every published article once, newest first (ties by id), whatever the page size", async () => {
    const expected = await publishedIds();
    expect(expected).toHaveLength(19);
    for (const limit of [1, 4, 7, 100]) expect(idsOf(await walk("/api/v1/articles", limit)), `limit ${limit}`).toEqual(expected);
    expect(expected).not.toContain(ids.draft);
    expect(expected).not.toContain(ids.takenDown);
  });

  it("stays whole while a story is published between two pages: nothing twice, nothing skipped", async () => {
    const before = await publishedIds();
    let added = "";
    const seen = await walk("/api/v1/articles", 5, async (n) => {
      if (n !== 0) return;
      added = await publishStory(t.db, room, { title: "Tin nóng giữa chừng" });
      await contentChanged(t.db);
    });
    expect(idsOf(seen)).toEqual(before);
    // The new story is first the next time someone starts.
    expect((await api.json<Page<ApiArticle>>("/api/v1/articles?limit=1")).data[0].id).toBe(added);
    await transition(t.db, room.editor, { articleId: added, action: "unpublish" });
    await contentChanged(t.db);
  });

  it("shows every field but the body, each item as the schema says", async () => {
    const { data } = await api.json<Page<ApiArticle>>("/api/v1/articles?limit=100");
    for (const item of data) {
      expect(Object.keys(item).sort()).toEqual([...LIST_DEFAULT_FIELDS].sort());
      articleSchema.omit({ body: true }).strict().parse(item);
    }
  });

  it("filters by section, tag, byline, language and publication time, and pages through each", async () => {
    const cases: [string, Promise<string[]>][] = [
      ["section=van-hoa", publishedIds({ section: { slug: "van-hoa" } })],
      ["tag=tin-nhanh", publishedIds({ tags: { some: { tag: { slug: "tin-nhanh" } } } })],
      ["author=minh-anh", publishedIds({ authors: { some: { bylineSlug: "minh-anh" } } })],
      ["author=hoa-mai&section=thoi-su", publishedIds({ authors: { some: { bylineSlug: "hoa-mai" } }, section: { slug: "thoi-su" } })],
      // null language is the site's (vi)
      ["language=vi", publishedIds({ OR: [{ language: null }, { language: "vi" }] })],
      ["language=en", Promise.resolve([ids.english])],
      ["language=ru", Promise.resolve([])],
      ["since=2026-10-05&until=2026-10-08", publishedIds({ publishedAt: { gte: new Date(FIRST_FILLER + 4 * DAY - 8 * 3_600_000), lt: new Date(FIRST_FILLER + 7 * DAY - 8 * 3_600_000) } })],
      ["since=2026-10-05T08:00:00%2B00:00", publishedIds({ publishedAt: { gte: new Date(FIRST_FILLER + 4 * DAY) } })],
      ["until=2026-10-05T15:00:00%2B07:00", publishedIds({ publishedAt: { lt: new Date(FIRST_FILLER + 4 * DAY) } })],
      ["section=khong-co", Promise.resolve([])],
    ];
    for (const [query, expected] of cases) {
      const want = await expected;
      if (!query.includes("khong-co") && !query.includes("ru")) expect(want.length, query).toBeGreaterThan(0);
      expect(idsOf(await walk(`/api/v1/articles?${query}`, 2)), query).toEqual(want);
    }
    // The same instant written two ways is the same filter.
    expect(await publishedIds({ publishedAt: { lt: new Date(FIRST_FILLER + 4 * DAY) } })).toEqual(await publishedIds({ publishedAt: { lt: new Date("2026-10-05T08:00:00Z") } }));
    expect((await publishedIds({ publishedAt: { lt: new Date(FIRST_FILLER + 4 * DAY) } })).length).toBe(4);
  });
});

describe("one article", () => {
  it("is found by id and by its address, an old address too, and is what the list shows of it", async () => {
    const byId = await api.json<ApiArticle>(`/api/v1/articles/${ids.festival}`);
    expect(byId.url).toBe(`${SITE_URL}/van-hoa/le-hoi-den-cuong-2026`);
    expect(await api.json(`/api/v1/sections/van-hoa/articles/le-hoi-den-cuong-2026`)).toEqual(byId);
    expect(await api.json(`/api/v1/sections/van-hoa/articles/le-hoi-den-cuong`)).toEqual(byId);
    const listed = (await api.json<Page<ApiArticle>>("/api/v1/articles?limit=100&fields=" + ARTICLE_FIELDS.join(","))).data.find((a) => a.id === ids.festival);
    expect(listed).toEqual(byId);
  });

  it("is the page's live content: texts, byline, section in the article's language, pictures with renditions, body, corrections, translations", async () => {
    const a = articleSchema.strict().parse(await api.json(`/api/v1/articles/${ids.lead}`));
    expect(a).toMatchObject({
      id: ids.lead,
      url: `${SITE_URL}/thoi-su/duong-ven-bien-mo-rong`,
      title: "Đường ven biển mở rộng",
      lead: "Sapo: Đường ven biển mở rộng",
      language: "vi",
      section: { id: room.sections.news, slug: "thoi-su", name: "Thời sự", url: `${SITE_URL}/thoi-su` },
      tags: [
        { slug: "giao-thong", name: "Giao thông", url: `${SITE_URL}/tag/giao-thong` },
        { slug: "cua-lo", name: "Cửa Lò", url: `${SITE_URL}/tag/cua-lo` },
      ],
      authors: [{ name: "Hoa Mai", slug: "hoa-mai", url: `${SITE_URL}/author/hoa-mai` }],
      seo: { title: "Đường ven biển Nghệ An mở rộng", description: null },
      corrections: [{ text: "Sửa tên xã: Nghi Thiết, không phải Nghi Tiến." }],
      translations: [{ id: ids.english, language: "en", title: "Coastal road widened", url: `${SITE_URL}/thoi-su/coastal-road-widened` }],
    });
    // First publication and a correction: two public changes.
    expect(a.version).toBe(2);
    const row = await t.db.article.findUniqueOrThrow({ where: { id: ids.lead } });
    expect(a.publishedAt).toBe(row.publishedAt!.toISOString());
    const key = room.media.fileKey;
    const renditions = [480, 960, 1200].flatMap((w) => [
      { href: `${SITE_URL}/media/${key}-${w}.webp`, width: w, height: (w * 2) / 3, contentType: "image/webp" },
      { href: `${SITE_URL}/media/${key}-${w}.avif`, width: w, height: (w * 2) / 3, contentType: "image/avif" },
    ]);
    expect(a.cover).toEqual({ id: room.media.id, alt: "Cầu Cửa Hội", caption: "Cầu Cửa Hội lúc bình minh", credit: "Ảnh: Hoa Mai", width: 1200, height: 800, renditions });
    expect(a.figures).toEqual([{ id: room.media.id, alt: "Cầu Cửa Hội", caption: "Chú thích trong bài", credit: "Ảnh: Minh Anh", width: 1200, height: 800, renditions }]);
    expect(a.body.html).toContain("<p>Đoạn đầu về đường ven biển.</p>");
    expect(a.body.html).toContain(`src="${SITE_URL}/media/${key}-960.webp"`);
    expect(a.body.html).not.toMatch(/ (src|srcset)="\//);
    expect(a.body.json).toEqual(JSON.parse(row.bodyJson));
    const english = await api.json<ApiArticle>(`/api/v1/articles/${ids.english}`);
    expect(english.language).toBe("en");
    expect(english.section.name).toBe("News");
    expect(english.translations).toEqual([{ id: ids.lead, language: "vi", title: "Đường ven biển mở rộng", url: `${SITE_URL}/thoi-su/duong-ven-bien-mo-rong` }]);
  });
});

describe("search", () => {
  it("finds published articles by words (accents optional), pages through them and narrows to a section", async () => {
    expect(idsOf((await api.json<Page<ApiArticle>>("/api/v1/search?q=duong%20ven%20bien")).data)).toEqual([ids.lead]);
    const all = await walk<ApiArticle>("/api/v1/search?q=tin%20so", 3);
    expect(new Set(idsOf(all))).toEqual(new Set(ids.fillers));
    expect(all).toHaveLength(ids.fillers.length);
    const culture = await walk<ApiArticle>("/api/v1/search?q=tin%20so&section=van-hoa", 3);
    expect(new Set(idsOf(culture))).toEqual(new Set(ids.fillers.filter((_, i) => i % 2)));
    expect((await api.json<Page<ApiArticle>>("/api/v1/search?q=bi%20mat")).data).toEqual([]);
    expect((await api.json<Page<ApiArticle>>("/api/v1/search?q=se%20go")).data).toEqual([]);
  });
});

describe("sections, tags and bylines", () => {
  it("lists the sections in the site's order, with their names in other languages", async () => {
    const sections = await walk<{ slug: string }>("/api/v1/sections", 1);
    expect(sections).toEqual([
      { id: room.sections.news, slug: "thoi-su", name: "Thời sự", names: { en: "News" }, description: "", url: `${SITE_URL}/thoi-su` },
      { id: room.sections.culture, slug: "van-hoa", name: "Văn hóa", names: {}, description: "Lễ hội, di sản", url: `${SITE_URL}/van-hoa` },
    ]);
    for (const s of sections) sectionSchema.strict().parse(s);
  });

  it("lists only tags that published articles carry, by slug", async () => {
    expect(await walk("/api/v1/tags", 2)).toEqual(
      ["cua-lo", "giao-thong", "le-hoi", "tin-nhanh"].map((slug) => ({
        slug,
        name: { "cua-lo": "Cửa Lò", "giao-thong": "Giao thông", "le-hoi": "Lễ hội", "tin-nhanh": "Tin nhanh" }[slug],
        url: `${SITE_URL}/tag/${slug}`,
      })),
    );
  });

  it("lists the bylines printed on published articles, and nothing about the staff behind them", async () => {
    const authors = await walk("/api/v1/authors", 1);
    expect(authors).toEqual([
      { name: "Hoa Mai", slug: "hoa-mai", url: `${SITE_URL}/author/hoa-mai` },
      { name: "Minh Anh", slug: "minh-anh", url: `${SITE_URL}/author/minh-anh` },
    ]);
  });
});
