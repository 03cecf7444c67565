// A photo gallery's whole way to readers on a real database (both engines):
// saved through the editor's save path (lib/articles/editing.ts), which
// validates it exactly like figures; published through the workflow; then
// the public page (the slideshow markup, the island script, its texts in the
// site's language, responsive images), the NewsArticle JSON-LD `image` list
// (cover first, then the gallery's pictures), the RSS feed (Media RSS with
// captions and credits, still well-formed XML), the content API's figures
// and the media usage rows. Forged galleries are refused at the save with
// the stored body kept.
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { loadEditorArticle } from "@/lib/articles/article-state";
import { createArticle, saveArticle } from "@/lib/articles/editing";
import { transition } from "@/lib/articles/workflow";
import { publishedApiArticle } from "@/lib/api/article-json";
import { GALLERY_MAX_IMAGES } from "@/lib/content/galleries";
import { createReaderHandler } from "@/lib/reader/handler";
import { freshDatabase, type TestDb } from "@/tests/support/db";
import { serveReader, type ReaderTestServer } from "@/tests/support/reader-server";

const SITE_URL = "https://galleries.example";

let t: TestDb;
let site: ReaderTestServer;
let editor: Actor;
let articleId: string;
const media: { id: string; fileKey: string }[] = [];

const p = (text: string) => ({ type: "paragraph", content: [{ type: "text", text }] });
const image = (m: { id: string; fileKey: string }, n: number, extra: Record<string, unknown> = {}) => ({
  type: "galleryImage",
  attrs: { src: `/media/${m.fileKey}-960.webp`, mediaId: m.id, width: 960, height: 640, alt: `Thuyền rồng ${n}`, caption: `Đội đua số ${n} <về đích>`, credit: `Ảnh: Lê Hà & Cộng sự ${n}`, ...extra },
});
const galleryBody = (images: unknown[], layout = "slideshow") => ({ type: "doc", content: [p("Lễ hội đua thuyền trên sông Lam."), { type: "gallery", attrs: { layout }, content: images }] });

async function save(body: unknown) {
  const draft = (await loadEditorArticle(t.db, articleId))!;
  return saveArticle(t.db, editor, { ...draft, articleId, baseVersion: draft.version, body: body as never });
}

beforeAll(async () => {
  process.env.SITE_URL = SITE_URL;
  t = await freshDatabase();
  await t.db.setting.create({ data: { key: "siteLanguage", value: JSON.stringify("vi") } });
  await t.db.section.create({ data: { name: "Văn hóa", slug: "van-hoa" } });
  const u = await t.db.user.create({ data: { email: "editor@example.com", displayName: "Biên tập", role: "EDITOR" } });
  editor = { id: u.id, role: "EDITOR", displayName: "Biên tập", penName: null };
  for (let n = 0; n < 4; n++) {
    const row = await t.db.media.create({
      data: { fileKey: `ga11e7${n}abcdefabcdef0`, mimeType: "image/webp", width: 960, height: 640, variants: "480,960", formats: "webp", sizeBytes: 1, alt: `Ảnh ${n}`, caption: "", credit: "" },
    });
    media.push({ id: row.id, fileKey: row.fileKey });
  }
  articleId = await createArticle(t.db, editor, { title: "Đua thuyền trên sông Lam" });
  site = await serveReader(createReaderHandler({ db: t.db, sql: () => t.db, dev: false }));
});

afterAll(async () => {
  site?.close();
  await t?.db.$disconnect();
});

describe("a gallery from the editor to readers", () => {
  it("saves, publishes, and reaches the page, JSON-LD, RSS and the content API in its order", async () => {
    // The gallery's order is not the library's: 2, 0, 1.
    const order = [media[2], media[0], media[1]];
    expect((await save(galleryBody(order.map((m, i) => image(m, i + 1))))).kind).toBe("saved");
    await t.db.article.update({ where: { id: articleId }, data: { coverMediaId: media[3].id } });
    await transition(t.db, editor, { articleId, action: "submit" });
    // The photos carry no credit: published past that check (lib/articles/publish-gate.ts), with a reason.
    await transition(t.db, editor, { articleId, action: "publish", override: { checks: ["missingCredit"], reason: "Ảnh của ban tổ chức, chưa rõ tác giả" } });
    const row = await t.db.article.findUniqueOrThrow({ where: { id: articleId }, include: { section: true } });
    expect(row.status).toBe("PUBLISHED");
    // Every gallery image counts as used by the article.
    const used = await t.db.articleMedia.findMany({ where: { articleId } });
    expect(used.map((u) => u.mediaId).sort()).toEqual(order.map((m) => m.id).sort());

    const page = await site.get(`/${row.section.slug}/${row.slug}`);
    expect(page.status).toBe(200);
    expect(page.body).toContain('<figure class="gallery" data-island="gallery" data-layout="slideshow"><ol class="gallery-slides"><li><figure>');
    expect(page.body).toContain("Đội đua số 1 &lt;về đích&gt; <span class=\"credit\">Ảnh: Lê Hà &amp; Cộng sự 1</span>");
    expect(page.body).toContain(`srcset="/media/${media[2].fileKey}-480.webp 480w, /media/${media[2].fileKey}-960.webp 960w"`);
    expect(page.body).toMatch(/<script src="\/assets\/gallery-[0-9a-f]{12}\.js" defer=""><\/script>/);
    expect(page.body).toContain('data-gallery-previous="Ảnh trước" data-gallery-next="Ảnh tiếp theo"');
    const positions = order.map((m) => page.body.indexOf(`src="/media/${m.fileKey}-960.webp"`));
    expect(positions.every((at, i) => at > 0 && (i === 0 || at > positions[i - 1]))).toBe(true);

    const ld = JSON.parse(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(page.body)![1]) as { "@type": string; image?: string[] }[];
    const images = ld.find((x) => x["@type"] === "NewsArticle")!.image!;
    expect(images[0]).toContain(media[3].fileKey);
    expect(images.slice(-3)).toEqual(order.map((m) => `${SITE_URL}/media/${m.fileKey}-960.webp`));

    const feed = await site.get("/rss.xml");
    expect(feed.status).toBe(200);
    const item = feed.body.slice(feed.body.indexOf("<title>Đua thuyền trên sông Lam</title>"));
    const all = [...item.slice(0, item.indexOf("</item>")).matchAll(/<media:content url="([^"]*)"[^>]*?(?:\/>|>([\s\S]*?)<\/media:content>)/g)];
    // The cover's, then one per gallery picture, in order, each with its texts.
    expect(all.map((c) => c[1])).toEqual([`${SITE_URL}/media/${media[3].fileKey}-960.webp`, ...order.map((m) => `${SITE_URL}/media/${m.fileKey}-960.webp`)]);
    const contents = all.slice(1);
    expect(contents[0][2]).toContain('<media:description type="plain">Đội đua số 1 &lt;về đích&gt;</media:description>');
    expect(contents[0][2]).toContain("<media:credit>Ảnh: Lê Hà &amp; Cộng sự 1</media:credit>");
    const file = path.join(t.dir, "gallery-feed.xml");
    writeFileSync(file, feed.body);
    execFileSync("xmllint", ["--noout", file], { stdio: "pipe" }); // throws on XML that is not well-formed

    const api = (await publishedApiArticle(t.db, articleId))!;
    expect(api.figures.map((f) => f.id)).toEqual(order.map((m) => m.id));
    expect(api.figures[1]).toMatchObject({ caption: "Đội đua số 2 <về đích>", credit: "Ảnh: Lê Hà & Cộng sự 2", alt: "Thuyền rồng 2" });
  });

  it.each([
    ["a javascript: source", () => galleryBody([image(media[0], 1, { src: "javascript:alert(1)" })]), /Image source/],
    ["an unknown attribute", () => galleryBody([image(media[0], 1, { onload: "alert(1)" })]), /Unknown attribute/],
    ["a paragraph among the images", () => galleryBody([image(media[0], 1), p("lạc")]), /only images|structure/],
    ["an empty gallery", () => galleryBody([]), /at least one image/],
    ["too many images", () => galleryBody(Array.from({ length: GALLERY_MAX_IMAGES + 1 }, (_, i) => image(media[i % 4], i))), /at most/],
    ["an image missing from the library", () => galleryBody([image({ id: "nope-not-there", fileKey: "a" }, 1)]), /no longer in the media library/],
  ])("refuses %s at the save, keeping the stored body", async (_, body, message) => {
    const before = await t.db.article.findUniqueOrThrow({ where: { id: articleId } });
    await expect(save(body())).rejects.toThrow(message);
    expect((await t.db.article.findUniqueOrThrow({ where: { id: articleId } })).bodyJson).toBe(before.bodyJson);
  });
});
