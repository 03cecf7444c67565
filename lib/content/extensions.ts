// The body's vocabulary: the Tiptap extensions the editor uses, and the same
// list the server validates against, so the two can never disagree.
import { Node, mergeAttributes, type AnyExtension } from "@tiptap/core";
import StarterKit from "@tiptap/starter-kit";

/** URL schemes a link may use. */
export const LINK_SCHEMES = ["http", "https", "mailto"] as const;

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
  }),
  Figure,
];
