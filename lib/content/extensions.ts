// The body's vocabulary: the Tiptap extensions the editor uses, and the same
// list the server validates against, so the two can never disagree. That
// includes the three suggestion marks of @handlewithcare/prosemirror-suggest-changes
// (insertion, deletion, modification: the editor's "suggesting" mode, see
// lib/content/suggestions.ts), so a body with open suggestions is a valid body.
import { getSchema, Mark, Node, mergeAttributes, type AnyExtension, type Attribute } from "@tiptap/core";
import type { MarkSpec, Schema } from "@tiptap/pm/model";
import { Blockquote } from "@tiptap/extension-blockquote";
import { Document } from "@tiptap/extension-document";
import { BulletList, ListItem, OrderedList } from "@tiptap/extension-list";
import StarterKit from "@tiptap/starter-kit";
import { deletion, insertion, modification } from "@handlewithcare/prosemirror-suggest-changes";

/** URL schemes a link may use. */
export const LINK_SCHEMES = ["http", "https", "mailto"] as const;

/** The body as ProseMirror JSON (what the editor sends and the database keeps). */
export type JsonNode = {
  type: string;
  attrs?: Record<string, unknown>;
  content?: JsonNode[];
  marks?: { type: string; attrs?: Record<string, unknown> }[];
  text?: string;
};

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
  addAttributes() {
    return {
      src: { default: "" },
      mediaId: { default: null },
      width: { default: null },
      height: { default: null },
      alt: { default: "" },
      caption: { default: "" },
      credit: { default: "" },
    };
  },
  parseHTML() {
    return [{ tag: "figure[data-type=figure]" }];
  },
  renderHTML({ HTMLAttributes }) {
    const { src, alt, caption, credit, width, height } = HTMLAttributes as Record<string, string>;
    return [
      "figure",
      mergeAttributes({ "data-type": "figure" }),
      ["img", { src, alt, width, height }],
      ["figcaption", {}, [caption ?? "", credit ? ` ${credit}` : ""].join("")],
    ];
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

// Whole inserted or deleted blocks (a list item, a pasted paragraph) carry the
// marks as node marks, which their parent must allow; nodes holding inline
// content allow every mark already.
const blockMarks = { marks: SUGGESTION_MARKS.join(" ") };

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
  Insertion,
  Deletion,
  Modification,
];

let cachedSchema: Schema | undefined;
/** The ProseMirror schema of bodyExtensions (built once). */
export function bodySchema(): Schema {
  return (cachedSchema ??= getSchema(bodyExtensions));
}
