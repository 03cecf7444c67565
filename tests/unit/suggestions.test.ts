// Suggestions in article bodies (lib/content/suggestions.ts): their ids say
// who and when, a body's open suggestions are listed and counted one per id,
// readers get the body without them, and the validator takes suggestion marks
// only in their proper shape.
import { describe, expect, it } from "vitest";
import { BodyError, prepareBody, validateBody, type JsonNode } from "@/lib/content/body";
import { countSuggestions, newSuggestionId, openSuggestions, suggestionAuthor, withoutSuggestions } from "@/lib/content/suggestions";

const at = new Date("2026-11-29T08:30:00.000Z");
const LAN = newSuggestionId("lan", at);
const MINH = newSuggestionId("minh", new Date(at.getTime() + 60_000));

type Mark = NonNullable<JsonNode["marks"]>[number];
const ins = (id: unknown = LAN): Mark => ({ type: "insertion", attrs: { id } as Record<string, unknown> });
const del = (id: unknown = LAN): Mark => ({ type: "deletion", attrs: { id } as Record<string, unknown> });
const text = (t: string, ...marks: Mark[]): JsonNode => (marks.length ? { type: "text", text: t, marks } : { type: "text", text: t });
const p = (...content: JsonNode[]): JsonNode => ({ type: "paragraph", content });
const doc = (...content: JsonNode[]): JsonNode => ({ type: "doc", content });

describe("suggestion ids", () => {
  it("name the person and the moment, with a random tail", () => {
    expect(LAN).toMatch(/^lan~[0-9a-z]+~[0-9a-z]{4}$/);
    expect(suggestionAuthor(LAN)).toEqual({ userId: "lan", at });
    const twice = new Set(Array.from({ length: 50 }, () => newSuggestionId("lan", at)));
    expect(twice.size).toBeGreaterThan(1);
  });

  it("are read back only when made by newSuggestionId", () => {
    for (const id of [7, "7", "lan", "lan~zz", "lan~!!~abcd", "~kz1~abcd", "lan~kz1~abc", null, undefined, { id: "x" }, `${"x".repeat(100)}~kz1~abcd`]) {
      expect(suggestionAuthor(id)).toBeNull();
    }
  });
});

describe("open suggestions", () => {
  const body = doc(
    p(text("The "), text("old", del()), text("new", ins()), text(" mayor spoke"), text(" today", ins(MINH))),
    p(text("Second", ins(MINH)), text(" paragraph")),
    p(text("\u200B", ins(7))),
  );

  it("are listed one per id, in order, with their texts joined and who and when", () => {
    expect(openSuggestions(body)).toEqual([
      { id: LAN, kind: "deletion", text: "old new", deleted: "old", inserted: "new", userId: "lan", at: at.toISOString() },
      { id: MINH, kind: "insertion", text: " today Second", deleted: "", inserted: " today Second", userId: "minh", at: new Date(at.getTime() + 60_000).toISOString() },
      // An anchor alone (a suggested paragraph break) has no text; an id of another making has no author.
      { id: "7", kind: "insertion", text: "", deleted: "", inserted: "", userId: null, at: null },
    ]);
  });

  it("are counted by id", () => {
    expect(countSuggestions(body)).toBe(3);
    expect(countSuggestions(doc(p(text("Nothing suggested"))))).toBe(0);
  });
});

describe("the reader's view of a body", () => {
  it("leaves insertions out and keeps deletions, without any suggestion mark", () => {
    const body = doc(p(text("The "), text("old", del()), text("new", ins()), text(" mayor", { type: "bold" }), text(" spoke")));
    expect(withoutSuggestions(body)).toEqual(doc(p(text("The old"), text(" mayor", { type: "bold" }), text(" spoke"))));
  });

  it("undoes a suggested paragraph break and a suggested new paragraph", () => {
    const split = doc(p(text("Hello"), text("\u200B", ins())), p(text("\u200Bnew", ins()), text(" world")));
    expect(withoutSuggestions(split)).toEqual(doc(p(text("Hello world"))));
    const added = doc(p(text("First")), p(text("Added", ins())), p(text("Last")));
    expect(withoutSuggestions(added)).toEqual(doc(p(text("First")), p(text("Last"))));
    const asBlock: JsonNode = { type: "paragraph", marks: [ins()], content: [text("Whole block")] };
    expect(withoutSuggestions(doc(p(text("First")), asBlock))).toEqual(doc(p(text("First"))));
  });

  it("keeps a suggested deletion of a paragraph break, without its anchors", () => {
    const joined = doc(p(text("Hello"), text("\u200B", del())), p(text("\u200B", del()), text("world")));
    expect(withoutSuggestions(joined)).toEqual(doc(p(text("Hello")), p(text("world"))));
  });

  it("puts modifications back when it can, else drops their marks", () => {
    const mod = (attrs: Record<string, unknown>): Mark => ({ type: "modification", attrs: { id: LAN, attrName: null, ...attrs } });
    const body = doc(
      { type: "heading", attrs: { level: 3 }, marks: [mod({ type: "attr", attrName: "level", previousValue: 2, newValue: 3 })], content: [text("Level")] },
      { type: "heading", attrs: { level: 2 }, marks: [mod({ type: "nodeType", previousValue: "paragraph", newValue: "heading" })], content: [text("Type")] },
      { type: "paragraph", marks: [mod({ type: "nodeType", previousValue: "heading", newValue: "paragraph" })], content: [text("Was a heading")] },
      // A list item cannot become a paragraph inside a list: only the mark goes.
      { type: "bulletList", content: [{ type: "listItem", marks: [mod({ type: "nodeType", previousValue: "paragraph", newValue: "listItem" })], content: [p(text("Item"))] }] },
    );
    expect(withoutSuggestions(body)).toEqual(
      doc(
        { type: "heading", attrs: { level: 2 }, content: [text("Level")] },
        p(text("Type")),
        { type: "heading", attrs: { level: 2 }, content: [text("Was a heading")] },
        { type: "bulletList", content: [{ type: "listItem", content: [p(text("Item"))] }] },
      ),
    );
  });

  it("is the body itself when it has no suggestions", () => {
    const body = doc(p(text("Plain", { type: "link", attrs: { href: "https://example.com/" } })));
    expect(withoutSuggestions(body)).toBe(body);
  });

  it("never becomes an empty document", () => {
    expect(withoutSuggestions(doc(p(text("All new", ins()))))).toEqual(doc({ type: "paragraph" }));
  });
});

describe("validateBody and suggestion marks", () => {
  const mod = { type: "modification", attrs: { id: LAN, type: "attr", attrName: "level", previousValue: 2, newValue: 3 } };
  const heading = (marks: unknown[]) => ({ type: "doc", content: [{ type: "heading", attrs: { level: 3 }, marks, content: [{ type: "text", text: "Title" }] }] });

  it("accepts insertions, deletions and modifications with proper ids", () => {
    expect(() => validateBody(doc(p(text("a", ins()), text("b", del(42)), text("c"))))).not.toThrow();
    expect(() => validateBody(heading([mod]))).not.toThrow();
    expect(() => validateBody(doc({ type: "paragraph", marks: [ins()], content: [text("block")] }))).not.toThrow();
  });

  it("refuses a missing, empty, long or non-scalar id", () => {
    for (const id of ["", "x".repeat(101), { nested: true }, null, Number.NaN]) {
      expect(() => validateBody(doc(p(text("a", ins(id)))))).toThrow(BodyError);
    }
    expect(() => validateBody(doc(p(text("a", { type: "deletion" }))))).toThrow(/id/);
    expect(() => validateBody(doc(p(text("a", { type: "insertion", attrs: {} }))))).toThrow(/id/);
    expect(() => validateBody(doc(p(text("a", { type: "insertion", attrs: { id: LAN, by: "x" } }))))).toThrow(/Unknown attribute/);
  });

  it("refuses modifications that could not be put back", () => {
    const bad = (attrs: Record<string, unknown>) => heading([{ type: "modification", attrs: { ...mod.attrs, ...attrs } }]);
    expect(() => validateBody(bad({ previousValue: 5 }))).toThrow(/level 2 or 3/);
    expect(() => validateBody(bad({ attrName: "src" }))).toThrow(/attribute/);
    expect(() => validateBody(bad({ type: "script" }))).toThrow(/Unknown kind/);
    expect(() => validateBody(bad({ type: "nodeType", attrName: null, previousValue: "iframe", newValue: "heading" }))).toThrow(/element type/);
    expect(() => validateBody(bad({ type: "mark", attrName: null, previousValue: { type: "link", attrs: { href: "javascript:alert(1)" } }, newValue: null }))).toThrow(
      /Links must start/,
    );
  });
});

describe("prepareBody with suggestions", () => {
  it("keeps them in the JSON but gives readers HTML and text without them", () => {
    const body = doc(
      p(text("The "), text("old", del()), text("new", ins()), text(" mayor spoke"), text("\u200B", ins(MINH))),
      p(text("\u200BAdded", ins(MINH)), text(" later")),
    );
    const prepared = prepareBody(body);
    expect(JSON.parse(prepared.json)).toEqual(body);
    expect(prepared.html).toBe("<p>The old mayor spoke later</p>");
    expect(prepared.html).not.toMatch(/<ins|<del|data-id|\u200B/);
    expect(prepared.text).toBe("The old mayor spoke later");
    expect(prepared.words).toBe(5);
  });
});
