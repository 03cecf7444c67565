// Where an inserted picture goes (media picker, upload, a paste or a drop
// without a position): beside the block the caret is in, never inside it. A
// figure dropped into the middle of a paragraph would split it in two, which
// nobody wants from "insert a photo". So:
// - an empty top-level paragraph is replaced by the figure;
// - a caret at the very start of a top-level paragraph or heading puts the
//   figure before it;
// - otherwise the figure goes after the top-level block (the paragraph, the
//   whole list or quotation) the selection ends in.
// The caret then lands just after the figure, in the block that follows
// (a new empty paragraph if the figure ends the text), ready to type on.
import type { Editor, JSONContent } from "@tiptap/core";
import type { Node as PmNode } from "@tiptap/pm/model";
import { NodeSelection, Selection, TextSelection, type EditorState, type Transaction } from "@tiptap/pm/state";

/** The range the figure replaces (empty: inserted at that position). */
export function figureTarget(state: EditorState): { from: number; to: number } {
  const { selection } = state;
  const { $from, $to } = selection;
  // Between blocks already (a selected top-level figure, a gap cursor).
  if ($to.depth === 0) {
    const at = selection instanceof NodeSelection ? selection.to : $to.pos;
    return { from: at, to: at };
  }
  const block = $from.node(1);
  if (selection.empty && $from.depth === 1 && block.isTextblock) {
    if (block.content.size === 0 && block.type.name === "paragraph") return { from: $from.before(1), to: $from.after(1) };
    if ($from.parentOffset === 0) return { from: $from.before(1), to: $from.before(1) };
  }
  const after = $to.after(1);
  return { from: after, to: after };
}

/** Inserts `figure` where figureTarget says and puts the caret after it. */
export function insertFigureTransaction(state: EditorState, figure: PmNode): Transaction {
  const { from, to } = figureTarget(state);
  const tr = state.tr.replaceWith(from, to, figure);
  const after = from + figure.nodeSize;
  let next = tr.doc.resolve(after).nodeAfter;
  if (!next) {
    next = state.schema.nodes.paragraph.create();
    tr.insert(after, next);
  }
  const selection = next.isTextblock ? TextSelection.create(tr.doc, after + 1) : Selection.near(tr.doc.resolve(after), 1);
  return tr.setSelection(selection).scrollIntoView();
}

/** Inserts a figure (as JSON) into the editor at the caret's block, and focuses the editor. */
export function insertFigure(editor: Editor, figure: JSONContent): void {
  if (editor.isDestroyed) return;
  const { state, view } = editor;
  view.dispatch(insertFigureTransaction(state, state.schema.nodeFromJSON(figure)));
  view.focus();
}
