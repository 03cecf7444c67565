// The content API's small pure parts: cursors (round trip; anything else,
// another kind included, refused), sparse fields (schema order, id kept,
// unknown names refused), the caller's language from Accept-Language, and
// the route table matched from paths.
import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor, nextArticleCursor } from "@/lib/api/cursor";
import { parseFields, pickFields } from "@/lib/api/fields";
import { matchApiRoute } from "@/lib/api/handler";
import { callerLanguage } from "@/lib/api/respond";
import { ARTICLE_FIELDS, LIST_DEFAULT_FIELDS, type ApiArticle } from "@/lib/api/schemas";

describe("cursors", () => {
  it("decode what they encode, of the kind asked for only", () => {
    const at = encodeCursor({ k: "a", p: "2026-11-29T07:00:00.000Z", i: "abc" });
    expect(at).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(at, "a")).toEqual({ k: "a", p: "2026-11-29T07:00:00.000Z", i: "abc" });
    expect(decodeCursor(at, "o")).toBeNull();
    expect(decodeCursor(encodeCursor({ k: "o", o: 40 }), "o")).toEqual({ k: "o", o: 40 });
  });

  it("refuse anything else", () => {
    const raw = (v: unknown) => Buffer.from(JSON.stringify(v)).toString("base64url");
    for (const text of ["", "!!", "abc", raw({ k: "a", p: "yesterday", i: "x" }), raw({ k: "o", o: -1 }), raw({ k: "o", o: 1, extra: 1 }), raw([1]), raw("a")]) {
      expect(decodeCursor(text, "a"), text).toBeNull();
      expect(decodeCursor(text, "o"), text).toBeNull();
    }
  });

  it("follow the last article only when there is more", () => {
    const items = [{ id: "b", publishedAt: new Date("2026-11-29T07:00:00Z") }];
    expect(nextArticleCursor(items, false)).toBeNull();
    expect(decodeCursor(nextArticleCursor(items, true)!, "a")).toEqual({ k: "a", p: "2026-11-29T07:00:00.000Z", i: "b" });
  });
});

describe("sparse fields", () => {
  it("keep the schema's order and id, default to all (lists: all but body), refuse unknown names", () => {
    expect(parseFields("url, title", false)).toEqual(["id", "url", "title"]);
    expect(parseFields(undefined, false)).toEqual(ARTICLE_FIELDS);
    expect(parseFields(undefined, true)).toEqual(LIST_DEFAULT_FIELDS);
    expect(LIST_DEFAULT_FIELDS).not.toContain("body");
    for (const bad of ["", ",", "title,email", "pendingJson"]) expect(parseFields(bad, true), bad).toBeNull();
    const article = Object.fromEntries(ARTICLE_FIELDS.map((f) => [f, f])) as unknown as ApiArticle;
    expect(pickFields(article, ["id", "title"])).toEqual({ id: "id", title: "title" });
  });
});

describe("the caller's language", () => {
  it("is the best catalogue in Accept-Language, else the site's", () => {
    expect(callerLanguage("en", "vi")).toBe("en");
    expect(callerLanguage("en-GB,en;q=0.9", "vi")).toBe("en");
    expect(callerLanguage("fr, en;q=0.5, vi;q=0.8", "en")).toBe("vi");
    expect(callerLanguage("vi;q=0, en;q=0.1", "vi")).toBe("en");
    expect(callerLanguage("fr", "vi")).toBe("vi");
    expect(callerLanguage("*", "en")).toBe("en");
    expect(callerLanguage(undefined, "vi")).toBe("vi");
  });
});

describe("routes", () => {
  it("match the table's paths with their parameters decoded, and nothing else", () => {
    expect(matchApiRoute("/api/v1/articles")?.route.id).toBe("listArticles");
    expect(matchApiRoute("/api/v1/articles/abc")).toMatchObject({ route: { id: "getArticle" }, params: { id: "abc" } });
    expect(matchApiRoute("/api/v1/sections/thoi-su/articles/bai%20viet")).toMatchObject({ route: { id: "getArticleBySlug" }, params: { section: "thoi-su", slug: "bai viet" } });
    for (const path of ["/api/v1/articles/", "/api/v1/articles/a/b", "/api/v1/articles/%E0", "/api/v1/sectionsx", "/api/v1"]) expect(matchApiRoute(path), path).toBeNull();
  });
});
