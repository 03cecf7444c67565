// Inserting a table from the toolbar: 3 × 3 with a header row, placed beside
// the block the caret is in (as figures are, figure-insert.ts: a table
// dropped mid-paragraph would split it), with the caret in its first cell
// and a paragraph after it if it ends the text.
import type { Editor } from "@tiptap/core";
import { createTable } from "@tiptap/extension-table";
import { TextSelection } from "@tiptap/pm/state";
import { figureTarget } from "@/components/newsroom/editor/figure-insert";

const ROWS = 3;
const COLUMNS = 3;

/** Whether the selection is inside a table (no table goes inside another). */
export function inTable(editor: Editor): boolean {
  return editor.isActive("table");
}

export function insertTable(editor: Editor): void {
  if (editor.isDestroyed || inTable(editor)) return;
  const { state, view } = editor;
  const table = createTable(state.schema, ROWS, COLUMNS, true);
  const { from, to } = figureTarget(state);
  const tr = state.tr.replaceWith(from, to, table);
  // Somewhere to write on after a table that ends the text.
  const after = from + table.nodeSize;
  if (!tr.doc.resolve(after).nodeAfter) tr.insert(after, state.schema.nodes.paragraph.create());
  // from + 1 is inside the table, + 1 the row, + 1 the cell, + 1 its paragraph.
  tr.setSelection(TextSelection.create(tr.doc, from + 4)).scrollIntoView();
  view.dispatch(tr);
  view.focus();
}
