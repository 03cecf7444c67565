// The publish checks' warnings as the newsroom shows them, in every interface
// language with every message they ask for (only the groups the newsroom
// layout hands to the browser): the confirm dialog listing the warnings with
// which images, the reason field and "Publish anyway"; the media library's
// "missing alt text" filter, count and badge (on images only).
import { createElement } from "react";
import { describe, expect, it, vi } from "vitest";
import { PUBLISH_CHECK_IDS, runPublishChecks, warningsOf } from "@/lib/articles/publish-checks";
import { availableLocales } from "@/lib/i18n/catalogue";
import { WRITING_DEFAULTS, writingSettingsOf } from "@/lib/settings/writing";
import { actionStub, renderInNewsroom as render, say } from "@/tests/support/render-newsroom";

vi.mock("next/navigation", () => ({ useRouter: () => ({ refresh() {}, push() {} }) }));
for (const action of ["delete-media", "update-media"]) vi.doMock(`@/lib/actions/media/${action}`, actionStub);

// An article that trips every check (titleSearch only without an SEO
// title, seoTitle only with one): each warning's message must render.
const settings = writingSettingsOf({ ...WRITING_DEFAULTS, datelinePrefix: "(Baonghean.vn) -" });
const tripping = {
  title: "Tiêu đề ".repeat(15),
  lead: "Sáng nay, ".repeat(40),
  seoTitle: "Tiêu đề cho máy tìm kiếm, ".repeat(3),
  seoDescription: "Mô tả ".repeat(40),
  language: "vi",
  body: {
    type: "doc",
    content: [
      { type: "figure", attrs: { src: "/media/a-960.webp", alt: "", caption: "Đê sông Lam" } },
      { type: "gallery", content: [{ type: "galleryImage", attrs: { src: "/media/b-960.webp", alt: "", caption: "" } }] },
      { type: "paragraph", content: [{ type: "text", text: "Nước lên của của (nhanh  quá." }] },
    ],
  },
  cover: { alt: "" },
};
const withSeo = warningsOf(runPublishChecks(tripping, settings));
const withoutSeo = warningsOf(runPublishChecks({ ...tripping, seoTitle: "" }, settings));
const warnings = PUBLISH_CHECK_IDS.map((id) => withSeo.find((w) => w.id === id) ?? withoutSeo.find((w) => w.id === id)!);

const item = (id: string, kind: "image" | "video", alt: string) => ({
  id,
  src: `/media/${id}-960.webp`,
  srcSet: "",
  width: 960,
  height: 640,
  alt,
  caption: `Item ${id}`,
  credit: "",
  originalName: `${id}.png`,
  kind,
  focalX: null,
  focalY: null,
  createdAt: "2026-11-29T05:04:00.000Z",
  sizeBytes: 1024,
  usage: 0,
  uploadedById: "u1",
  manageable: false,
});

describe("publish warnings", () => {
  for (const locale of availableLocales()) {
    it(`render in ${locale}`, async () => {
      const { ConfirmDialog } = await import("@/components/newsroom/workflow/confirm-dialog");
      const request = { title: "T", text: "X", confirm: say(locale, "workflow.steps.publish"), anyway: say(locale, "workflow.checks.anyway"), warnings };
      const html = render(locale, createElement(ConfirmDialog, { request, onSettle: () => {} }));
      expect(warnings.every(Boolean)).toBe(true);
      for (const w of warnings) expect(html).toContain(say(locale, `workflow.checks.${w.id}`, { count: w.count }));
      expect(html).toContain(say(locale, "workflow.checks.missingAlt", { count: 3 }));
      const headline = messageOf(locale, "workflow.checks.items.title", { position: 0 });
      expect(html).toContain(say(locale, "workflow.checks.withLength", { item: headline, length: 119, limit: 100 }));
      const paragraph = messageOf(locale, "workflow.checks.items.paragraph", { position: 1 });
      expect(html).toContain(say(locale, "workflow.checks.withText", { item: paragraph, text: "của của" }));
      expect(html).toContain(say(locale, "workflow.checks.items.cover"));
      expect(html).toContain(say(locale, "workflow.checks.withText", { item: messageOf(locale, "workflow.checks.items.figure", { position: 1 }), text: "Đê sông Lam" }));
      expect(html).toContain(say(locale, "workflow.checks.withText", { item: messageOf(locale, "workflow.checks.items.galleryImage", { position: 1 }), text: "b-960.webp" }));
      expect(html).toContain(say(locale, "workflow.checks.reason"));
      expect(html).toContain(`>${say(locale, "workflow.checks.anyway")}</button>`);
      expect(html).not.toContain(`>${say(locale, "workflow.steps.publish")}</button>`);

      // Without warnings: the plain question, no list, no reason field.
      const plain = render(locale, createElement(ConfirmDialog, { request: { ...request, warnings: [] }, onSettle: () => {} }));
      expect(plain).not.toContain("publish-warnings");
      expect(plain).toContain(`>${say(locale, "workflow.steps.publish")}</button>`);

      const { MediaLibrary } = await import("@/app/newsroom/media/media-library");
      const limits = { maxUploadBytes: 1024 * 1024, maxTextLength: 500, accept: "image/png" };
      const items = [item("lacking", "image", ""), item("described", "image", "Mô tả"), item("clip", "video", "")];
      const media = render(locale, createElement(MediaLibrary, { q: "", total: 3, limits, items, missingAlt: false, lackingAlt: 1 }));
      expect(media).toContain(say(locale, "media.missingAltFilter"));
      expect(media).toContain(say(locale, "media.missingAltCount", { count: 1 }));
      expect(media).toContain('href="/newsroom/media?alt=missing"');
      // One badge: the image without alt text; not the described one, not the video.
      expect(media.split('data-testid="no-alt-badge"').length - 1).toBe(1);
      const filtered = render(locale, createElement(MediaLibrary, { q: "", total: 1, limits, items: [items[0]], missingAlt: true, lackingAlt: 1 }));
      expect(filtered).toMatch(/name="alt" checked="" value="missing"/);
    });
  }
});

/** The catalogue's text unescaped, to nest inside another message before escaping. */
function messageOf(locale: string, key: string, values: Record<string, string | number>) {
  return say(locale, key, values).replace(/&amp;/g, "&");
}
