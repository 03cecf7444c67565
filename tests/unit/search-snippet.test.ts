// What a search result shows under its title: the lead when it holds the
// words, else a window of the body around the first match, cut at spaces;
// and the search page's address parameters.
import { describe, expect, it } from "vitest";
import { queryWords } from "@/lib/search/fold";
import { parseSearchParams, searchHref, sinceFor } from "@/lib/search/params";
import { excerpt, SNIPPET_LENGTH, searchSnippet } from "@/lib/search/snippet";

const filler = (word: string, n: number) => Array.from({ length: n }, (_, i) => `${word}${i}`).join(" ");

describe("searchSnippet", () => {
  it("is the lead when the lead holds a word of the query", () => {
    const lead = "Tuyến đường ven biển Nghệ An được mở rộng.";
    expect(searchSnippet(lead, `${filler("x", 200)} nghe an`, queryWords("nghe an"))).toBe(lead);
  });

  it("is a window of the body around the first match when the lead has none", () => {
    const body = `${filler("trước", 80)}.\n\nCảng Cửa Lò đón tàu lớn. ${filler("sau", 80)}`;
    const snippet = searchSnippet("Một bài về biển.", body, queryWords("cua lo"));
    expect(snippet).toMatch(/^…/);
    expect(snippet).toMatch(/…$/);
    expect(snippet).toContain("Cảng Cửa Lò đón tàu lớn.");
    // It starts at the sentence holding the match, and whole words only.
    expect(snippet.startsWith("…Cảng Cửa Lò")).toBe(true);
    expect(snippet.length).toBeLessThanOrEqual(SNIPPET_LENGTH + 2);
    expect(snippet.length).toBeGreaterThan(SNIPPET_LENGTH / 2);
    expect(snippet).not.toMatch(/\n|\s{2}/);
    for (const word of snippet.replace(/…/g, "").split(" ")) expect(body.split(/\s+/)).toContain(word);
  });

  it("finds the body's match through folding (Russian, any case)", () => {
    const body = `${filler("слово", 60)} ДЕМОКРАТИЯ и развитие ${filler("конец", 60)}`;
    expect(searchSnippet("", body, queryWords("демократия"))).toContain("ДЕМОКРАТИЯ и развитие");
  });

  it("falls back to the lead, or the start of the body, when only the title matched", () => {
    expect(searchSnippet("A short lead.", "Nothing here.", queryWords("harbour"))).toBe("A short lead.");
    const body = filler("word", 100);
    const start = searchSnippet("", body, queryWords("harbour"));
    expect(start.startsWith("word0 word1")).toBe(true);
    expect(start.endsWith("…")).toBe(true);
  });

  it("shortens a long lead around its match", () => {
    const lead = `${filler("a", 100)} harbour ${filler("b", 100)}`;
    const snippet = searchSnippet(lead, "", queryWords("harbour"));
    expect(snippet).toContain("harbour");
    expect(snippet.length).toBeLessThan(lead.length / 2);
  });
});

describe("excerpt", () => {
  it("keeps short text whole and never cuts the match", () => {
    expect(excerpt("Short text", { start: 0, end: 5 })).toBe("Short text");
    const text = `${"y".repeat(300)} ${"z".repeat(300)}`;
    const cut = excerpt(text, { start: 301, end: 601 }, 100);
    expect(cut).toContain("z".repeat(300));
  });

  it("does not split a character made of two code units", () => {
    const text = "😀".repeat(300);
    const cut = excerpt(text, { start: 200, end: 202 }, 101).replace(/…/g, "");
    expect(cut).toMatch(/^(😀)+$/u);
  });
});

describe("search parameters", () => {
  const slugs = ["thoi-su", "van-hoa"];
  it("reads the query, filters and page, ignoring values that make no sense", () => {
    expect(parseSearchParams(new URLSearchParams("q=  ha noi &section=van-hoa&date=week&page=3"), slugs)).toEqual({
      query: "ha noi",
      section: "van-hoa",
      date: "week",
      page: 3,
    });
    expect(parseSearchParams(new URLSearchParams("q=x&section=nope&date=decade&page=abc"), slugs)).toEqual({ query: "x", section: null, date: null, page: 1 });
    expect(parseSearchParams(new URLSearchParams("section=&date=&page=0"), slugs)).toEqual({ query: "", section: null, date: null, page: 1 });
    expect(parseSearchParams(new URLSearchParams(`q=${"a".repeat(500)}`), slugs).query).toHaveLength(200);
  });

  it("writes addresses that keep the filters and leave out empty ones", () => {
    expect(searchHref({ query: "hà nội", section: "thoi-su", date: "day" }, 2)).toBe("/search?q=h%C3%A0+n%E1%BB%99i&section=thoi-su&date=day&page=2");
    expect(searchHref({ query: "x", section: null, date: null })).toBe("/search?q=x");
  });

  it("counts periods back from now", () => {
    const now = new Date("2026-11-29T07:00:00Z");
    expect(sinceFor("day", now).toISOString()).toBe("2026-11-28T07:00:00.000Z");
    expect(sinceFor("week", now).toISOString()).toBe("2026-11-22T07:00:00.000Z");
  });
});
