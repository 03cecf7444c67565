import { describe, expect, it } from "vitest";
import type { EditorFields } from "@/lib/articles/editor-state";
import { mergeSave } from "@/lib/collab/merge-save";

const para = (text: string) => ({ type: "paragraph", content: [{ type: "text", text }] });
const base: EditorFields = {
  title: "Title",
  lead: "Lead",
  sectionId: "s1",
  slug: "title",
  tags: ["a", "b"],
  authors: [{ byline: "Hà", userId: "u1" }],
  coverMediaId: null,
  seoTitle: "",
  seoDescription: "",
  language: null,
  body: { type: "doc", content: [para("One"), para("Two")] },
};

describe("mergeSave", () => {
  it("takes my changes to fields nobody else changed, and keeps theirs", () => {
    const mine = { ...base, title: "My title", tags: ["a"] };
    const current = { ...base, lead: "Their lead", body: { type: "doc", content: [para("One"), para("Two!")] } };
    expect(mergeSave(base, mine, current)).toEqual({ ok: true, changes: { title: "My title", tags: ["a"] } });
  });

  it("has nothing to change when both made the same change", () => {
    const mine = { ...base, slug: "new-slug", body: { type: "doc", content: [para("One")] } };
    expect(mergeSave(base, mine, { ...mine })).toEqual({ ok: true, changes: {} });
  });

  it("refuses and names the fields both changed differently", () => {
    const mine = { ...base, title: "Mine", coverMediaId: "m1", body: { type: "doc", content: [para("Mine")] } };
    const current = { ...base, title: "Theirs", coverMediaId: "m2", body: { type: "doc", content: [para("Theirs")] }, lead: "x" };
    expect(mergeSave(base, mine, current)).toEqual({ ok: false, conflicting: ["title", "coverMediaId", "body"] });
  });

  it("compares bodies and values as JSON, whatever the key order", () => {
    const reordered = {
      ...base,
      authors: [{ userId: "u1", byline: "Hà" }],
      body: { content: [{ content: [{ text: "One", type: "text" }], type: "paragraph" }, para("Two")], type: "doc" },
    };
    const current = { ...base, body: { type: "doc", content: [para("Changed")] } };
    expect(mergeSave(base, reordered, current)).toEqual({ ok: true, changes: {} });
    // A different array order is a change, though.
    expect(mergeSave(base, { ...base, tags: ["b", "a"] }, base)).toEqual({ ok: true, changes: { tags: ["b", "a"] } });
  });

  it("with no base (the caller's version is current), everything that differs is mine", () => {
    const mine = { ...base, title: "New", language: "en" };
    expect(mergeSave(null, mine, base)).toEqual({ ok: true, changes: { title: "New", language: "en" } });
    expect(mergeSave(null, base, base)).toEqual({ ok: true, changes: {} });
  });
});
