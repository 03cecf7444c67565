import { describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { buildRss, type FeedItem } from "@/lib/feeds/rss";
import { foldForSearch, indexText, toFtsQuery, toTsQuery } from "@/lib/search/fold";
import { authorPath, parsePageParam, sectionPath, tagPath } from "@/lib/site/paths";
import { dateModified, jsonLdScript } from "@/lib/site/structured-data";

describe("search folding", () => {
  it("makes Vietnamese, Russian and English case- and mark-insensitive", () => {
    expect(foldForSearch("Nghệ An")).toBe(foldForSearch("NGHE AN"));
    expect(foldForSearch("Đền Cuông")).toBe("den cuong");
    expect(foldForSearch("МОБИЛИЗАЦИЯ")).toBe("мобилизация");
  });

  it("quotes every word so FTS operators are plain text, with a prefix on the last", () => {
    expect(toFtsQuery("nghe an")).toBe('"nghe" "an"*');
    expect(toFtsQuery('Vinh" OR title:x NEAR(')).toBe('"vinh" "or" "title" "x" "near"*');
    expect(toFtsQuery("  ...  ")).toBeNull();
  });
});

describe("site paths", () => {
  it("puts page 1 at the base address and later pages under /page/n", () => {
    expect(sectionPath("politics")).toBe("/politics");
    expect(sectionPath("politics", 3)).toBe("/politics/page/3");
    expect(tagPath("vinh", 2)).toBe("/tag/vinh/page/2");
    expect(authorPath("tsvetenie-slivy")).toBe("/author/tsvetenie-slivy");
  });

  it("accepts only canonical page numbers", () => {
    expect(parsePageParam(undefined)).toBe(1);
    expect(parsePageParam("2")).toBe(2);
    for (const bad of ["1", "0", "02", "-3", "2.5", "abc", "9999999"]) expect(parsePageParam(bad)).toBeNull();
  });
});

describe("machine-readable output", () => {
  it("keeps JSON-LD from closing its script element", () => {
    const out = jsonLdScript({ headline: "</script><script>alert(1)</script>" });
    expect(out).not.toContain("</script>");
    expect(JSON.parse(out)).toEqual({ headline: "</script><script>alert(1)</script>" });
  });

  it("escapes XML and drops characters XML cannot carry", () => {
    const text = `a & b <c> "d" 'e' ]]>\u0001`;
    const item = { id: "a1", title: text, slug: "s", lead: "", publishedAt: null, section: { name: "S", slug: "s" }, authors: [], coverMedia: null };
    const feed = buildRss({ name: "Site", url: "https://example.test", description: "", language: "vi" }, "/rss.xml", [item as FeedItem]);
    expect(feed).not.toContain("<c>");
    // A real XML parser reads the title back whole, less the control
    // character (xmllint ends its answer with a newline).
    const read = execFileSync("xmllint", ["--xpath", "string(/rss/channel/item/title)", "-"], { input: feed }).toString();
    expect(read.replace(/\n$/, "")).toBe(`a & b <c> "d" 'e' ]]>`);
  });

  it("dates a change by the newest update or correction", () => {
    const published = new Date("2026-01-01T00:00:00Z");
    const corrected = new Date("2026-01-03T00:00:00Z");
    expect(dateModified({ publishedAt: published, liveUpdatedAt: null, corrections: [] })).toEqual(published);
    expect(
      dateModified({ publishedAt: published, liveUpdatedAt: new Date("2026-01-02T00:00:00Z"), corrections: [{ createdAt: corrected }] }),
    ).toEqual(corrected);
  });
});

describe("search text for both engines", () => {
  it("indexes folded words only, so no engine reads punctuation as syntax", () => {
    expect(indexText("Апельсины «Cam Vinh» — Nghệ An's <b>pride</b>")).toBe("апельсины cam vinh nghe an s b pride b");
  });

  it("builds the same query for FTS5 and PostgreSQL: all words, the last a prefix", () => {
    expect(toFtsQuery("Cửa Lò")).toBe('"cua" "lo"*');
    expect(toTsQuery("Cửa Lò")).toBe("'cua' & 'lo':*");
    expect(toTsQuery("a' | b) & !c")).toBe("'a' & 'b' & 'c':*");
    expect(toTsQuery("«»!")).toBeNull();
  });
});
