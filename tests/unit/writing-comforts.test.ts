// The editor's writing comforts as pure logic: where an inserted figure goes
// and where the caret lands, which figure Backspace/Delete select first,
// Vietnamese typography as you type in plain fields, and the length counters.
import { NodeSelection, TextSelection, EditorState } from "@tiptap/pm/state";
import { describe, expect, it } from "vitest";
import { bodySchema } from "@/lib/content/extensions";
import { WRITING_DEFAULTS, writingSettingsOf } from "@/lib/settings/writing";
import { figureBeside, FigureKeys } from "@/components/newsroom/editor/figure-keys";
import { figureTarget, insertFigureTransaction } from "@/components/newsroom/editor/figure-insert";
import { counterState, countCharacters } from "@/components/newsroom/editor/length-counter";
import { applyTypography, FIELD_TYPOGRAPHY_RULES, VietnameseTypography } from "@/components/newsroom/editor/typography";

const schema = bodySchema();
const p = (text = "") => ({ type: "paragraph", content: text ? [{ type: "text", text }] : [] });
const h2 = (text: string) => ({ type: "heading", attrs: { level: 2 }, content: [{ type: "text", text }] });
const fig = (caption = "Ảnh") => ({ type: "figure", attrs: { src: "/media/x-960.webp", caption } });
const list = (...items: string[]) => ({ type: "bulletList", content: items.map((t) => ({ type: "listItem", content: [p(t)] })) });

/** A state of `blocks` with the caret at `at` (a document position). */
function stateAt(blocks: unknown[], at: number) {
  const doc = schema.nodeFromJSON({ type: "doc", content: blocks });
  return EditorState.create({ doc, selection: TextSelection.create(doc, at) });
}

/** The top-level blocks as short strings: "p:text", "figure", "h2:text", "ul". */
const outline = (state: EditorState) => {
  const out: string[] = [];
  state.doc.forEach((n) => out.push(n.type.name === "figure" ? "figure" : n.isTextblock ? `${n.type.name}:${n.textContent}` : n.type.name));
  return out;
};

function insert(state: EditorState) {
  return state.apply(insertFigureTransaction(state, schema.nodeFromJSON(fig())));
}

describe("inserting a figure", () => {
  it("with the caret mid-paragraph, goes after the paragraph and leaves it whole", () => {
    // "Nước lên nhanh." : the caret after "Nước " (1 + 5).
    const after = insert(stateAt([p("Nước lên nhanh."), p("Đoạn hai.")], 6));
    expect(outline(after)).toEqual(["paragraph:Nước lên nhanh.", "figure", "paragraph:Đoạn hai."]);
    // The caret is at the start of the block after the figure.
    const { $from } = after.selection;
    expect(after.selection.empty).toBe(true);
    expect($from.parent.textContent).toBe("Đoạn hai.");
    expect($from.parentOffset).toBe(0);
    expect($from.index(0)).toBe(2);
  });

  it("at the end of the text, adds an empty paragraph after it for the caret", () => {
    const after = insert(stateAt([p("Một."), p("Hai.")], 9));
    expect(outline(after)).toEqual(["paragraph:Một.", "paragraph:Hai.", "figure", "paragraph:"]);
    expect(after.selection.$from.index(0)).toBe(3);
  });

  it("replaces an empty paragraph, and goes before a paragraph whose start holds the caret", () => {
    expect(outline(insert(stateAt([p("Một."), p(), p("Hai.")], 7)))).toEqual(["paragraph:Một.", "figure", "paragraph:Hai."]);
    const before = insert(stateAt([p("Một."), h2("Tít"), p("Hai.")], 7));
    expect(outline(before)).toEqual(["paragraph:Một.", "figure", "heading:Tít", "paragraph:Hai."]);
    expect(before.selection.$from.parent.textContent).toBe("Tít");
  });

  it("in a list, goes after the whole list", () => {
    // Inside the second item's text.
    const state = stateAt([list("một", "hai"), p("Sau.")], 10);
    expect(state.selection.$from.parent.textContent).toBe("hai");
    expect(outline(insert(state))).toEqual(["bulletList", "figure", "paragraph:Sau."]);
  });

  it("with a selected figure, goes after it", () => {
    const doc = schema.nodeFromJSON({ type: "doc", content: [p("Một."), fig("đầu"), p("Hai.")] });
    const state = EditorState.create({ doc, selection: NodeSelection.create(doc, 6) });
    expect(figureTarget(state)).toEqual({ from: 7, to: 7 });
    expect(outline(insert(state))).toEqual(["paragraph:Một.", "figure", "figure", "paragraph:Hai."]);
  });

  it("with text selected across blocks, replaces nothing and goes after the last one", () => {
    const doc = schema.nodeFromJSON({ type: "doc", content: [p("Một."), p("Hai."), p("Ba.")] });
    const state = EditorState.create({ doc, selection: TextSelection.create(doc, 2, 9) });
    expect(outline(insert(state))).toEqual(["paragraph:Một.", "paragraph:Hai.", "figure", "paragraph:Ba."]);
  });
});

describe("Backspace and Delete beside a figure", () => {
  // [p "Một." 0..6][figure 6..7][p "Hai." 7..13]
  const blocks = [p("Một."), fig(), p("Hai.")];

  it("select the figure from the start of the block after it, or the end of the block before it", () => {
    expect(figureBeside(stateAt(blocks, 8), -1)).toBe(6);
    expect(figureBeside(stateAt(blocks, 5), 1)).toBe(6);
  });

  it("do nothing special elsewhere", () => {
    expect(figureBeside(stateAt(blocks, 9), -1)).toBeNull(); // mid-word
    expect(figureBeside(stateAt(blocks, 8), 1)).toBeNull(); // Delete at the start: no figure after
    expect(figureBeside(stateAt(blocks, 1), -1)).toBeNull(); // the first block
    expect(figureBeside(stateAt([p("Một."), p("Hai.")], 7), -1)).toBeNull(); // a paragraph before, not a figure
    // An empty paragraph is ProseMirror's to remove (it then selects the figure itself).
    expect(figureBeside(stateAt([fig(), p()], 2), -1)).toBeNull();
  });

  it("run before the editor's own keys", () => {
    expect(FigureKeys.config.priority).toBeGreaterThan(100);
  });
});

describe("Vietnamese typography in plain fields", () => {
  /** Types `text` one character at a time, as applyTypography sees it. */
  const type = (text: string) => [...text].reduce((field, ch) => applyTypography(field + ch) ?? field + ch, "");

  it("makes curly quotes, apostrophes, dashes and ellipses", () => {
    expect(type('nói "xin chào" -- ...')).toBe("nói “xin chào” — …");
    expect(type('"Lũ về"')).toBe("“Lũ về”");
    expect(type("ông 'Ba' nói")).toBe("ông ‘Ba’ nói");
    expect(type("Lan's")).toBe("Lan’s");
    expect(type('("trích")')).toBe("(“trích”)");
  });

  it("leaves dates, sizes, codes and arrows alone", () => {
    for (const text of ["ngày 1/2 ", "4x4", "2 x 3", "QL-1A", "0238-3844", "(c)", "->", "1 - 2"]) expect(type(text)).toBe(text);
  });

  it("uses the library's patterns, the body's only", () => {
    expect(FIELD_TYPOGRAPHY_RULES.map((r) => r.replace)).toEqual(["—", "…", "“", "”", "‘", "’"]);
    expect(Object.entries(VietnameseTypography.options).filter(([, v]) => typeof v === "string").map(([k]) => k).sort()).toEqual(
      ["closeDoubleQuote", "closeSingleQuote", "ellipsis", "emDash", "openDoubleQuote", "openSingleQuote"],
    );
  });

  it("returns null when nothing applies", () => {
    expect(applyTypography("Nghệ An")).toBeNull();
  });
});

describe("length counters", () => {
  it("count characters as stored and read, composed", () => {
    expect(countCharacters("  Lũ về  ")).toBe(5);
    // "ộ" typed decomposed: o, combining dot below, combining circumflex.
    expect(countCharacters("o\u0323\u0302")).toBe(1);
  });

  it("warn past the limit only", () => {
    expect(counterState("x".repeat(60), 60)).toEqual({ count: 60, limit: 60, over: 0 });
    expect(counterState("x".repeat(62), 60)).toEqual({ count: 62, limit: 60, over: 2 });
  });

  it("take their limits from the writing settings", () => {
    expect(writingSettingsOf({ ...WRITING_DEFAULTS, seoTitleLength: 55 }).limits).toEqual({ title: 100, lead: 300, seoTitle: 55, seoDescription: 160 });
  });
});
