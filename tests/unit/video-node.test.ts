// The video node's rules and reader HTML without a database
// (lib/content/videos.ts), and the container probe on damaged input
// (lib/media/video-probe.ts).
import { describe, expect, it } from "vitest";
import { checkVideoAttrs, renderVideoHtml, videosInHtml } from "@/lib/content/videos";
import type { MediaVariants } from "@/lib/content/render-context";
import { feedBodyHtml } from "@/lib/feeds/rss";
import { probeVideo } from "@/lib/media/video-probe";
import { mp4File, webmFile } from "@/tests/support/video-files";

const VIDEO = "a".repeat(20);
const POSTER = "b".repeat(20);
const SUBS = "c".repeat(20);
const media: MediaVariants = new Map([
  ["v1", { fileKey: VIDEO, variants: "", kind: "video", mimeType: "video/webm", width: 1280, height: 720, durationSeconds: 12.5 }],
  ["p1", { fileKey: POSTER, variants: "480,960", kind: "image" }],
  ["c1", { fileKey: SUBS, variants: "", kind: "captions", language: "en", caption: "" }],
]);
const node = (attrs: Record<string, unknown>) => ({ type: "video", attrs: { mediaId: "v1", posterId: "p1", captionsId: "c1", title: "", caption: "", credit: "", ...attrs } });

describe("video attributes", () => {
  it("accepts library ids, library addresses and plain text", () => {
    expect(() => checkVideoAttrs({ mediaId: "cm1abc", src: `/media/${VIDEO}.mp4`, posterSrc: "https://cdn.example/m/x.webp", width: 640, title: "Đua thuyền" }, "")).not.toThrow();
    expect(() => checkVideoAttrs({ posterId: null, captionsId: null, src: "" }, "")).not.toThrow();
  });

  it("refuses other addresses, odd ids, sizes and non-text", () => {
    for (const attrs of [
      { src: "javascript:alert(1)" },
      { posterSrc: "data:image/png;base64,AAAA" },
      { posterSrc: "http://insecure.example/p.jpg" },
      { src: "/media/../../etc/passwd" },
      { mediaId: "x y" },
      { captionsId: 5 },
      { width: 0 },
      { height: 1.5 },
      { title: 7 },
      { caption: "x".repeat(1001) },
    ]) {
      expect(() => checkVideoAttrs(attrs, "doc.0"), JSON.stringify(attrs)).toThrow();
    }
  });
});

describe("the reader's HTML", () => {
  it("uses the items' addresses, captions from this site, and English label by default", () => {
    const html = renderVideoHtml(node({ src: "https://evil.example/v.mp4" }), { media, figures: 0 });
    expect(html).toContain(`<source src="/media/${VIDEO}.webm" type="video/webm">`);
    expect(html).toContain(`poster="/media/${POSTER}-960.webp"`);
    expect(html).toContain(`<track kind="captions" src="/media/${SUBS}.vtt" srclang="en" label="English" default>`);
    expect(html).not.toContain("evil");
  });

  it("leaves out items of the wrong kind, and renders nothing without a video", () => {
    const html = renderVideoHtml(node({ posterId: "c1", captionsId: "p1" }), { media, figures: 0 });
    expect(html).toContain("<video");
    expect(html).not.toContain("poster=");
    expect(html).not.toContain("<track");
    expect(renderVideoHtml(node({ mediaId: "p1" }), { media, figures: 0 })).toBe("");
  });

  it("has absolute addresses in feeds, the poster's too", () => {
    const html = feedBodyHtml(renderVideoHtml(node({}), { media, figures: 0 }), "https://news.example");
    expect(html).toContain(`poster="https://news.example/media/${POSTER}-960.webp"`);
    expect(html).toContain(`<source src="https://news.example/media/${VIDEO}.webm"`);
    expect(html).toContain(`<track kind="captions" src="https://news.example/media/${SUBS}.vtt"`);
  });

  it("is read back for JSON-LD", () => {
    const html = renderVideoHtml(node({ title: 'A "race" & <more>', caption: "At dawn", credit: "MH" }), { media, figures: 0 });
    expect(videosInHtml(`<p>x</p>${html}<p>y</p>`)).toEqual([
      { title: 'A "race" & <more>', caption: "At dawn", src: `/media/${VIDEO}.webm`, type: "video/webm", poster: `/media/${POSTER}-960.webp`, durationSeconds: 12.5 },
    ]);
  });
});

describe("the container probe", () => {
  it("says nothing, and does not throw, for cut or damaged files", () => {
    for (const bytes of [mp4File().subarray(0, 40), webmFile().subarray(0, 30), Buffer.alloc(0), Buffer.from([0, 0, 0, 1, 0x6d, 0x6f, 0x6f, 0x76])]) {
      expect(() => probeVideo(bytes, "mp4")).not.toThrow();
      expect(() => probeVideo(bytes, "webm")).not.toThrow();
    }
    expect(probeVideo(mp4File().subarray(0, 40), "mp4").codecs).toEqual([]);
  });
});
