// Tables in article bodies (the nodes are in lib/content/extensions.ts): the
// rules a table keeps beyond the schema's (attribute values, size), the
// reader's HTML of one, and its plain text. validateBody and prepareBody
// (lib/content/body.ts) and the collaboration server's per-update check
// (lib/collab/check-values.ts) all use these, so each rule is written once.
import { TABLE_LIMITS, type JsonNode } from "@/lib/content/extensions";
import { BodyError } from "@/lib/content/body-error";
import { escapeHtml } from "@/lib/content/escape-html";

export { TABLE_LIMITS };

/** The node types that make up a table. */
export const TABLE_NODES: readonly string[] = ["table", "tableRow", "tableHeader", "tableCell"];
const CELLS: readonly string[] = ["tableCell", "tableHeader"];

// Region labels made from a header row are cut here: a label, not the row.
const MAX_LABEL_CHARS = 120;

const isSpan = (v: unknown, max: number) => Number.isInteger(v) && (v as number) >= 1 && (v as number) <= max;

/**
 * The rules of a table node's attributes, for those present in `attrs` (the
 * others take their defaults): a caption is short text, a cell spans whole
 * numbers of columns and rows within the table's limits.
 */
export function checkTableAttrs(type: string, attrs: Record<string, unknown>, path: string): void {
  if (type === "table" && Object.hasOwn(attrs, "caption")) {
    const caption = attrs.caption;
    if (caption !== null && typeof caption !== "string") throw new BodyError("A table caption must be text", path);
    if (typeof caption === "string" && caption.length > TABLE_LIMITS.maxCaptionChars) {
      throw new BodyError(`A table caption has at most ${TABLE_LIMITS.maxCaptionChars} characters`, path);
    }
  }
  if (CELLS.includes(type)) {
    if (Object.hasOwn(attrs, "colspan") && !isSpan(attrs.colspan, TABLE_LIMITS.maxColumns)) {
      throw new BodyError(`A table cell spans 1 to ${TABLE_LIMITS.maxColumns} columns`, path);
    }
    if (Object.hasOwn(attrs, "rowspan") && !isSpan(attrs.rowspan, TABLE_LIMITS.maxRows)) {
      throw new BodyError(`A table cell spans 1 to ${TABLE_LIMITS.maxRows} rows`, path);
    }
  }
}

function spanOf(cell: JsonNode, key: "colspan" | "rowspan"): number {
  const v = cell.attrs?.[key];
  return Number.isInteger(v) ? (v as number) : 1;
}

/**
 * The table's size within TABLE_LIMITS. Columns are counted as browsers lay
 * them out: a cell spanning rows takes its columns in the rows below too.
 * Rows of unequal width are allowed (two people adding columns at once can
 * leave them so until the editor evens them out); the widest one counts.
 */
export function checkTableSize(table: JsonNode, path: string): void {
  const rows = table.content ?? [];
  if (rows.length > TABLE_LIMITS.maxRows) throw new BodyError(`A table has at most ${TABLE_LIMITS.maxRows} rows`, path);
  const carried = new Array<number>(rows.length).fill(0);
  let columns = 0;
  rows.forEach((row, r) => {
    let width = carried[r];
    for (const cell of row.content ?? []) {
      const colspan = spanOf(cell, "colspan");
      width += colspan;
      if (width > TABLE_LIMITS.maxColumns) throw new BodyError(`A table has at most ${TABLE_LIMITS.maxColumns} columns`, path);
      for (let k = 1; k < spanOf(cell, "rowspan") && r + k < rows.length; k++) carried[r + k] += colspan;
    }
    columns = Math.max(columns, width);
  });
  if (columns * rows.length > TABLE_LIMITS.maxCells) {
    throw new BodyError(`A table has at most ${TABLE_LIMITS.maxCells} cells`, path);
  }
}

function inlineText(node: JsonNode): string {
  if (node.type === "text") return node.text ?? "";
  if (node.type === "hardBreak") return " ";
  return (node.content ?? []).map(inlineText).join("");
}

// A cell's paragraphs, and a row's cells, with spaces between them.
const cellText = (cell: JsonNode) => (cell.content ?? []).map(inlineText).join(" ").replace(/\s+/g, " ").trim();
const rowText = (row: JsonNode, separator = " ") => (row.content ?? []).map(cellText).filter(Boolean).join(separator);

/** The table as lines of plain text (for search and word counts): its caption, then a line per row. */
export function tableLines(table: JsonNode): string[] {
  const caption = typeof table.attrs?.caption === "string" ? table.attrs.caption : "";
  return [caption, ...(table.content ?? []).map((row) => rowText(row))];
}

/**
 * The reader's HTML of a table: the caption as <caption>; a first row made of
 * header cells as the <thead>, its cells <th scope="col">; header cells in
 * the other rows (the first column, usually) <th scope="row">. Wrapped in a
 * region that scrolls sideways on narrow screens rather than squashing the
 * columns, focusable so it scrolls from the keyboard, and named by the
 * caption (or, without one, by the header row's text) for screen readers.
 * `render` gives the HTML of a node inside a cell (the body's renderer).
 */
export function renderTable(table: JsonNode, render: (node: JsonNode) => string): string {
  const rows = (table.content ?? []).filter((row) => row.content?.length);
  if (!rows.length) return "";
  const caption = typeof table.attrs?.caption === "string" ? table.attrs.caption.trim() : "";
  const head = rows[0].content!.every((cell) => cell.type === "tableHeader") ? rows[0] : undefined;
  const body = head ? rows.slice(1) : rows;

  const cell = (node: JsonNode, scope: "col" | "row") => {
    const header = node.type === "tableHeader";
    const tag = header ? "th" : "td";
    const colspan = spanOf(node, "colspan");
    const rowspan = spanOf(node, "rowspan");
    const attrs = `${header ? ` scope="${scope}"` : ""}${colspan > 1 ? ` colspan="${colspan}"` : ""}${rowspan > 1 ? ` rowspan="${rowspan}"` : ""}`;
    // One paragraph (the usual cell) is written without <p>, for compact
    // cells in feed readers that do not have the site's stylesheet.
    const blocks = node.content ?? [];
    const inner = blocks.length === 1 && blocks[0].type === "paragraph" ? (blocks[0].content ?? []).map(render) : blocks.map(render);
    return `<${tag}${attrs}>${inner.join("")}</${tag}>`;
  };
  const tr = (row: JsonNode, scope: "col" | "row") => `<tr>${row.content!.map((c) => cell(c, scope)).join("")}</tr>`;

  const html =
    "<table>" +
    (caption ? `<caption>${escapeHtml(caption)}</caption>` : "") +
    (head ? `<thead>${tr(head, "col")}</thead>` : "") +
    (body.length ? `<tbody>${body.map((row) => tr(row, "row")).join("")}</tbody>` : "") +
    "</table>";
  let label = caption || rowText(rows[0], ", ");
  if (label.length > MAX_LABEL_CHARS) label = `${label.slice(0, MAX_LABEL_CHARS - 1).trimEnd()}…`;
  const region = label ? ` role="region" aria-label="${escapeHtml(label)}"` : "";
  return `<div class="table-scroll"${region} tabindex="0">${html}</div>`;
}
