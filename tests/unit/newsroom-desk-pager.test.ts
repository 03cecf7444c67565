// The desk's page links (/newsroom): they carry the view, every filter and the
// cursor, in every interface language, and the page reads them back as they
// were. Rendered as in tests/unit/newsroom-render.test.ts; no database.
import { createElement } from "react";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { deskHref, parseDeskQuery, type NewsroomFilter } from "@/lib/articles/desk-query";
import { availableLocales, messageFor } from "@/lib/i18n/catalogue";
import { DeskPager } from "@/components/newsroom/desk-pager";

const filter: NewsroomFilter = { view: "review", status: "IN_REVIEW", sectionId: "s1", author: "Lan Anh", q: "lũ & bão" };

/** The query string of the first link in `html` whose text is `label`. */
function linkQuery(html: string, label: string): URLSearchParams {
  const escaped = label.replace(/&/g, "&amp;").replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const match = new RegExp(`<a [^>]*href="([^"]*)"[^>]*>${escaped}</a>`).exec(html);
  expect(match, `a link reading ${label}`).not.toBeNull();
  return new URL(match![1].replace(/&amp;/g, "&"), "http://desk.test").searchParams;
}

describe("the desk's page links", () => {
  for (const locale of availableLocales()) {
    it(`keep the view and filters, in ${locale}`, () => {
      const html = renderToString(createElement(DeskPager, { previous: deskHref(filter, "back"), next: deskHref(filter, "on"), locale }));
      expect(html).toContain(`aria-label="${messageFor(locale, "newsroom.dashboard.pagesLabel")}"`);
      const next = linkQuery(html, messageFor(locale, "newsroom.dashboard.nextPage"));
      expect(Object.fromEntries(next)).toEqual({ view: "review", status: "IN_REVIEW", section: "s1", author: "Lan Anh", q: "lũ & bão", cursor: "on" });
      expect(parseDeskQuery(Object.fromEntries(next), ["s1"])).toEqual({ filter, cursor: "on" });
      expect(linkQuery(html, messageFor(locale, "newsroom.dashboard.previousPage")).get("cursor")).toBe("back");
    });
  }

  it("show only the directions there are pages in, and nothing on a single page", () => {
    const html = renderToString(createElement(DeskPager, { previous: null, next: deskHref({ sectionId: "s1" }, "on"), locale: "en" }));
    expect(html).toContain('href="/newsroom?section=s1&amp;cursor=on"');
    expect(html).not.toContain(messageFor("en", "newsroom.dashboard.previousPage"));
    expect(renderToString(createElement(DeskPager, { previous: null, next: null, locale: "en" }))).toBe("");
  });

  it("leave out what is not chosen: the first page of all articles is plain /newsroom", () => {
    expect(deskHref({ view: "all" })).toBe("/newsroom");
    expect(deskHref({ view: "mine" }, null)).toBe("/newsroom?view=mine");
    // Unknown views, statuses and sections in an address are ignored, not errors.
    expect(parseDeskQuery({ view: "nope", status: "LOST", section: "gone", cursor: "" }, ["s1"])).toEqual({
      filter: { view: "all", status: undefined, sectionId: undefined, author: undefined, q: undefined },
      cursor: undefined,
    });
  });
});
