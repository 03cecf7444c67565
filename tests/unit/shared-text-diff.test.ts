// The text arithmetic behind the editor's shared plain-text fields
// (components/newsroom/editor/collab/text-diff.ts): one local edit becomes
// one minimal splice of the shared Y.Text, and a caret keeps its place in the
// text when someone else's edit arrives.
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { applySplice, mapIndex, mapIndexThrough, textDiff, type DeltaOp } from "@/components/newsroom/editor/collab/text-diff";

describe("textDiff", () => {
  it("finds nothing between equal texts", () => {
    expect(textDiff("Lũ về", "Lũ về")).toBeNull();
  });

  it("turns typing, deleting and replacing into one splice", () => {
    expect(textDiff("Lũ về", "Lũ về Kỳ Sơn")).toEqual({ index: 5, remove: 0, insert: " Kỳ Sơn" });
    // "về " goes (the longest common start is kept).
    expect(textDiff("Lũ về Kỳ Sơn", "Lũ Kỳ Sơn")).toEqual({ index: 3, remove: 3, insert: "" });
    expect(textDiff("Nước lên nhanh", "Nước rút nhanh")).toEqual({ index: 5, remove: 3, insert: "rút" });
    expect(textDiff("abc", "")).toEqual({ index: 0, remove: 3, insert: "" });
    expect(textDiff("", "abc")).toEqual({ index: 0, remove: 0, insert: "abc" });
  });

  it("uses the caret to place an edit among repeated characters", () => {
    // "aa" → "aaa": typed in the middle (caret after it at 2), at the start (1) or at the end (3).
    expect(textDiff("aa", "aaa", 2)).toEqual({ index: 1, remove: 0, insert: "a" });
    expect(textDiff("aa", "aaa", 1)).toEqual({ index: 0, remove: 0, insert: "a" });
    expect(textDiff("aa", "aaa", 3)).toEqual({ index: 2, remove: 0, insert: "a" });
    expect(textDiff("aa", "aaa")).toEqual({ index: 2, remove: 0, insert: "a" });
    // Backspace in "xyyyz" at index 2 (caret now at 1).
    expect(textDiff("xyyyz", "xyyz", 1)).toEqual({ index: 1, remove: 1, insert: "" });
    // Select all and type.
    expect(textDiff("abc", "x", 1)).toEqual({ index: 0, remove: 3, insert: "x" });
  });

  it("ignores a caret outside the new text", () => {
    expect(textDiff("ab", "aXb", 99)).toEqual({ index: 1, remove: 0, insert: "X" });
    expect(textDiff("ab", "aXb", -1)).toEqual({ index: 1, remove: 0, insert: "X" });
  });

  it("never cuts a surrogate pair", () => {
    // Two emoji sharing their high surrogate: the splice takes the whole one.
    const before = "a\u{1F600}b";
    const after = "a\u{1F601}b";
    const splice = textDiff(before, after)!;
    expect(splice).toEqual({ index: 1, remove: 2, insert: "\u{1F601}" });
    expect(textDiff("\u{1F600}", "x\u{1F600}", 1)).toEqual({ index: 0, remove: 0, insert: "x" });
  });

  it("always rebuilds the new text, wherever the caret is (random edits)", () => {
    let seed = 42;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const alphabet = "aab ơ\u{1F600}";
    const word = () => Array.from({ length: random(8) }, () => [...alphabet][random([...alphabet].length)]).join("");
    for (let i = 0; i < 2000; i++) {
      const before = word();
      const at = random(before.length + 1);
      const removed = random(before.length - at + 1);
      const inserted = word();
      const after = before.slice(0, at) + inserted + before.slice(at + removed);
      for (const caret of [undefined, at + inserted.length, random(after.length + 1)]) {
        const splice = textDiff(before, after, caret);
        expect(splice ? applySplice(before, splice) : before).toBe(after);
        if (splice) expect(splice.remove + splice.insert.length).toBeLessThanOrEqual(removed + inserted.length);
      }
    }
  });

  it("applied to a Y.Text, merges with another person's typing elsewhere in the field", () => {
    const mine = new Y.Doc();
    const theirs = new Y.Doc();
    mine.getText("t").insert(0, "Lũ về Kỳ Sơn");
    Y.applyUpdate(theirs, Y.encodeStateAsUpdate(mine));
    // I add a word at the end; they fix the start at the same time.
    const before = mine.getText("t").toString();
    const splice = textDiff(before, "Lũ về Kỳ Sơn, Nghệ An", 21)!;
    mine.getText("t").insert(splice.index, splice.insert);
    theirs.getText("t").delete(0, 2);
    theirs.getText("t").insert(0, "Lũ lớn");
    Y.applyUpdate(mine, Y.encodeStateAsUpdate(theirs));
    Y.applyUpdate(theirs, Y.encodeStateAsUpdate(mine));
    expect(mine.getText("t").toString()).toBe("Lũ lớn về Kỳ Sơn, Nghệ An");
    expect(theirs.getText("t").toString()).toBe(mine.getText("t").toString());
  });
});

describe("mapIndex", () => {
  it("shifts a caret after text inserted or deleted before it, not after text changed behind it", () => {
    expect(mapIndex(5, [{ retain: 2 }, { insert: "abc" }])).toBe(8);
    expect(mapIndex(5, [{ retain: 2 }, { delete: 2 }])).toBe(3);
    expect(mapIndex(5, [{ retain: 7 }, { insert: "abc" }])).toBe(5);
    expect(mapIndex(5, [{ retain: 6 }, { delete: 3 }])).toBe(5);
    expect(mapIndex(5, [{ insert: "xy" }])).toBe(7);
  });

  it("keeps a caret before text inserted right at it, unless told to stick after", () => {
    expect(mapIndex(3, [{ retain: 3 }, { insert: "abc" }])).toBe(3);
    expect(mapIndex(3, [{ retain: 3 }, { insert: "abc" }], "after")).toBe(6);
    expect(mapIndex(0, [{ insert: "abc" }])).toBe(0);
  });

  it("puts a caret inside a deleted range at its start", () => {
    expect(mapIndex(4, [{ retain: 2 }, { delete: 5 }])).toBe(2);
    expect(mapIndex(2, [{ retain: 2 }, { delete: 5 }])).toBe(2);
    expect(mapIndex(7, [{ retain: 2 }, { delete: 5 }])).toBe(2);
    expect(mapIndex(8, [{ retain: 2 }, { delete: 5 }])).toBe(3);
  });

  it("follows real Yjs deltas, several in a row", () => {
    const doc = new Y.Doc();
    const text = doc.getText("t");
    text.insert(0, "Nước lên nhanh");
    const deltas: DeltaOp[][] = [];
    text.observe((e) => deltas.push(e.delta as DeltaOp[]));
    const caret = "Nước lên".length; // after "lên"
    text.insert(0, "Sáng nay, "); // before the caret
    text.delete("Sáng nay, Nước ".length, 3); // "lên" removed: the caret was right after it
    text.insert(text.length, " hơn"); // after the caret
    const moved = mapIndexThrough(caret, deltas);
    expect(text.toString()).toBe("Sáng nay, Nước  nhanh hơn");
    expect(moved).toBe("Sáng nay, Nước ".length);
  });
});
