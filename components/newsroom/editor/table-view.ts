// How a table looks inside the editor: Tiptap's table view (a scrolling
// wrapper, the <table> and its <tbody> for the rows) with the caption shown
// above the rows. The caption is an attribute of the table
// (lib/content/extensions.ts), edited in the table menu (table-menu.tsx), so
// here it is display only: not editable in place, and changing it updates
// the text rather than rebuilding the whole table while someone types it.
import { TableView, updateColumns } from "@tiptap/extension-table";
import { Mark, type Node as PmNode } from "@tiptap/pm/model";
import { BodyTable } from "@/lib/content/extensions";
import styles from "@/components/newsroom/editor/table.module.css";

// Tiptap's default smallest cell width; the reader's stylesheet sets its own.
const CELL_MIN_WIDTH = 25;

class CaptionedTableView extends TableView {
  private readonly caption: HTMLTableCaptionElement;

  constructor(node: PmNode) {
    super(node, CELL_MIN_WIDTH);
    this.dom.classList.add(styles.wrapper);
    this.caption = document.createElement("caption");
    this.caption.contentEditable = "false";
    this.table.prepend(this.caption);
    this.showCaption(node);
  }

  private showCaption(node: PmNode) {
    const text = typeof node.attrs.caption === "string" ? node.attrs.caption : "";
    this.caption.textContent = text;
    this.caption.hidden = text === "";
  }

  override update(node: PmNode): boolean {
    // A new caption is shown in place; any other change (a suggestion mark on
    // the table) makes ProseMirror draw the table anew.
    if (node.type !== this.node.type || !Mark.sameSet(node.marks, this.node.marks)) return false;
    this.node = node;
    this.showCaption(node);
    updateColumns(node, this.colgroup, this.table, this.cellMinWidth);
    return true;
  }
}

/** The table node with its editing view. */
export const EditableTable = BodyTable.extend({
  addNodeView() {
    return ({ node }) => new CaptionedTableView(node);
  },
});
