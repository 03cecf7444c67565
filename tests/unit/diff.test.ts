import { describe, expect, it } from "vitest";
import { diffWords } from "@/lib/articles/revision-diff";

const side = (parts: ReturnType<typeof diffWords>, keep: "removed" | "added") =>
  parts.filter((p) => p.kind === "same" || p.kind === keep).map((p) => p.text).join("");

describe("diffWords", () => {
  it("marks removed and added words, and rebuilds both texts", () => {
    const before = "Rice harvest in Nam Dan starts early this year.";
    const after = "Rice harvest in Nam Đàn starts late this year, farmers say.";
    const parts = diffWords(before, after);
    expect(side(parts, "removed")).toBe(before);
    expect(side(parts, "added")).toBe(after);
    expect(parts.filter((p) => p.kind === "removed").map((p) => p.text.trim())).toEqual(["Dan", "early", "year."]);
    expect(parts.filter((p) => p.kind === "added").map((p) => p.text.trim())).toEqual(["Đàn", "late", "year, farmers say."]);
  });

  it("reports identical texts as one unchanged part", () => {
    expect(diffWords("same text", "same text")).toEqual([{ kind: "same", text: "same text" }]);
  });

  it("handles empty sides", () => {
    expect(diffWords("", "new words")).toEqual([{ kind: "added", text: "new words" }]);
    expect(diffWords("old words", "")).toEqual([{ kind: "removed", text: "old words" }]);
  });

  it("keeps words of any script whole, whatever their marks' encoding", () => {
    const removed = (parts: ReturnType<typeof diffWords>) => parts.filter((p) => p.kind === "removed").map((p) => p.text);
    const added = (parts: ReturnType<typeof diffWords>) => parts.filter((p) => p.kind === "added").map((p) => p.text);
    const russian = diffWords("Кот спит дома", "Кит спит дома");
    expect(removed(russian)).toEqual(["Кот"]);
    expect(added(russian)).toEqual(["Кит"]);
    // "bàn" → "bàng" typed with a combining grave accent (NFD).
    const decomposed = diffWords("ba\u0300n gh", "ba\u0300ng gh");
    expect(removed(decomposed)).toEqual(["ba\u0300n"]);
    expect(added(decomposed)).toEqual(["ba\u0300ng"]);
  });

  it("keeps whitespace changes, so each side shows its text as written", () => {
    for (const [before, after] of [
      ["First paragraph.\n\nSecond paragraph.", "First paragraph. Second paragraph."],
      ["a  b c", "a b  c"],
      ["  indented", "indented  "],
    ]) {
      const parts = diffWords(before, after);
      expect(side(parts, "removed")).toBe(before);
      expect(side(parts, "added")).toBe(after);
    }
  });

  it("compares a heavy rewrite paragraph by paragraph, keeping unchanged paragraphs", () => {
    const para = (prefix: string) => Array.from({ length: 1500 }, (_, i) => `${prefix}${i}`).join(" ");
    const before = `Unchanged opening.\n${para("old")}\nUnchanged ending.`;
    const after = `Unchanged opening.\n${para("new")}\nUnchanged ending.`;
    const parts = diffWords(before, after);
    expect(parts).toEqual([
      { kind: "same", text: "Unchanged opening.\n" },
      { kind: "removed", text: `${para("old")}\n` },
      { kind: "added", text: `${para("new")}\n` },
      { kind: "same", text: "Unchanged ending." },
    ]);
  });

  it("stays correct on texts too long for the full comparison table", () => {
    const long = Array.from({ length: 6000 }, (_, i) => `w${i}`).join(" ");
    const changed = long.replace("w10 ", "x10 ").replace("w5990", "y5990");
    const parts = diffWords(long, changed);
    expect(side(parts, "removed")).toBe(long);
    expect(side(parts, "added")).toBe(changed);
  });
});
