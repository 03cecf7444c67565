// Backspace and Delete beside a figure select it first; only the next press
// deletes it. ProseMirror's own keys delete an atom next to the caret at
// once (joinBackward/joinForward), so one Backspace too many at the start
// of a paragraph would silently take a photo, its caption and credit with it.
// An empty paragraph next to a figure is left to ProseMirror: it removes the
// paragraph and selects the figure, which is the same two-step behaviour.
import { Extension } from "@tiptap/core";
import { NodeSelection, TextSelection, type EditorState, type Transaction } from "@tiptap/pm/state";

/**
 * The position of the figure just before (dir -1) or after (dir 1) the
 * caret's block, when the caret is at that edge of a non-empty block and the
 * figure is its sibling; null otherwise.
 */
export function figureBeside(state: EditorState, dir: -1 | 1): number | null {
  const { selection } = state;
  const $cursor = selection instanceof TextSelection ? selection.$cursor : null;
  if (!$cursor || $cursor.depth === 0) return null;
  const block = $cursor.parent;
  if (block.content.size === 0) return null;
  if ($cursor.parentOffset !== (dir < 0 ? 0 : block.content.size)) return null;
  const container = $cursor.node(-1);
  const index = $cursor.index(-1) + dir;
  const neighbour = index >= 0 && index < container.childCount ? container.child(index) : null;
  if (neighbour?.type.name !== "figure") return null;
  return dir < 0 ? $cursor.before() - neighbour.nodeSize : $cursor.after();
}

function selectFigureBeside(state: EditorState, dir: -1 | 1, dispatch: (tr: Transaction) => void): boolean {
  const at = figureBeside(state, dir);
  if (at === null) return false;
  dispatch(state.tr.setSelection(NodeSelection.create(state.doc, at)).scrollIntoView());
  return true;
}

export const FigureKeys = Extension.create({
  name: "figureKeys",
  // Before the core keymap (priority 100), whose Backspace and Delete would delete the figure.
  priority: 1000,
  addKeyboardShortcuts() {
    const back = () => selectFigureBeside(this.editor.state, -1, (tr) => this.editor.view.dispatch(tr));
    const forward = () => selectFigureBeside(this.editor.state, 1, (tr) => this.editor.view.dispatch(tr));
    return { Backspace: back, "Mod-Backspace": back, "Shift-Backspace": back, Delete: forward, "Mod-Delete": forward };
  },
});
