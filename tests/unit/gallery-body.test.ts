// @vitest-environment happy-dom
// Galleries in article bodies (lib/content/galleries.ts): the server's rules
// (a gallery image is checked exactly like a figure; images only, 1 to
// GALLERY_MAX_IMAGES; a known layout), the same rules one attribute at a time
// as the collaboration server checks them, the reader's HTML (escaped,
// responsive, the island's marker on slideshows only), plain text, and the
// editor's copy and paste keeping images, texts and order.
import { DOMParser as PmParser, DOMSerializer } from "@tiptap/pm/model";
import { describe, expect, it } from "vitest";
import { bodySchema, bodyToText, prepareBody, validateBody } from "@/lib/content/body";
import { checkGalleryAttrs, GALLERY_MAX_IMAGES, galleryImages } from "@/lib/content/galleries";
import { islandsIn } from "@/lib/reader/islands";
import { firstBodyImage } from "@/lib/reader/head";

const image = (n: number, extra: Record<string, unknown> = {}) => ({
  type: "galleryImage",
  attrs: { src: `/media/k${n}-720.webp`, mediaId: `m${n}`, width: 720, height: 480, alt: `Ảnh ${n}`, caption: `Lễ hội ${n}`, credit: "Ảnh: Hải Vương", ...extra },
});
const gallery = (images: unknown[], attrs: Record<string, unknown> = { layout: "slideshow" }) => ({ type: "gallery", attrs, content: images });
const doc = (...content: unknown[]) => ({ type: "doc", content });
const para = (text: string) => ({ type: "paragraph", content: [{ type: "text", text }] });

describe("gallery validation", () => {
  it("accepts a good gallery in either layout", () => {
    expect(() => validateBody(doc(para("Mở đầu"), gallery([image(1), image(2)])))).not.toThrow();
    expect(() => validateBody(doc(gallery([image(1)], { layout: "story" })))).not.toThrow();
  });

  it.each([
    ["a javascript: source", gallery([image(1, { src: "javascript:alert(1)" })]), /Image source/],
    ["a data: source", gallery([image(1, { src: "data:image/png;base64,AAAA" })]), /Image source/],
    ["an http source", gallery([image(1, { src: "http://example.com/a.jpg" })]), /Image source/],
    ["an image without a source", gallery([{ type: "galleryImage", attrs: { alt: "x" } }]), /Image source/],
    ["an unknown image attribute", gallery([image(1, { onclick: "x" })]), /Unknown attribute "onclick"/],
    ["an unknown gallery attribute", gallery([image(1)], { layout: "slideshow", style: "x" }), /Unknown attribute "style"/],
    ["an unknown layout", gallery([image(1)], { layout: "carousel3d" }), /layout/],
    ["a width that is not a whole number", gallery([image(1, { width: 1.5 })]), /width/],
    ["a caption that is not text", gallery([image(1, { caption: 12 })]), /caption/],
    ["a paragraph inside", gallery([image(1), para("lạc chỗ")]), /only images|structure/],
    ["a figure inside", gallery([{ type: "figure", attrs: image(1).attrs }]), /only images|structure/],
    ["an empty gallery", gallery([]), /at least one image/],
    ["a gallery without content", { type: "gallery", attrs: { layout: "slideshow" } }, /at least one image/],
    ["too many images", gallery(Array.from({ length: GALLERY_MAX_IMAGES + 1 }, (_, i) => image(i))), new RegExp(`at most ${GALLERY_MAX_IMAGES}`)],
  ])("refuses %s", (_, node, message) => {
    expect(() => validateBody(doc(node))).toThrow(message);
  });

  it("accepts exactly the maximum", () => {
    expect(() => validateBody(doc(gallery(Array.from({ length: GALLERY_MAX_IMAGES }, (_, i) => image(i)))))).not.toThrow();
  });

  it("refuses a gallery image outside a gallery", () => {
    expect(() => validateBody(doc(image(1)))).toThrow(/structure/);
  });

  it("checks one attribute at a time as the collaboration server sends them", () => {
    expect(() => checkGalleryAttrs("galleryImage", { caption: "Được" }, "")).not.toThrow();
    expect(() => checkGalleryAttrs("galleryImage", { src: "javascript:alert(1)" }, "")).toThrow(/Image source/);
    expect(() => checkGalleryAttrs("galleryImage", { height: -3 }, "")).toThrow(/height/);
    expect(() => checkGalleryAttrs("gallery", { layout: "story" }, "")).not.toThrow();
    expect(() => checkGalleryAttrs("gallery", { layout: "grid" }, "")).toThrow(/layout/);
  });
});

describe("a gallery's reader HTML", () => {
  const media = new Map([["m1", { fileKey: "k1", variants: [360, 720], formats: "webp,avif" }]]);

  it("renders a slideshow as a list of figures for the island, escaped and responsive", () => {
    const evil = image(1, { caption: '<script>alert("x")</script>', credit: "A & B", alt: '"><img src=x onerror=alert(1)>' });
    const { html } = prepareBody(doc(para("Mở đầu"), gallery([evil, image(2)])), media);
    expect(html).toContain('<figure class="gallery" data-island="gallery" data-layout="slideshow"><ol class="gallery-slides"><li><figure>');
    expect(html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; <span class=\"credit\">A &amp; B</span>");
    expect(html).not.toContain("<script");
    expect(html).not.toContain("<img src=x");
    expect(html).toContain('srcset="/media/k1-360.webp 360w, /media/k1-720.webp 720w"');
    expect(html).toContain('<source type="image/avif" srcset="/media/k1-360.avif 360w, /media/k1-720.avif 720w"');
    expect(html).toContain('width="720" height="480"');
    expect(html.match(/<li><figure>/g)).toHaveLength(2);
    expect(html).not.toContain("<button");
    expect(islandsIn(html)).toEqual(["gallery"]);
  });

  it("loads the first image at once only when it is the article's first", () => {
    const first = prepareBody(doc(gallery([image(1), image(2)])), media).html;
    expect(first.match(/fetchpriority="high"/g)).toHaveLength(1);
    expect(first.match(/loading="lazy"/g)).toHaveLength(1);
    expect(firstBodyImage(first)[0].href).toBe("/media/k1-720.webp");
    const figureFirst = prepareBody(doc({ type: "figure", attrs: { ...image(9).attrs, mediaId: null } }, gallery([image(1), image(2)])), media).html;
    expect(figureFirst.match(/fetchpriority="high"/g)).toHaveLength(1);
    expect(figureFirst.match(/loading="lazy"/g)).toHaveLength(2);
  });

  it("renders a photo story as plain figures with no script", () => {
    const { html } = prepareBody(doc(gallery([image(1), image(2)], { layout: "story" })), media);
    expect(html.startsWith('<div class="photo-story"><figure><picture>')).toBe(true);
    expect(html.match(/<figure>/g)).toHaveLength(2);
    expect(html).toContain("<figcaption>Lễ hội 2 <span class=\"credit\">Ảnh: Hải Vương</span></figcaption>");
    expect(islandsIn(html)).toEqual([]);
  });

  it("gives search the captions and credits, and lists the images in order", () => {
    const body = doc(para("Mở đầu"), gallery([image(2), image(1)]));
    expect(bodyToText(body as never)).toBe("Mở đầu\n\nLễ hội 2 Ảnh: Hải Vương\n\nLễ hội 1 Ảnh: Hải Vương");
    expect(galleryImages(body as never).map((a) => a.mediaId)).toEqual(["m2", "m1"]);
  });
});

describe("a gallery copied and pasted in the editor", () => {
  it("reads back the same images, texts, order and layout", () => {
    const schema = bodySchema();
    const node = gallery([image(3), image(1, { mediaId: null, width: null, height: null, credit: "" }), image(2)], { layout: "story" });
    const pm = schema.nodeFromJSON(doc(node));
    const html = document.createElement("div");
    html.appendChild(DOMSerializer.fromSchema(schema).serializeFragment(pm.content));
    const parsed = PmParser.fromSchema(schema).parse(html);
    expect(parsed.toJSON().content).toEqual([node]);
  });
});
