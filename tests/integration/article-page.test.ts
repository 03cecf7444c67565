// The article page on a real database, as Sapo's own server answers it
// (lib/reader/handler.ts): related stories (same tags first, then the
// section; never itself, never unpublished), the cover as lead image and the
// preload that matches it (not with a figure first, not with the setting
// off), share links carrying the canonical address with nothing loaded from
// the networks, and the visible breadcrumb.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signalContentChange } from "@/lib/cache/content-signal";
import { prepareBody, type JsonNode } from "@/lib/content/body";
import { relatedArticles } from "@/lib/articles/related";
import { loadReaderContext } from "@/lib/reader/context";
import { createReaderHandler } from "@/lib/reader/handler";
import { articleSurroundings } from "@/lib/reader/pages/article";
import { freshDatabase, type TestDb } from "@/tests/support/db";
import { serveReader, type ReaderTestServer } from "@/tests/support/reader-server";

const SITE_URL = "https://baonghean.example";

let t: TestDb;
let site: ReaderTestServer;
const ids: Record<string, string> = {};
let coverKey = "";

const text = (s: string): JsonNode => ({ type: "paragraph", content: [{ type: "text", text: s }] });
const figure = (key: string): JsonNode => ({
  type: "figure",
  attrs: { src: `/media/${key}-960.webp`, alt: "Ảnh trong bài", caption: "Chú thích trong bài", width: 960, height: 540 },
});

let clock = Date.parse("2026-05-01T08:00:00Z");

async function story(
  slug: string,
  data: { section: string; tags?: string[]; status?: "PUBLISHED" | "DRAFT"; body?: JsonNode[]; cover?: string; minutesAgo?: number },
) {
  const section = await t.db.section.upsert({ where: { slug: data.section }, create: { name: data.section.toUpperCase(), slug: data.section }, update: {} });
  const body = prepareBody({ type: "doc", content: data.body ?? [text(`Body of ${slug}`)] });
  const status = data.status ?? "PUBLISHED";
  clock += 60_000;
  const article = await t.db.article.create({
    data: {
      title: `Title ${slug}`,
      slug,
      lead: `Lead of ${slug}`,
      bodyJson: body.json,
      bodyHtml: body.html,
      bodyText: body.text,
      status,
      publishedAt: status === "PUBLISHED" ? new Date(clock) : null,
      sectionId: section.id,
      coverMediaId: data.cover ?? null,
    },
  });
  for (const [position, name] of (data.tags ?? []).entries()) {
    const tag = await t.db.tag.upsert({ where: { slug: name }, create: { name, slug: name }, update: {} });
    await t.db.articleTag.create({ data: { articleId: article.id, tagId: tag.id, position } });
  }
  ids[slug] = article.id;
  return article;
}

/** A page's HTML; anything but 200 fails the test. */
async function get(pathname: string): Promise<string> {
  const page = await site.get(pathname);
  if (page.status !== 200) throw new Error(`${pathname}: ${page.status}`);
  return page.body;
}

const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`, "i").exec(tag)?.[1];
const unescape = (s: string | undefined) => s?.replace(/&amp;/g, "&");

beforeAll(async () => {
  process.env.SITE_URL = SITE_URL;
  delete process.env.MEDIA_PUBLIC_URL;
  t = await freshDatabase();
  await t.db.setting.create({ data: { key: "siteLanguage", value: JSON.stringify("vi") } });
  const cover = await t.db.media.create({
    data: {
      fileKey: "abcdefabcdefabcdef01",
      mimeType: "image/webp",
      width: 1200,
      height: 800,
      variants: "480,960,1200",
      formats: "webp,avif",
      sizeBytes: 1,
      alt: "Cầu Cửa Hội",
      caption: "Cầu Cửa Hội lúc bình minh",
      credit: "Ảnh: Hoa Mai",
    },
  });
  coverKey = cover.fileKey;

  // Related to "bai-chinh" (tags a, b; section thoi-su), oldest first.
  await story("chung-hai-the", { section: "van-hoa", tags: ["a", "b"] }); // two shared tags: first, though older and elsewhere
  await story("chung-the-b-cu", { section: "van-hoa", tags: ["b"] });
  await story("cung-muc-cu", { section: "thoi-su" });
  await story("chung-the-a-moi", { section: "the-thao", tags: ["a", "c"] });
  await story("khac-het", { section: "van-hoa", tags: ["c"] });
  await story("ban-nhap", { section: "thoi-su", tags: ["a", "b"], status: "DRAFT" });
  await story("cung-muc-moi", { section: "thoi-su" });
  await story("bai-chinh", { section: "thoi-su", tags: ["a", "b"], cover: cover.id, body: [text("Đoạn đầu có liên kết."), figure(cover.fileKey)] });
  await story("anh-truoc", { section: "thoi-su", cover: cover.id, body: [{ type: "paragraph" }, figure(cover.fileKey), text("Đoạn đầu.")] });

  const handler = createReaderHandler({ db: t.db, sql: () => t.db, dev: false });
  site = await serveReader(handler);
});

afterAll(async () => {
  site?.close();
  await t?.db.$disconnect();
});

describe("related stories", () => {
  it("are those sharing the most tags, newest first among equals, then the newest of the section; never itself, never a draft", async () => {
    const article = await t.db.article.findUniqueOrThrow({ where: { id: ids["bai-chinh"] } });
    const related = await relatedArticles(t.db, article, 5);
    expect(related.map((a) => a.slug)).toEqual(["chung-hai-the", "chung-the-a-moi", "chung-the-b-cu", "anh-truoc", "cung-muc-moi"]);
    expect((await relatedArticles(t.db, article, 2)).map((a) => a.slug)).toEqual(["chung-hai-the", "chung-the-a-moi"]);
    expect(await relatedArticles(t.db, article, 0)).toEqual([]);
    // Cards, as the other lists have them.
    expect(related[0]).toMatchObject({ title: "Title chung-hai-the", section: { slug: "van-hoa" } });
  });

  it("fall back to the section for an article without tags, and skip nothing twice", async () => {
    const article = await t.db.article.findUniqueOrThrow({ where: { id: ids["cung-muc-moi"] } });
    const related = await relatedArticles(t.db, article, 10);
    expect(related.map((a) => a.slug)).toEqual(["anh-truoc", "bai-chinh", "cung-muc-cu"]);
    expect(new Set(related.map((a) => a.id)).size).toBe(related.length);
  });

  it("work for the newsroom's preview of a draft: its stored tags count, the draft itself never shows", async () => {
    const draft = await t.db.article.findUniqueOrThrow({ where: { id: ids["ban-nhap"] } });
    const around = await articleSurroundings(t.db, await loadReaderContext(t.db), draft);
    expect(around.related.map((a) => a.slug)).toEqual(["bai-chinh", "chung-hai-the", "chung-the-a-moi", "chung-the-b-cu"]);
  });

  it("are shown below the article, in that order, under “Tin liên quan”", async () => {
    const page = await get("/thoi-su/bai-chinh");
    const block = /<section class="related"[\s\S]*?<\/section>/.exec(page)?.[0] ?? "";
    expect(block).toContain(">Tin liên quan</h2>");
    const order = [...block.matchAll(/href="\/[a-z-]+\/([a-z-]+)"/g)].map((m) => m[1]);
    expect([...new Set(order)]).toEqual(["chung-hai-the", "chung-the-a-moi", "chung-the-b-cu", "anh-truoc"]);
    expect(page.indexOf('<section class="related"')).toBeGreaterThan(page.indexOf("</article>"));
  });
});

describe("the lead image", () => {
  it("is the cover, with its caption and credit, loaded first and preloaded alike, when the body opens with text", async () => {
    const page = await get("/thoi-su/bai-chinh");
    const lead = /<figure class="lead-figure">([\s\S]*?)<\/figure>/.exec(page)?.[1];
    expect(lead).toBeDefined();
    expect(page.indexOf('class="lead-figure"')).toBeLessThan(page.indexOf('class="article-body"'));
    expect(page.indexOf('class="lead-figure"')).toBeGreaterThan(page.indexOf('class="article-lead"'));
    expect(lead).toContain("<figcaption>Cầu Cửa Hội lúc bình minh <span class=\"credit\">Ảnh: Hoa Mai</span></figcaption>");
    const img = /<img\b[^>]*>/.exec(lead!)![0];
    expect(attr(img, "width")).toBe("1200");
    expect(attr(img, "height")).toBe("800");
    expect(attr(img, "alt")).toBe("Cầu Cửa Hội");
    expect(attr(img, "loading")).toBe("eager");
    expect(attr(img, "fetchpriority")).toBe("high");
    expect(attr(img, "src")).toContain(coverKey);
    const avif = /<source\b[^>]*>/.exec(lead!)![0];

    // One preload, the same candidates and sizes as the picture shown.
    const preloads = [...page.split("</head>")[0].matchAll(/<link rel="preload" as="image"[^>]*>/g)].map((m) => m[0]);
    expect(preloads).toHaveLength(1);
    expect(unescape(attr(preloads[0], "imagesrcset"))).toBe(unescape(attr(avif, "srcset")));
    expect(attr(preloads[0], "imagesizes")).toBe(attr(avif, "sizes"));
    expect(attr(preloads[0], "type")).toBe("image/avif");

    // The body's own figure, further down, no longer claims the first load.
    const body = /<div class="article-body">([\s\S]*?)<\/div>/.exec(page)![1];
    expect(body).toContain("<figure>");
    expect(body).not.toContain("fetchpriority");
    expect(body).toContain('loading="lazy"');
  });

  it("is not the cover when the body opens with a figure (empty lines above it aside): that figure is preloaded", async () => {
    const page = await get("/thoi-su/anh-truoc");
    expect(page).not.toContain("lead-figure");
    const preload = /<link rel="preload" as="image"[^>]*>/.exec(page)![0];
    expect(attr(preload, "href")).toBe(`/media/${coverKey}-960.webp`);
    expect(/<div class="article-body">[\s\S]*?<\/div>/.exec(page)![0]).toContain('fetchpriority="high"');
  });

  it("is not the cover when the setting is off", async () => {
    await t.db.setting.create({ data: { key: "coverAsLeadImage", value: "false" } });
    signalContentChange();
    try {
      const page = await get("/thoi-su/bai-chinh");
      expect(page).not.toContain("lead-figure");
      const preload = /<link rel="preload" as="image"[^>]*>/.exec(page)![0];
      expect(attr(preload, "href")).toBe(`/media/${coverKey}-960.webp`);
    } finally {
      await t.db.setting.delete({ where: { key: "coverAsLeadImage" } });
      signalContentChange();
    }
    expect(await get("/thoi-su/bai-chinh")).toContain("lead-figure");
  });
});

describe("share links", () => {
  it("carry the canonical address, encoded, open in a new tab, and end with the hidden copy button", async () => {
    const page = await get("/thoi-su/bai-chinh");
    const canonical = `${SITE_URL}/thoi-su/bai-chinh`;
    expect(page).toContain(`<link rel="canonical" href="${canonical}"/>`);
    const row = /<div class="share-links"[^>]*>([\s\S]*?)<\/div>/.exec(page)?.[1] ?? "";
    const links = [...row.matchAll(/<a\b[^>]*>/g)].map((m) => m[0]);
    expect(links.map((a) => new URL(unescape(attr(a, "href"))!).host)).toEqual(["www.facebook.com", "sp.zalo.me", "twitter.com"]);
    for (const a of links) {
      expect(attr(a, "href")).toContain(encodeURIComponent(canonical));
      expect(attr(a, "target")).toBe("_blank");
      expect(attr(a, "rel")).toBe("noopener noreferrer");
      expect(attr(a, "aria-label")).toMatch(/^Chia sẻ lên (Facebook|Zalo|X) /);
    }
    expect(new URL(unescape(attr(links[2], "href"))!).searchParams.get("text")).toBe("Title bai-chinh");
    const button = /<button\b[^>]*>([^<]*)<\/button>\s*$/.exec(row);
    expect(button?.[1]).toBe("Sao chép liên kết");
    expect(attr(button![0], "type")).toBe("button");
    expect(attr(button![0], "data-copy-link")).toBe(canonical);
    expect(attr(button![0], "data-copied")).toBe("Đã sao chép");
    expect(button![0]).toMatch(/\shidden(=""|\s|>)/);
  });

  it("load nothing from another site: no script, image, style, frame or font from elsewhere", async () => {
    const page = await get("/thoi-su/bai-chinh");
    const external = (u: string | undefined) => Boolean(u) && /^(https?:)?\/\//.test(u!) && !u!.startsWith(SITE_URL);
    for (const [tag, name] of [
      ["script", "src"],
      ["img", "src"],
      ["source", "srcset"],
      ["link", "href"],
      ["iframe", "src"],
    ] as const) {
      for (const m of page.matchAll(new RegExp(`<${tag}\\b[^>]*>`, "g"))) expect(external(attr(m[0], name)), m[0]).toBe(false);
    }
    // The networks are named only in the share links' addresses.
    for (const host of ["facebook.com", "zalo.me", "twitter.com"]) {
      expect(page.split(host).length - 1, host).toBe(1);
    }
  });
});

describe("the breadcrumb", () => {
  it("is shown at the top of the article: Home › Section, as the JSON-LD has it", async () => {
    const page = await get("/thoi-su/bai-chinh");
    const nav = /<nav aria-label="Đường dẫn" class="breadcrumb"[^>]*>([\s\S]*?)<\/nav>/.exec(page);
    expect(nav).not.toBeNull();
    expect(nav![0]).not.toContain("visually-hidden");
    expect(nav![1]).toMatch(/<a href="\/">Trang chủ<\/a> › <a href="\/thoi-su">THOI-SU<\/a>/);
    expect(page.indexOf("breadcrumb")).toBeLessThan(page.indexOf('<h1 class="article-title"'));
    const ld = JSON.parse(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(page)![1]) as { "@type": string; itemListElement?: { item: string }[] }[];
    const crumbs = ld.find((x) => x["@type"] === "BreadcrumbList")!.itemListElement!.map((i) => i.item);
    expect(crumbs.slice(0, 2)).toEqual([`${SITE_URL}/`, `${SITE_URL}/thoi-su`]);
  });

  it("and a line only print shows names the site and the page's address", async () => {
    const page = await get("/thoi-su/bai-chinh");
    expect(page).toMatch(new RegExp(`<p class="print-source"[^>]*>Nguồn: [^<]+ – ${SITE_URL}/thoi-su/bai-chinh</p>`));
  });
});
