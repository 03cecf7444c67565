// The publish checks themselves (lib/articles/publish-checks.ts), pure
// functions the browser and the server share: which images count as lacking
// alt text (figures, gallery images, the cover, videos with a poster but no
// title), where they are, and the pass/warn state and counts; and which
// warnings an override leaves.
import { describe, expect, it } from "vitest";
import { PUBLISH_CHECK_IDS, runPublishChecks as runWith, unoverridden, warningsOf, type PublishContent } from "@/lib/articles/publish-checks";
import type { JsonNode } from "@/lib/content/json-node";
import { WRITING_DEFAULTS, writingSettingsOf } from "@/lib/settings/writing";

// The other fields blank, and the newsroom's default settings: only the body and cover matter here.
const runPublishChecks = (content: Partial<PublishContent> & { body: JsonNode }) =>
  runWith({ title: "", lead: "", seoTitle: "", seoDescription: "", ...content }, writingSettingsOf(WRITING_DEFAULTS));

const doc = (...content: JsonNode[]): JsonNode => ({ type: "doc", content });
const para = (text: string): JsonNode => ({ type: "paragraph", content: [{ type: "text", text }] });
const figure = (alt: string, caption = "", src = "/media/abc123-960.webp", credit = ""): JsonNode => ({ type: "figure", attrs: { src, alt, caption, credit } });
const shot = (alt: string, caption = "", src = "/media/g1-960.webp"): JsonNode => ({ type: "galleryImage", attrs: { src, mediaId: "m", alt, caption, credit: "" } });
const gallery = (...images: JsonNode[]): JsonNode => ({ type: "gallery", attrs: { layout: "slideshow" }, content: images });
const video = (attrs: Record<string, unknown>): JsonNode => ({ type: "video", attrs: { mediaId: "v", src: "/media/v.mp4", posterId: null, posterSrc: "", title: "", caption: "", ...attrs } });

const missingAlt = (content: Partial<PublishContent> & { body: JsonNode }) => runPublishChecks(content).find((r) => r.id === "missingAlt")!;

describe("missingAlt", () => {
  it("passes an article whose images all have alt text, or that has none", () => {
    expect(missingAlt({ body: doc(para("Chỉ có chữ.")) })).toEqual({ id: "missingAlt", state: "pass", count: 0, details: [] });
    const described = missingAlt({ body: doc(figure("Cầu Trường Tiền"), gallery(shot("Thuyền rồng"), shot("Pháo hoa"))), cover: { alt: "Đèn lồng Hội An" } });
    expect(described).toMatchObject({ state: "pass", count: 0 });
  });

  it("finds figures without alt text (blank counts as none), with their place and caption or file", () => {
    const result = missingAlt({ body: doc(figure("Có mô tả"), para("…"), figure("  ", "Người dân sơ tán"), figure("", "", "/media/lu-lut-960.webp?v=2")) });
    expect(result).toEqual({
      id: "missingAlt",
      state: "warn",
      count: 2,
      details: [
        { item: "figure", position: 2, text: "Người dân sơ tán" },
        { item: "figure", position: 3, text: "lu-lut-960.webp" },
      ],
    });
  });

  it("finds gallery images without alt text, numbered across the body's galleries", () => {
    const result = missingAlt({ body: doc(gallery(shot("Một"), shot("", "Đua thuyền")), para("Giữa hai bộ ảnh."), gallery(shot(""))) });
    expect(result.count).toBe(2);
    expect(result.details).toEqual([
      { item: "galleryImage", position: 2, text: "Đua thuyền" },
      { item: "galleryImage", position: 3, text: "g1-960.webp" },
    ]);
  });

  it("counts the cover when its alt text is empty, not when there is none or it is unknown", () => {
    const body = doc(figure("Mô tả"));
    expect(missingAlt({ body, cover: { alt: "" } })).toMatchObject({ state: "warn", count: 1, details: [{ item: "cover", text: "" }] });
    expect(missingAlt({ body, cover: null }).count).toBe(0);
    expect(missingAlt({ body, cover: undefined }).count).toBe(0);
  });

  it("counts a video with a poster but no title (the title names the player); not one without a poster", () => {
    const result = missingAlt({
      body: doc(video({ posterId: "p1", posterSrc: "/media/poster-960.webp", caption: "Lễ hội đền Hùng" }), video({ posterId: "p2", title: "Khai mạc lễ hội" }), video({})),
    });
    expect(result.details).toEqual([{ item: "video", position: 1, text: "Lễ hội đền Hùng" }]);
  });

  it("adds up everything in one warning", () => {
    const result = missingAlt({ body: doc(figure(""), gallery(shot(""), shot("")), video({ posterSrc: "/media/p.webp" })), cover: { alt: "" } });
    expect(result.count).toBe(5);
    expect(result.details.map((d) => d.item)).toEqual(["cover", "figure", "galleryImage", "galleryImage", "video"]);
  });

  it("looks inside other blocks (a figure in a list item or blockquote)", () => {
    const result = missingAlt({ body: doc({ type: "blockquote", content: [figure("")] }) });
    expect(result.count).toBe(1);
  });
});

describe("the table", () => {
  it("runs every check in order, each with a state and a count", () => {
    const results = runPublishChecks({ body: doc(para("x")) });
    expect(results.map((r) => r.id)).toEqual([...PUBLISH_CHECK_IDS]);
    for (const r of results) expect(r.state).toBe(r.count ? "warn" : "pass");
  });

  it("lists warnings, and those an override leaves", () => {
    const results = runPublishChecks({ body: doc(figure("")) });
    // The figure has no credit either.
    expect(warningsOf(results).map((r) => r.id)).toEqual(["missingAlt", "missingCredit"]);
    expect(unoverridden(results, [])).toHaveLength(2);
    expect(unoverridden(results, ["missingAlt"]).map((r) => r.id)).toEqual(["missingCredit"]);
    expect(unoverridden(results, ["missingAlt", "missingCredit"])).toEqual([]);
    expect(unoverridden(runPublishChecks({ body: doc(figure("ok", "", "/media/a-960.webp", "Ảnh: TTXVN")) }), [])).toEqual([]);
  });
});
