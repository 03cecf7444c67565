// Comment anchors (components/newsroom/comments/comment-anchors.ts): a
// thread made on a selection keeps pointing at the same words while the
// shared document changes around it, and is drawn (or not) accordingly.
// The collaboration binding is stood in for by its state (the Yjs document,
// the "body" fragment and the mapping y-tiptap builds), so no browser is needed.
import { EditorState, Plugin, type Transaction } from "@tiptap/pm/state";
import type { EditorView } from "@tiptap/pm/view";
import { initProseMirrorDoc, prosemirrorJSONToYXmlFragment, ySyncPluginKey } from "@tiptap/y-tiptap";
import { describe, expect, it, vi } from "vitest";
import * as Y from "yjs";
import { anchorOfRange, commentHighlightsKey, commentHighlightsPlugin, highlightRanges, resolveAnchor, type HighlightThread } from "@/components/newsroom/comments/comment-anchors";
import { bodySchema } from "@/lib/content/extensions";

const schema = bodySchema();
const paragraph = (text: string) => ({ type: "paragraph", content: [{ type: "text", text }] });

/** A shared body, an editor state bound to it, and a way to apply changes made to the Yjs document elsewhere. */
function setup(onSelectThread = vi.fn()) {
  const ydoc = new Y.Doc();
  const type = ydoc.getXmlFragment("body");
  prosemirrorJSONToYXmlFragment(schema, { type: "doc", content: [paragraph("Hello world."), paragraph("Second line here.")] }, type);
  const first = initProseMirrorDoc(type, schema);
  // Mutable, like the real binding's: its mapping is replaced on every render.
  const binding = { doc: ydoc, type, mapping: first.mapping };
  const sync = new Plugin({ key: ySyncPluginKey, state: { init: () => ({ doc: ydoc, type, binding }), apply: (_tr, value) => value } });
  const highlights = commentHighlightsPlugin({ onSelectThread });
  let state = EditorState.create({ schema, doc: first.doc, plugins: [sync, highlights] });
  const apply = (tr: Transaction) => (state = state.apply(tr));
  return {
    ydoc,
    type,
    get state() {
      return state;
    },
    apply,
    /** Applies what changed in the Yjs document, as the binding would (a transaction marked as coming from it). */
    sync() {
      const next = initProseMirrorDoc(type, schema);
      binding.mapping = next.mapping;
      apply(state.tr.replaceWith(0, state.doc.content.size, next.doc.content).setMeta(ySyncPluginKey, { isChangeOrigin: true }));
    },
    show(threads: HighlightThread[], activeThreadId: string | null = null) {
      apply(state.tr.setMeta(commentHighlightsKey, { threads, activeThreadId }));
    },
    highlights,
  };
}

const firstText = (type: Y.XmlFragment) => (type.get(0) as Y.XmlElement).get(0) as Y.XmlText;

describe("comment anchors", () => {
  it("anchor the selected words and quote them", () => {
    const s = setup();
    const made = anchorOfRange(s.state, 7, 12);
    expect(made?.quote).toBe("world");
    expect(resolveAnchor(s.state, made!.anchor)).toEqual({ from: 7, to: 12 });
    // The JSON survives a trip through the database.
    expect(resolveAnchor(s.state, JSON.parse(JSON.stringify(made!.anchor)))).toEqual({ from: 7, to: 12 });
    expect(anchorOfRange(s.state, 7, 7)).toBeNull();
  });

  it("highlight an open thread's words, the active one marked, and follow them through others' and one's own edits", () => {
    const s = setup();
    const { anchor } = anchorOfRange(s.state, 7, 12)!;
    s.show([{ id: "t1", anchor, resolved: false }], "t1");
    expect(highlightRanges(s.state).get("t1")).toEqual({ from: 7, to: 12 });
    const [decoration] = commentHighlightsKey.getState(s.state)!.decorations.find();
    expect((decoration as unknown as { type: { attrs: Record<string, string> } }).type.attrs).toMatchObject({ class: "comment-highlight is-active", "data-thread-id": "t1" });

    // Someone else writes before the words.
    firstText(s.type).insert(0, "Oh, ");
    s.sync();
    const moved = highlightRanges(s.state).get("t1")!;
    expect(s.state.doc.textBetween(moved.from, moved.to)).toBe("world");

    // And here, typing before them (mapped, the binding not yet told).
    s.apply(s.state.tr.insertText("X", 1));
    const typed = highlightRanges(s.state).get("t1")!;
    expect(s.state.doc.textBetween(typed.from, typed.to)).toBe("world");
  });

  it("draw nothing for resolved threads or words that are gone", () => {
    const s = setup();
    const { anchor } = anchorOfRange(s.state, 7, 12)!;
    s.show([{ id: "t1", anchor, resolved: true }]);
    expect(highlightRanges(s.state).size).toBe(0);

    s.show([{ id: "t1", anchor, resolved: false }]);
    firstText(s.type).delete(6, 5); // "world"
    s.sync();
    expect(resolveAnchor(s.state, anchor)).toBeNull();
    expect(highlightRanges(s.state).size).toBe(0);
  });

  it("tell which thread a click on highlighted words selects, the innermost where they overlap", () => {
    const onSelectThread = vi.fn();
    const s = setup(onSelectThread);
    s.show([
      { id: "outer", anchor: anchorOfRange(s.state, 1, 13)!.anchor, resolved: false },
      { id: "inner", anchor: anchorOfRange(s.state, 7, 12)!.anchor, resolved: false },
    ]);
    const click = (pos: number) => s.highlights.props.handleClick!.call(s.highlights, { state: s.state } as EditorView, pos, new Event("click") as MouseEvent);
    expect(click(9)).toBe(false); // the caret is still placed
    expect(onSelectThread).toHaveBeenLastCalledWith("inner");
    click(3);
    expect(onSelectThread).toHaveBeenLastCalledWith("outer");
    click(20);
    expect(onSelectThread).toHaveBeenCalledTimes(2);
  });

  it("do nothing without the collaboration binding, or with an anchor from elsewhere", () => {
    const plain = EditorState.create({ schema, doc: schema.node("doc", null, [schema.node("paragraph", null, [schema.text("Hello world.")])]) });
    expect(anchorOfRange(plain, 1, 5)).toBeNull();
    const s = setup();
    expect(resolveAnchor(plain, anchorOfRange(s.state, 1, 5)!.anchor)).toBeNull();
    expect(resolveAnchor(s.state, { from: { nonsense: true }, to: 3 })).toBeNull();
  });
});
