// The ninjs mapping (lib/api/ninjs.ts) on a hand-built article, validated
// against the IPTC's schema: what goes where, and that the validator can fail.
import { describe, expect, it } from "vitest";
import { ninjsItemUri, toNinjs } from "@/lib/api/ninjs";
import type { ApiArticle } from "@/lib/api/schemas";
import { articleSchema } from "@/lib/api/schemas";
import { ninjsErrors, ninjsExample } from "@/tests/support/ninjs-schema";

const SITE = "https://baonghean.example";
const image = (id: string, caption: string, credit: string) => ({
  id,
  alt: `Ảnh ${id}`,
  caption,
  credit,
  width: 1200,
  height: 675,
  renditions: [480, 1200].map((w) => ({ href: `${SITE}/media/${id}-${w}.webp`, width: w, height: Math.round((w * 9) / 16), contentType: "image/webp" })),
});

const article: ApiArticle = articleSchema.parse({
  id: "art1",
  url: `${SITE}/thoi-su/lu-ve-mien-tay-nghe-an`,
  title: "Lũ về miền Tây Nghệ An",
  lead: "Mưa lớn kéo dài khiến nhiều xã ở miền Tây Nghệ An bị cô lập.",
  language: "vi",
  section: { id: "s1", slug: "thoi-su", name: "Thời sự", url: `${SITE}/thoi-su` },
  tags: [
    { slug: "mua-lu", name: "Mưa lũ", url: `${SITE}/tag/mua-lu` },
    { slug: "ky-son", name: "Kỳ Sơn", url: `${SITE}/tag/ky-son` },
  ],
  authors: [
    { name: "Hoài Thu", slug: "hoai-thu", url: `${SITE}/author/hoai-thu` },
    { name: "Minh Quân", slug: "minh-quan", url: `${SITE}/author/minh-quan` },
  ],
  publishedAt: "2026-11-20T01:00:00.000Z",
  updatedAt: "2026-11-20T03:30:00.000Z",
  version: 3,
  seo: { title: null, description: null },
  cover: image("m0", "Nước ngập quốc lộ 7", "Ảnh: Hoài Thu"),
  body: { html: "<p>Mưa lớn.</p><figure><img src=\"x\"><figcaption>Nước lên</figcaption></figure>", json: { type: "doc" } },
  figures: [image("m1", "Nước lên nhanh trong đêm", "Ảnh: Minh Quân"), image("m2", "", "")],
  corrections: [{ text: "Sửa tên xã.", createdAt: "2026-11-20T03:30:00.000Z" }],
  translations: [],
});

describe("toNinjs", () => {
  it("maps an article to a ninjs 3.1 item that validates", () => {
    const ninjs = toNinjs(article, { copyrightHolder: "Báo Nghệ An" });
    expect(ninjsErrors(ninjs)).toEqual([]);
    expect(ninjs).toMatchObject({
      uri: `${SITE}/api/v1/articles/art1`,
      type: "text",
      version: "3",
      firstCreated: article.publishedAt,
      versionCreated: article.updatedAt,
      language: "vi",
      copyrightHolder: "Báo Nghệ An",
      by: "Hoài Thu và Minh Quân",
      headlines: [{ role: "main", value: article.title }],
      bodies: [{ role: "main", contentType: "text/html", value: article.body.html }],
    });
    expect(ninjs.people?.map((p) => p.name)).toEqual(["Hoài Thu", "Minh Quân"]);
    expect(ninjs.descriptions).toContainEqual({ role: "summary", contentType: "text/plain", value: article.lead });
    expect(ninjs.descriptions).toContainEqual({ role: "correction", contentType: "text/plain", value: "Sửa tên xã." });
    expect(ninjs.subjects).toEqual([
      { name: "Thời sự", rel: "section", uri: `${SITE}/thoi-su`, literal: "thoi-su" },
      { name: "Mưa lũ", rel: "tag", uri: `${SITE}/tag/mua-lu`, literal: "mua-lu" },
      { name: "Kỳ Sơn", rel: "tag", uri: `${SITE}/tag/ky-son`, literal: "ky-son" },
    ]);
    expect(ninjs.renditions).toEqual([{ name: "web", href: article.url, contentType: "text/html", title: article.title }]);
  });

  it("associates the cover and every figure with caption, credit and renditions", () => {
    const ninjs = toNinjs(article);
    expect(ninjs.associations?.map((a) => [a.name, a.rel, a.type])).toEqual([
      ["cover", "cover", "picture"],
      ["figure-1", "figure", "picture"],
      ["figure-2", "figure", "picture"],
    ]);
    const [cover, first, second] = ninjs.associations ?? [];
    expect(cover.by).toBe("Ảnh: Hoài Thu");
    expect(cover.descriptions).toContainEqual({ role: "caption", contentType: "text/plain", value: "Nước ngập quốc lộ 7" });
    expect(first.by).toBe("Ảnh: Minh Quân");
    expect(first.renditions).toEqual([
      { name: "480w", href: `${SITE}/media/m1-480.webp`, contentType: "image/webp", width: 480, height: 270 },
      { name: "1200w", href: `${SITE}/media/m1-1200.webp`, contentType: "image/webp", width: 1200, height: 675 },
    ]);
    // Nothing printed under the picture: no caption, no credit (never empty strings).
    expect(second.by).toBeUndefined();
    expect(second.descriptions).toEqual([{ role: "alt", contentType: "text/plain", value: "Ảnh m2" }]);
    expect(new Set(ninjs.associations?.map((a) => a.uri)).size).toBe(3);
  });

  it("leaves out what the article does not have", () => {
    const bare = { ...article, cover: null, figures: [], authors: [], corrections: [], lead: "" };
    const ninjs = toNinjs(bare);
    expect(ninjsErrors(ninjs)).toEqual([]);
    expect(ninjs.associations).toBeUndefined();
    expect(ninjs.by).toBeUndefined();
    expect(ninjs.people).toBeUndefined();
    expect(ninjs.descriptions).toEqual([]);
    expect(ninjs.copyrightHolder).toBeUndefined();
  });

  it("joins bylines the way the article's language does", () => {
    expect(toNinjs({ ...article, language: "en" }).by).toBe("Hoài Thu and Minh Quân");
  });

  it("keeps the item's uri when the slug changes", () => {
    expect(ninjsItemUri({ id: "art1", url: `${SITE}/thoi-su/other-slug` })).toBe(`${SITE}/api/v1/articles/art1`);
  });
});

describe("the ninjs validator", () => {
  it("accepts the IPTC's own example", () => {
    expect(ninjsErrors(ninjsExample())).toEqual([]);
  });

  it("refuses what is not ninjs", () => {
    expect(ninjsErrors({ uri: 1 })).not.toEqual([]);
    expect(ninjsErrors({ type: "text" })).not.toEqual([]);
    expect(ninjsErrors({ ...toNinjs(article), caption: "no such property" })).not.toEqual([]);
  });
});
