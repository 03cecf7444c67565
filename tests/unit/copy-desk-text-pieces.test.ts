// Rewriting body text in place for the copy desk (components/newsroom/editor/
// copy-desk/text-pieces.ts), on the body's own schema: the legacy-encoding
// conversion and the tone-mark style change letters only, keep each text
// node's marks, touch only the characters that differ, and the part of the
// document a paste changed is found from its transactions.
import { Fragment, Slice, type Node as PMNode } from "@tiptap/pm/model";
import { EditorState, TextSelection } from "@tiptap/pm/state";
import { describe, expect, it } from "vitest";
import { applyPieces, changedRange, differingRuns, holds, textPieces } from "@/components/newsroom/editor/copy-desk/text-pieces";
import { bodySchema } from "@/lib/content/extensions";
import { fromLegacy } from "@/lib/vietnamese/legacy-encodings";
import { convertToneStyle } from "@/lib/vietnamese/tone-style";

const s = bodySchema();
const bold = s.marks.bold.create();
const doc = (...paragraphs: PMNode[][]) => s.node("doc", null, paragraphs.map((content) => s.node("paragraph", null, content)));

/** The paragraphs as [text, bold parts]. */
const read = (d: PMNode) =>
  d.content.content.map((p) => {
    const bolds: string[] = [];
    p.forEach((n) => {
      if (n.marks.some((m) => m.type.name === "bold")) bolds.push(n.text ?? "");
    });
    return [p.textContent, bolds];
  });

describe("differingRuns", () => {
  it("gives each run of changed characters when the lengths match", () => {
    expect(differingRuns("hòa và khỏe", "hoà và khoẻ")).toEqual([
      { index: 1, remove: 2, insert: "oà" },
      { index: 9, remove: 2, insert: "oẻ" },
    ]);
  });
  it("gives one splice between the common ends otherwise", () => {
    expect(differingRuns("Haø Noäi", "Hà Nội")).toEqual([{ index: 1, remove: 6, insert: "à Nộ" }]);
    expect(differingRuns("abc", "abc")).toEqual([]);
  });
});

describe("textPieces and applyPieces", () => {
  it("convert a range from TCVN3 keeping bold, and leave the text outside it alone", () => {
    // "Nghệ An" typed before, then "hội nghị tổng kết" pasted in TCVN3 (the second word bold).
    const d = doc([s.text("Nghệ An "), s.text("h\u00e9i "), s.text("ngh\u00de", [bold]), s.text(" t\u00e6ng k\u00d5t")]);
    const from = 1 + "Nghệ An ".length;
    const pieces = textPieces(d, (t) => fromLegacy(t, "tcvn3"), from, d.content.size - 1);
    expect(pieces.map((p) => p.before)).toEqual(["h\u00e9i ", "ngh\u00de", " t\u00e6ng k\u00d5t"]);
    const state = EditorState.create({ doc: d });
    const tr = state.tr;
    const starts = applyPieces(tr, pieces);
    expect(read(tr.doc)).toEqual([["Nghệ An hội nghị tổng kết", ["nghị"]]]);
    // Each piece's new text is where applyPieces says: the way back for Undo.
    pieces.forEach((p, i) => expect(holds(tr.doc, starts[i], p.after)).toBe(true));
    const undo = EditorState.create({ doc: tr.doc }).tr;
    applyPieces(
      undo,
      pieces.map((p, i) => ({ pos: starts[i], before: p.after, after: p.before })),
    );
    expect(undo.doc.eq(d)).toBe(true);
  });

  it("change only the letters that differ (one step per run), across paragraphs", () => {
    const d = doc([s.text("Hòa Bình, ông Hoàng")], [s.text("khỏe "), s.text("thúy", [bold])]);
    const pieces = textPieces(d, (t) => convertToneStyle(t, "mainVowel").text);
    const tr = EditorState.create({ doc: d }).tr;
    applyPieces(tr, pieces);
    expect(read(tr.doc)).toEqual([
      ["Hoà Bình, ông Hoàng", []],
      ["khoẻ thuý", ["thuý"]],
    ]);
    expect(tr.steps).toHaveLength(3);
  });
});

describe("changedRange", () => {
  it("is the part a paste put in, followed through later transactions", () => {
    let state = EditorState.create({ doc: doc([s.text("Mở đầu. Kết.")]) });
    state = state.apply(state.tr.setSelection(TextSelection.create(state.doc, 1 + "Mở đầu. ".length)));
    const paste = state.tr.replaceSelection(new Slice(Fragment.from(s.text("Haø Noäi ")), 0, 0));
    state = state.apply(paste);
    const typed = state.tr.insertText("X", 1);
    const range = changedRange([paste, typed])!;
    // The typed X counts too (it is in a transaction given), and moves the paste one on.
    expect(state.apply(typed).doc.textBetween(range.from, range.to)).toBe("XMở đầu. Haø Noäi ");
    expect(changedRange([paste])).toEqual({ from: 1 + "Mở đầu. ".length, to: 1 + "Mở đầu. Haø Noäi ".length });
    expect(changedRange([state.tr])).toBeNull();
  });
});
