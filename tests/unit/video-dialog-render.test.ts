// The editor's video dialog and the library's video and captions previews
// render in every newsroom language with every message they ask for, and
// the node's attributes made from the chosen items carry ids and sizes.
import { createElement } from "react";
import { describe, expect, it, vi } from "vitest";
import type { Editor } from "@tiptap/react";
import { availableLocales } from "@/lib/i18n/catalogue";
import type { MediaItem } from "@/lib/media/items";
import { actionStub, renderInNewsroom as render, say } from "@/tests/support/render-newsroom";

vi.doMock("@/lib/actions/media/search-media", actionStub);

const item = (over: Partial<MediaItem>): MediaItem => ({
  id: "m1",
  src: "/media/aaaaaaaaaaaaaaaaaaaa.mp4",
  srcSet: "",
  width: 1280,
  height: 720,
  alt: "",
  caption: "Đua thuyền",
  credit: "MH",
  originalName: "clip.mp4",
  createdAt: "2026-11-29T00:00:00.000Z",
  kind: "video",
  focalX: null,
  focalY: null,
  durationSeconds: 65,
  language: "",
  ...over,
});

describe("video dialog and previews", () => {
  for (const locale of availableLocales()) {
    it(`render in ${locale}`, async () => {
      const { VideoDialog } = await import("@/components/newsroom/editor/video/video-dialog");
      const html = render(locale, createElement(VideoDialog, { editor: { isEditable: true } as unknown as Editor, onClose() {} }));
      for (const key of ["dialogTitle", "uploadVideo", "poster", "choosePoster", "captions", "captionsLanguage", "uploadCaptions", "insert"]) {
        expect(html).toContain(say(locale, `media.video.${key}`));
      }
      expect(html).toMatch(/<input type="file" accept="video\/mp4,video\/webm,[^"]*"/);
      const { MediaFilePreview } = await import("@/app/newsroom/media/media-file-preview");
      const video = render(locale, createElement(MediaFilePreview, { item: item({}) }));
      expect(video).toContain('preload="none"');
      expect(video).not.toContain("<img");
      expect(video).toContain("1:05");
      const captions = render(locale, createElement(MediaFilePreview, { item: item({ kind: "captions", language: "vi", src: "/media/bbbbbbbbbbbbbbbbbbbb.vtt" }) }));
      expect(captions).toContain(say(locale, "media.video.kindCaptions", { language: "vi" }));
    });
  }

  it("makes the node's attributes from the chosen items", async () => {
    const { videoAttrs } = await import("@/components/newsroom/editor/video/video-dialog");
    const poster = item({ id: "p1", kind: "image", src: "/media/cccccccccccccccccccc-960.webp" });
    const captions = item({ id: "c1", kind: "captions", width: 0, height: 0 });
    expect(videoAttrs(item({}), poster, captions, { title: " Lễ hội ", caption: "", credit: "" })).toEqual({
      mediaId: "m1",
      src: "/media/aaaaaaaaaaaaaaaaaaaa.mp4",
      posterId: "p1",
      posterSrc: "/media/cccccccccccccccccccc-960.webp",
      captionsId: "c1",
      width: 1280,
      height: 720,
      title: "Lễ hội",
      caption: "",
      credit: "",
    });
    expect(videoAttrs(item({ width: 0, height: 0 }), null, null, { title: "", caption: "", credit: "" })).toMatchObject({ posterId: null, captionsId: null, width: null, height: null });
  });
});
