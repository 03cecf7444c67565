// The article page's lead image rule (lib/reader/head.ts): the cover is the
// lead image unless the body shows a figure before its first paragraph or
// the site setting is off. Bodies are made by the real body renderer, so the
// rule is checked against the HTML Sapo stores. Also the share links'
// addresses (components/site/share-links.tsx).
import { describe, expect, it } from "vitest";
import { BODY_IMAGE_SIZES, prepareBody, type JsonNode } from "@/lib/content/body";
import { figureBeforeFirstParagraph, leadCover } from "@/lib/reader/head";
import { LEAD_IMAGE_SIZES } from "@/lib/reader/images";
import { shareTargets } from "@/components/site/share-links";

const text = (s: string): JsonNode => ({ type: "paragraph", content: [{ type: "text", text: s }] });
const figure: JsonNode = { type: "figure", attrs: { src: "/media/abc-960.webp", alt: "Hall", caption: "The hall.", width: 960, height: 540 } };
const html = (...content: JsonNode[]) => prepareBody({ type: "doc", content }).html;

describe("a figure before the first paragraph", () => {
  it("is found when the body opens with a picture, or has a picture and no paragraph at all", () => {
    expect(figureBeforeFirstParagraph(html(figure, text("First.")))).toBe(true);
    expect(figureBeforeFirstParagraph(html(figure))).toBe(true);
    expect(figureBeforeFirstParagraph(html({ type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: "Title" }] }, figure, text("First.")))).toBe(true);
  });

  it("does not count empty paragraphs left above the picture", () => {
    expect(figureBeforeFirstParagraph(html({ type: "paragraph" }, figure, text("First.")))).toBe(true);
    expect(figureBeforeFirstParagraph(html({ type: "paragraph", content: [{ type: "hardBreak" }] }, figure, text("First.")))).toBe(true);
  });

  it("is not found when a paragraph with text comes first, or when there is no picture", () => {
    expect(figureBeforeFirstParagraph(html(text("First."), figure))).toBe(false);
    expect(figureBeforeFirstParagraph(html({ type: "blockquote", content: [text("Quoted.")] }, figure))).toBe(false);
    expect(figureBeforeFirstParagraph(html(text("Only words.")))).toBe(false);
    expect(figureBeforeFirstParagraph("")).toBe(false);
  });
});

describe("the lead cover", () => {
  const cover = { fileKey: "k", caption: "Cover" };
  const on = { coverAsLeadImage: true };

  it("is the cover when the body does not open with a picture", () => {
    expect(leadCover(on, { coverMedia: cover, bodyHtml: html(text("First."), figure) })).toBe(cover);
    expect(leadCover(on, { coverMedia: cover, bodyHtml: html(text("First.")) })).toBe(cover);
  });

  it("is none with a picture first, without a cover, or with the setting off", () => {
    expect(leadCover(on, { coverMedia: cover, bodyHtml: html(figure, text("First.")) })).toBeNull();
    expect(leadCover(on, { coverMedia: null, bodyHtml: html(text("First.")) })).toBeNull();
    expect(leadCover({ coverAsLeadImage: false }, { coverMedia: cover, bodyHtml: html(text("First.")) })).toBeNull();
  });

  it("is shown as wide as the body's figures", () => {
    expect(LEAD_IMAGE_SIZES).toBe(BODY_IMAGE_SIZES);
  });
});

describe("share links", () => {
  it("carry the canonical address, encoded, to Facebook, Zalo and X", () => {
    const url = "https://baonghean.example/thoi-su/duong-ven-bien?a=1&b=2";
    const encoded = encodeURIComponent(url);
    const targets = shareTargets(url, "Đường ven biển & cảng");
    expect(targets.map((t) => t.network)).toEqual(["Facebook", "Zalo", "X"]);
    for (const t of targets) {
      expect(new URL(t.href).protocol).toBe("https:");
      expect(t.href).toContain(encoded);
      expect(t.href).not.toContain(url);
    }
    const x = new URL(targets[2].href);
    expect(x.searchParams.get("url")).toBe(url);
    expect(x.searchParams.get("text")).toBe("Đường ven biển & cảng");
    expect(new URL(targets[0].href).searchParams.get("u")).toBe(url);
    expect(new URL(targets[1].href).searchParams.get("url")).toBe(url);
  });
});
