// A video in an article, from the editor's save to readers (both engines):
// the node names library items by id and the reader's HTML is made from the
// stored items only (a forged address in the node never reaches the page);
// ids of the wrong kind (a "video" that is a photo, a poster that is a
// captions file) and unsafe addresses are refused at the save; the public
// page has the player with its captions track and a VideoObject in JSON-LD.
import { mkdirSync, mkdtempSync } from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { loadEditorArticle } from "@/lib/articles/article-state";
import { createArticle, saveArticle } from "@/lib/articles/editing";
import { transition } from "@/lib/articles/workflow";
import { isoDuration } from "@/lib/content/videos";
import { acceptCaptions } from "@/lib/media/captions";
import { localMediaStore } from "@/lib/media/local-store";
import type { MediaItem } from "@/lib/media/items";
import { acceptUpload } from "@/lib/media/upload";
import { acceptVideo } from "@/lib/media/video";
import { createReaderHandler } from "@/lib/reader/handler";
import { freshDatabase, type TestDb } from "@/tests/support/db";
import { serveReader, type ReaderTestServer } from "@/tests/support/reader-server";
import { mp4File, vttFile } from "@/tests/support/video-files";

const SITE_URL = "https://video.example";
let t: TestDb;
let site: ReaderTestServer;
let editor: Actor;
let articleId: string;
let clip: MediaItem;
let poster: MediaItem;
let subs: MediaItem;

const p = (text: string) => ({ type: "paragraph", content: [{ type: "text", text }] });
const videoNode = (attrs: Record<string, unknown>) => ({
  type: "video",
  attrs: { mediaId: clip.id, src: clip.src, posterId: poster.id, posterSrc: poster.src, captionsId: subs.id, width: 640, height: 360, title: "Đua thuyền trên sông Lam", caption: "Các đội đua ở bến Thủy", credit: "Video: Minh Hà", ...attrs },
});
const doc = (...content: unknown[]) => ({ type: "doc", content: [p("Sáng nay, hội đua thuyền truyền thống khai mạc."), ...content] });

beforeAll(async () => {
  process.env.SITE_URL = SITE_URL;
  t = await freshDatabase();
  const dataDir = mkdtempSync(path.join(t.dir, "data-"));
  process.env.DATA_DIR = dataDir;
  mkdirSync(path.join(dataDir, "media"));
  const store = localMediaStore(path.join(dataDir, "media"));
  await t.db.setting.create({ data: { key: "siteLanguage", value: JSON.stringify("vi") } });
  await t.db.section.create({ data: { name: "Văn hóa", slug: "van-hoa" } });
  const u = await t.db.user.create({ data: { email: "editor@example.com", displayName: "Biên tập", role: "EDITOR" } });
  editor = { id: u.id, role: "EDITOR", displayName: "Biên tập", penName: null };
  clip = await acceptVideo(t.db, { bytes: mp4File({ width: 640, height: 360, timescale: 1000, duration: 65_000 }), name: "dua-thuyen.mp4" }, { uploadedById: u.id, store, maxMegabytes: 200 });
  const png = await sharp({ create: { width: 800, height: 450, channels: 3, background: { r: 20, g: 90, b: 160 } } }).png().toBuffer();
  poster = await acceptUpload(t.db, { bytes: png, name: "poster.png" }, { uploadedById: u.id, alt: "Thuyền đua", store });
  subs = await acceptCaptions(t.db, { bytes: vttFile(2), name: "phu-de.vtt" }, { uploadedById: u.id, language: "vi", label: "Phụ đề", store });
  articleId = await createArticle(t.db, editor, { title: "Hội đua thuyền sông Lam" });
  site = await serveReader(createReaderHandler({ db: t.db, sql: () => t.db, dev: false }));
});

afterAll(async () => {
  site?.close();
  await t?.db.$disconnect();
});

async function save(body: unknown) {
  const draft = (await loadEditorArticle(t.db, articleId))!;
  return saveArticle(t.db, editor, { ...draft, articleId, baseVersion: draft.version, body: body as never });
}

async function expectRefused(body: unknown, message: RegExp) {
  const before = (await t.db.article.findUniqueOrThrow({ where: { id: articleId } })).bodyJson;
  await expect(save(body)).rejects.toThrow(message);
  expect((await t.db.article.findUniqueOrThrow({ where: { id: articleId } })).bodyJson).toBe(before);
}

describe("forged video nodes", () => {
  it("refuses ids that name the wrong kind of item", async () => {
    await expectRefused(doc(videoNode({ mediaId: poster.id })), /not a video/);
    await expectRefused(doc(videoNode({ posterId: subs.id })), /poster must be an image/);
    await expectRefused(doc(videoNode({ captionsId: clip.id })), /captions must be a captions file/);
    await expectRefused(doc(videoNode({ mediaId: null })), /has no video file/);
    await expectRefused(doc(videoNode({ mediaId: "does-not-exist" })), /./);
  });

  it("refuses unsafe addresses and malformed attributes", async () => {
    await expectRefused(doc(videoNode({ posterSrc: "javascript:alert(1)" })), /posterSrc/);
    await expectRefused(doc(videoNode({ src: "data:video/mp4;base64,AAAA" })), /src/);
    await expectRefused(doc(videoNode({ width: -5 })), /width/);
    await expectRefused(doc(videoNode({ title: { html: "<b>" } })), /./);
    await expectRefused(doc(videoNode({ onload: "x" })), /Unknown attribute/);
  });
});

describe("a video from the save to readers", () => {
  it("renders the player from the stored items, whatever addresses the node carries", async () => {
    const saved = await save(doc(videoNode({ src: "https://evil.example/x.mp4", posterSrc: "https://evil.example/p.jpg", title: 'Đua "thuyền" <b>' })));
    expect(saved.kind).toBe("saved");
    const row = await t.db.article.findUniqueOrThrow({ where: { id: articleId } });
    const [clipRow, posterRow, subsRow] = await Promise.all([clip, poster, subs].map((m) => t.db.media.findUniqueOrThrow({ where: { id: m.id } })));
    expect(row.bodyHtml).not.toContain("evil.example");
    expect(row.bodyHtml).toContain(
      `<figure class="video" data-duration="65"><video controls preload="none" playsinline poster="/media/${posterRow.fileKey}-800.webp" width="640" height="360" aria-label="Đua &quot;thuyền&quot; &lt;b&gt;">` +
        `<source src="/media/${clipRow.fileKey}.mp4" type="video/mp4">` +
        `<track kind="captions" src="/media/${subsRow.fileKey}.vtt" srclang="vi" label="Phụ đề" default></video>` +
        `<figcaption><strong class="video-title">Đua &quot;thuyền&quot; &lt;b&gt;</strong> Các đội đua ở bến Thủy <span class="credit">Video: Minh Hà</span></figcaption></figure>`,
    );
    expect(row.bodyText).toContain("Các đội đua ở bến Thủy");
    // The items are in use: the library will not delete them.
    expect(await t.db.articleMedia.count({ where: { articleId } })).toBe(3);
  });

  it("publishes: the page has the player with its track and a VideoObject", async () => {
    await save(doc(videoNode({})));
    await transition(t.db, editor, { articleId, action: "submit" });
    await transition(t.db, editor, { articleId, action: "publish" });
    const row = await t.db.article.findUniqueOrThrow({ where: { id: articleId }, include: { section: true } });
    const clipRow = await t.db.media.findUniqueOrThrow({ where: { id: clip.id } });
    const posterRow = await t.db.media.findUniqueOrThrow({ where: { id: poster.id } });
    const page = await site.get(`/${row.section.slug}/${row.slug}`);
    expect(page.status).toBe(200);
    expect(page.body).toMatch(/<video [^>]*preload="none"[^>]*><source src="\/media\/[a-f0-9]{20}\.mp4" type="video\/mp4"><track kind="captions" [^>]*srclang="vi"[^>]*default><\/video>/);
    const blocks = [...page.body.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].flatMap((m) => JSON.parse(m[1]) as unknown[]);
    const video = blocks.find((b) => (b as { "@type"?: string })["@type"] === "VideoObject");
    expect(video).toEqual({
      "@context": "https://schema.org",
      "@type": "VideoObject",
      name: "Đua thuyền trên sông Lam",
      description: "Các đội đua ở bến Thủy",
      thumbnailUrl: [`${SITE_URL}/media/${posterRow.fileKey}-800.webp`],
      uploadDate: row.publishedAt!.toISOString(),
      contentUrl: `${SITE_URL}/media/${clipRow.fileKey}.mp4`,
      duration: "PT1M5S",
      encodingFormat: "video/mp4",
    });
  });

  it("writes durations as ISO 8601", () => {
    expect(isoDuration(65)).toBe("PT1M5S");
    expect(isoDuration(3600 + 2)).toBe("PT1H2S");
    expect(isoDuration(0.4)).toBe("PT1S");
    expect(isoDuration(120)).toBe("PT2M");
  });
});
