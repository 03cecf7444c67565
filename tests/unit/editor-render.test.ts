// The editor renders in every interface language with every message it asks
// for: server-rendered with the catalogue's "editor" and "workflow" groups,
// any missing message fails the test. Server actions and the router are
// stood in for; nothing here talks to a database.
import { createElement } from "react";
import { describe, expect, it, vi } from "vitest";
import type { EditorArticle, TranslationsView, WorkflowView } from "@/lib/articles/editor-state";
import { availableLocales } from "@/lib/i18n/catalogue";
import { renderInNewsroom, say } from "@/tests/support/render-newsroom";

vi.mock("next/navigation", () => ({ useRouter: () => ({ refresh() {}, push() {} }) }));
for (const action of [
  "add-correction",
  "publish-update",
  "schedule-unpublish",
  "set-featured",
  "transition-article",
  "create-translation",
  "find-translation-candidates",
  "link-translation",
  "unlink-translation",
]) {
  vi.doMock(`@/lib/actions/articles/${action}`, () => new Proxy({}, { get: (_t, name) => (name === "then" ? undefined : async () => ({ ok: true })) }));
}
vi.mock("@/lib/actions/media/search-media", () => ({ searchMediaAction: async () => ({ ok: true, items: [] }) }));

const article: EditorArticle = {
  id: "a1",
  version: 3,
  status: "PUBLISHED",
  updatedAt: "2023-06-23T05:04:00.000Z",
  hasPendingChanges: true,
  reviewNote: null,
  title: "Lũ về Kỳ Sơn",
  lead: "Sapo",
  sectionId: "s1",
  slug: "lu-ve-ky-son",
  tags: ["lũ"],
  authors: [{ byline: "Hoài Thu", userId: null }],
  coverMediaId: null,
  seoTitle: "",
  seoDescription: "",
  language: "vi",
  body: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "Nước lên." }] }] },
};

const workflow: WorkflowView = {
  status: "PUBLISHED",
  actions: ["unpublish"],
  reviewNote: null,
  hasPendingChanges: true,
  canPublishUpdate: true,
  canCorrect: true,
  canFeature: true,
  canScheduleUnpublish: true,
  featured: "none",
  scheduledAt: null,
  unpublishAt: null,
  scheduledFor: null,
  publicPath: "/s/lu-ve-ky-son",
  timeZone: "Asia/Ho_Chi_Minh",
  own: false,
  reviewStarted: false,
};

const translations: TranslationsView = {
  links: [{ id: "a2", language: "ru", languageName: "Русский", title: "Наводнение", status: "DRAFT", canUnlink: true }],
  canChange: true,
  freeLanguages: [{ tag: "en", name: "English" }],
};

describe("the article editor", () => {
  for (const locale of availableLocales()) {
    it(`renders in ${locale} with every message it uses`, async () => {
      const { ArticleEditor } = await import("@/components/newsroom/editor/article-editor");
      const html = renderInNewsroom(
        locale,
        createElement(ArticleEditor, {
          initial: article,
          userId: "u1",
          userName: "Lan",
          staff: [{ id: "u1", name: "Lan" }],
          slugIsAuto: false,
          sections: [{ id: "s1", name: "Thời sự" }],
          cover: null,
          readOnly: false,
          workflow,
          languages: [
            { tag: "vi", name: "Tiếng Việt" },
            { tag: "ru", name: "Русский" },
          ],
          siteLanguage: "vi",
          translations,
        }),
      );
      for (const key of ["editor.fields.title", "editor.fields.language", "workflow.panel.publishUpdate", "workflow.steps.unpublish", "editor.translations.create", "workflow.status.DRAFT"]) {
        expect(html, key).toContain(say(locale, key));
      }
      // 12:04 in the site's time zone, whatever the server's.
      expect(html).toContain("12:04");
      expect(html).toContain('href="/newsroom/articles/a2"');
      expect(html).toContain('lang="ru"');
    });
  }
});
