// The body's spelling underlines (components/newsroom/editor/spelling/
// spelling-extension.ts) as editor state, without a browser: the worker's
// answers become underlines at the right places, an edit elsewhere keeps
// them, a co-editor's change (which the collaboration binding applies as a
// replacement of the whole document, reusing unchanged paragraph nodes)
// does not wipe them out, and "no spelling" clears them.
import type { Node as PmNode } from "@tiptap/pm/model";
import { EditorState } from "@tiptap/pm/state";
import { describe, expect, it } from "vitest";
import { bodySchema } from "@/lib/content/extensions";
import { createSpellChecker } from "@/lib/spelling/checker";
import vietnamese from "dictionary-vi";
import { SpellingController } from "@/components/newsroom/editor/spelling/controller";
import { misspellings, spellingKey, spellingPlugin, type Results } from "@/components/newsroom/editor/spelling/spelling-extension";

const schema = bodySchema();
const checker = createSpellChecker("vi", vietnamese);
const doc = (...texts: string[]) => schema.nodeFromJSON({ type: "doc", content: texts.map((text) => ({ type: "paragraph", content: [{ type: "text", text }] })) });

/** What the worker would answer for every paragraph of `state`. */
function answers(state: EditorState, into: Results = new WeakMap()): Results {
  state.doc.descendants((node: PmNode) => {
    if (!node.isTextblock) return true;
    if (!into.has(node)) into.set(node, checker.check(node.textContent));
    return false;
  });
  return into;
}

const underlined = (state: EditorState) =>
  misspellings(state)
    .find()
    .sort((a, b) => a.from - b.from)
    .map((d) => state.doc.textBetween(d.from, d.to));

function setup() {
  let state = EditorState.create({ schema, doc: doc("Tỉnh Nghệ An xâyy dựng.", "Nông dân thu hoạchh cà phê."), plugins: [spellingPlugin(new SpellingController())] });
  const results = answers(state);
  state = state.apply(state.tr.setMeta(spellingKey, { results }));
  return { state, results };
}

describe("spelling underlines", () => {
  it("underline exactly the misspelt words the worker found", () => {
    const { state } = setup();
    expect(underlined(state)).toEqual(["xâyy", "hoạchh"]);
    const [first] = misspellings(state).find();
    expect(first.spec).toEqual({ word: "xâyy" });
    // The drawn span's attributes (ProseMirror keeps them on the decoration's type).
    expect((first as unknown as { type: { attrs: Record<string, string> } }).type.attrs).toMatchObject({ class: "spelling-error", "data-spelling": "xâyy" });
  });

  it("follow the text through an edit elsewhere, before and after the edited paragraph is checked again", () => {
    let { state } = setup();
    const { results } = setup();
    state = state.apply(state.tr.insertText("Hôm nay, ", 1));
    expect(underlined(state)).toEqual(["xâyy", "hoạchh"]);
    // The edited paragraph is a new node: checked again, it keeps its underline in the new place.
    state = state.apply(state.tr.setMeta(spellingKey, { results: answers(state, results) }));
    expect(underlined(state)).toEqual(["xâyy", "hoạchh"]);
  });

  it("survive a co-editor's change arriving as a replacement of the whole document", () => {
    let { state } = setup();
    const [first, second] = [state.doc.child(0), state.doc.child(1)];
    // The binding rebuilds the document from the shared one: an edited first
    // paragraph is new, the second is the same node as before.
    const edited = schema.nodeFromJSON({ type: "paragraph", content: [{ type: "text", text: `${first.textContent} Thêm` }] });
    state = state.apply(state.tr.replaceWith(0, state.doc.content.size, [edited, second]));
    // Mapping alone would have lost every underline; the second paragraph's answer is known.
    expect(underlined(state)).toEqual(["hoạchh"]);
  });

  it("disappear when the language has no spelling", () => {
    let { state } = setup();
    state = state.apply(state.tr.setMeta(spellingKey, { clear: true }));
    expect(underlined(state)).toEqual([]);
  });
});
