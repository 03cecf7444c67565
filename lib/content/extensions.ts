// The body's vocabulary: the Tiptap extensions the editor uses, and the same
// list the server validates against, so the two can never disagree. That
// includes the three suggestion marks of @handlewithcare/prosemirror-suggest-changes
// (insertion, deletion, modification: the editor's "suggesting" mode, see
// lib/content/suggestions.ts), so a body with open suggestions is a valid body.
// Tables (BodyTable and its rows and cells, below) are part of it too, with
// the rules for reading pasted tables; their own checks, HTML and text are in
// lib/content/tables.ts.
import { getSchema, Mark, Node, type AnyExtension, type Attribute } from "@tiptap/core";
import type { MarkSpec, Schema } from "@tiptap/pm/model";
import { Blockquote } from "@tiptap/extension-blockquote";
import { Document } from "@tiptap/extension-document";
import { BulletList, ListItem, OrderedList } from "@tiptap/extension-list";
import { Table, TableCell, TableHeader, TableRow } from "@tiptap/extension-table";
import StarterKit from "@tiptap/starter-kit";
import { deletion, insertion, modification } from "@handlewithcare/prosemirror-suggest-changes";
import { Embed } from "@/lib/content/embeds";
import { pictureAttributes, pictureDom } from "@/lib/content/figure-node";
import { Gallery, GalleryImage } from "@/lib/content/galleries";
import { Video } from "@/lib/content/videos";
import { LINK_SCHEMES } from "@/lib/content/figure-rules";

/** URL schemes a link may use (defined with the picture rules, which galleries share). */
export { LINK_SCHEMES };

export type { JsonNode } from "@/lib/content/json-node";

/** The suggestion marks' names, in the library's order of precedence. */
export const SUGGESTION_MARKS = ["insertion", "deletion", "modification"] as const;
export type SuggestionKind = (typeof SUGGESTION_MARKS)[number];

/**
 * A news photo: image plus caption, credit and alt text. An atom: the editor
 * edits its fields through a form, so the stored shape stays flat and simple.
 */
export const Figure = Node.create({
  name: "figure",
  group: "block",
  atom: true,
  draggable: true,
  // Read back from the HTML it writes (lib/content/figure-node.ts).
  addAttributes() {
    return pictureAttributes({ fromElement: true });
  },
  parseHTML() {
    return [{ tag: "figure[data-type=figure]" }];
  },
  renderHTML({ HTMLAttributes }) {
    return pictureDom("figure", HTMLAttributes);
  },
});

/**
 * A Tiptap mark made from one of the library's MarkSpecs: the same
 * inclusiveness, exclusions, attributes (with their validation) and DOM form.
 * The spec's own toDOM/parseDOM are handed to the schema through
 * extendMarkSchema rather than renderHTML, because Tiptap's renderHTML does
 * not receive the `inline` flag the library's toDOM uses for block marks.
 */
function suggestionMark(name: SuggestionKind, spec: MarkSpec) {
  return Mark.create({
    name,
    inclusive: spec.inclusive,
    excludes: spec.excludes,
    addAttributes() {
      const attrs: Record<string, Attribute> = {};
      for (const [key, attr] of Object.entries(spec.attrs ?? {})) {
        // No default means required (the id), as in the library.
        attrs[key] = "default" in attr ? { default: attr.default, validate: attr.validate } : { isRequired: true, validate: attr.validate };
      }
      return attrs;
    },
    extendMarkSchema(extension) {
      return extension.name === name ? { toDOM: spec.toDOM, parseDOM: spec.parseDOM } : {};
    },
  });
}

export const Insertion = suggestionMark("insertion", insertion);
export const Deletion = suggestionMark("deletion", deletion);
export const Modification = suggestionMark("modification", modification);

// Whole inserted or deleted blocks (a list item, a pasted paragraph, a table
// row) carry the marks as node marks, which their parent must allow; nodes
// holding inline content allow every mark already.
const blockMarks = { marks: SUGGESTION_MARKS.join(" ") };

/**
 * How big a table may be (checked in lib/content/tables.ts): plenty for
 * results, prices and schedules, and small enough for the editor to stay
 * quick and a phone to scroll through.
 */
export const TABLE_LIMITS = {
  maxRows: 300,
  maxColumns: 30,
  /** Rows × columns. */
  maxCells: 3000,
  maxCaptionChars: 300,
} as const;

/** A pasted colspan/rowspan as a whole number within the table's limits (Word writes odd ones). */
function parseSpan(name: string, max: number) {
  return (element: HTMLElement) => {
    const n = parseInt(element.getAttribute(name) ?? "", 10);
    return Number.isInteger(n) && n >= 1 ? Math.min(n, max) : 1;
  };
}

/** A child element's text, on one line. */
function childText(element: HTMLElement, tag: string): string | null {
  const child = Array.from(element.children).find((c) => c.tagName.toLowerCase() === tag);
  return child?.textContent?.replace(/\s+/g, " ").trim() || null;
}

// Pasted cells (Word, Google Docs, web pages) can hold lists, headings,
// quotes, even tables. Cells hold paragraphs only, and ProseMirror's parser
// would otherwise carry such blocks out of the table, splitting it; so inside
// a cell they are read as paragraphs (or their content, for containers).
// An item or nested cell holding paragraphs of its own gives those; one
// holding only text is one paragraph.
const IN_CELL = { context: "tableCell//|tableHeader//", priority: 60 };
const HAS_BLOCKS = "p, div, ul, ol, h1, h2, h3, h4, h5, h6, blockquote, table";
const insideCells = [
  ...["li", "td", "th"].map((tag) => ({ tag, node: "paragraph", getAttrs: (el: HTMLElement) => (el.querySelector(HAS_BLOCKS) ? false : null), ...IN_CELL })),
  ...["ul", "ol", "li", "blockquote", "figure", "table", "thead", "tbody", "tfoot", "tr", "td", "th"].map((tag) => ({ tag, skip: true as const, ...IN_CELL })),
  ...["h1", "h2", "h3", "h4", "h5", "h6"].map((tag) => ({ tag, node: "paragraph", ...IN_CELL })),
  { tag: "hr", ignore: true, ...IN_CELL },
];

/**
 * Tables for results, prices and schedules (Tiptap's table nodes, with the
 * row and column commands of prosemirror-tables). The caption is an attribute
 * of the table, not a node: prosemirror-tables takes every child of a table
 * to be a row (its TableMap, the add/delete row and column commands,
 * fixTables), so a caption child would break them; as an attribute it is
 * plain text that y-tiptap keeps as one attribute of the table's Yjs element,
 * checked by the collaboration server like any attribute and by validateBody
 * in one place (lib/content/tables.ts). It is edited in the editor's table
 * menu and written as <caption> in HTML, so copy and paste keep it.
 * Columns are not resizable: the reader's page lays tables out for the
 * screen (scrolling sideways on phones), and widths fixed in an editor's
 * window would be wrong on both; so there is no colwidth attribute (nor
 * alignment: one look for every table).
 */
export const BodyTable = Table.extend({
  ...blockMarks,
  addOptions() {
    return { ...this.parent!(), resizable: false, renderWrapper: false };
  },
  addAttributes() {
    return {
      caption: {
        default: null,
        parseHTML: (element) => childText(element, "caption"),
        renderHTML: () => ({}),
      },
    };
  },
  parseHTML() {
    return [
      { tag: "table" },
      // The caption's text is read by the caption attribute above; parsed as
      // content it would become a stray row.
      { tag: "caption", ignore: true },
      ...insideCells,
    ];
  },
  renderHTML({ node }) {
    const caption = node.attrs.caption as string | null;
    return ["table", {}, ...(caption ? [["caption", {}, caption]] : []), ["tbody", 0]];
  },
});

export const BodyTableRow = TableRow.extend(blockMarks);

// Cells hold paragraphs only: no figures, lists or tables inside tables.
const cellSpec = {
  ...blockMarks,
  content: "paragraph+",
  addAttributes() {
    return {
      colspan: { default: 1, parseHTML: parseSpan("colspan", TABLE_LIMITS.maxColumns) },
      rowspan: { default: 1, parseHTML: parseSpan("rowspan", TABLE_LIMITS.maxRows) },
    };
  },
};
export const BodyTableCell = TableCell.extend(cellSpec);
export const BodyTableHeader = TableHeader.extend(cellSpec);

export const bodyExtensions: AnyExtension[] = [
  StarterKit.configure({
    heading: { levels: [2, 3] },
    code: false,
    codeBlock: false,
    link: {
      openOnClick: false,
      autolink: true,
      protocols: [...LINK_SCHEMES],
      defaultProtocol: "https",
    },
    // Added below with suggestion marks allowed on their children.
    document: false,
    blockquote: false,
    bulletList: false,
    orderedList: false,
    listItem: false,
  }),
  Document.extend(blockMarks),
  Blockquote.extend(blockMarks),
  BulletList.extend(blockMarks),
  OrderedList.extend(blockMarks),
  ListItem.extend(blockMarks),
  Figure,
  Gallery,
  GalleryImage,
  Video,
  Embed,
  BodyTable,
  BodyTableRow,
  BodyTableHeader,
  BodyTableCell,
  Insertion,
  Deletion,
  Modification,
];

let cachedSchema: Schema | undefined;
/** The ProseMirror schema of bodyExtensions (built once). */
export function bodySchema(): Schema {
  return (cachedSchema ??= getSchema(bodyExtensions));
}
