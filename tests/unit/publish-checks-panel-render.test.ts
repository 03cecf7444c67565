// The counts & checks panel's parts and the settings' copy-desk fields as the
// newsroom renders them, in every interface language with only the catalogue
// groups the browser gets: each check's state in words as well as a sign,
// items with a place in the article as buttons (not the cover), the counts in
// syllables for Vietnamese and in words otherwise with the rule explained,
// and the tone-mark choice shown by examples.
import { createElement } from "react";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { runPublishChecks } from "@/lib/articles/publish-checks";
import { countText } from "@/lib/copy-desk/counts";
import { availableLocales } from "@/lib/i18n/catalogue";
import { defaultSiteSettings } from "@/lib/settings/site-settings";
import { WRITING_DEFAULTS, writingSettingsOf } from "@/lib/settings/writing";
import { CheckList } from "@/components/newsroom/editor/copy-desk/check-list";
import { ChecksPanel } from "@/components/newsroom/editor/copy-desk/checks-panel";
import { CountsView } from "@/components/newsroom/editor/copy-desk/counts-view";
import { CopyDeskFields } from "@/app/newsroom/settings/copy-desk-fields";
import { renderInNewsroom as render, say } from "@/tests/support/render-newsroom";

const settings = writingSettingsOf(WRITING_DEFAULTS);
const results = runPublishChecks(
  {
    title: "x".repeat(120),
    lead: "Sapo.",
    seoTitle: "",
    seoDescription: "",
    language: "vi",
    cover: { alt: "", credit: "Ảnh: TTXVN" },
    body: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "Nước của của sông." }] }] },
  },
  settings,
);

describe("the counts & checks panel", () => {
  for (const locale of availableLocales()) {
    it(`lists every check with its state in ${locale}`, () => {
      const html = render(locale, createElement(CheckList, { results, editor: null }));
      for (const r of results) {
        expect(html).toContain(`data-check="${r.id}" data-state="${r.state}"`);
        expect(html).toContain(r.state === "warn" ? say(locale, `workflow.checks.${r.id}`, { count: r.count }) : say(locale, `workflow.checks.pass.${r.id}`));
      }
      expect(html).toContain(say(locale, "copyDesk.panel.warning"));
      expect(html).toContain(say(locale, "copyDesk.panel.passed"));
      // The paragraph and the headline are buttons; the cover (in the library) is not.
      const paragraph = say(locale, "workflow.checks.withText", { item: say(locale, "workflow.checks.items.paragraph", { position: 1 }), text: "của của" });
      expect(html).toContain(`>${paragraph}</button>`);
      expect(html).toContain(`<li>${say(locale, "workflow.checks.items.cover")}</li>`);
    });

    it(`counts in syllables for Vietnamese, in words otherwise, in ${locale}`, () => {
      const vi = countText("Bà Rịa-Vũng Tàu", "vi");
      const html = render(locale, createElement(CountsView, { counts: { body: vi, title: vi, lead: vi }, lang: "vi" }));
      expect(html).toContain(say(locale, "copyDesk.panel.syllables", { count: 4 }));
      expect(html).toContain(say(locale, "copyDesk.panel.words", { count: 3 }));
      expect(html).toContain(say(locale, "copyDesk.panel.ruleSyllable", { perMinute: 250 }));
      const en = countText("Coastal road widened", "en");
      const english = render(locale, createElement(CountsView, { counts: { body: en, title: en, lead: en }, lang: "en" }));
      expect(english).not.toContain(say(locale, "copyDesk.panel.syllables", { count: 3 }));
      expect(english).toContain(say(locale, "copyDesk.panel.words", { count: 3 }));
      expect(english).toContain("copy-desk-counts");
    });

    it(`waits for the body editor in ${locale}`, () => {
      const html = render(locale, createElement(ChecksPanel, { editor: null, doc: new Y.Doc(), content: () => null, lang: "vi", writing: settings }));
      expect(html).toContain(say(locale, "copyDesk.panel.title"));
      expect(html).toContain(say(locale, "copyDesk.panel.waiting"));
    });

    it(`offers the copy desk's settings in ${locale}`, () => {
      const initial = { ...defaultSiteSettings(), datelinePrefix: "(Baonghean.vn) -", toneMarkStyle: "mainVowel" as const };
      const html = render(locale, createElement(CopyDeskFields, { initial, invalid: () => ({}), problem: () => null }));
      for (const key of ["copyDeskHeading", "titleSearchLength", "datelinePrefix", "toneMarkStyle", "toneMarkNone", "toneMarkFirstVowel", "toneMarkMainVowel"]) {
        expect(html).toContain(say(locale, `settings.${key}`));
      }
      expect(html).toContain('value="(Baonghean.vn) -"');
      expect(html).toContain("hòa, thúy, khỏe");
      const radios = html.match(/<input type="radio"[^>]*>/g) ?? [];
      expect(radios.filter((r) => r.includes("checked")).map((r) => /value="(\w+)"/.exec(r)?.[1])).toEqual(["mainVowel"]);
    });
  }
});
