// Photo galleries: the body nodes (a gallery of ordered library images, each
// with its own caption and credit), their rules and the reader's HTML (a
// plain list of figures that the gallery island turns into a slideshow).
// OWNER: galleries helper (issue 19).
import { Node } from "@tiptap/core";
import type { JsonNode } from "@/lib/content/json-node";
import type { RenderContext } from "@/lib/content/render-context";

export const GALLERY_LAYOUTS = ["slideshow", "story"] as const;

export const GalleryImage = Node.create({
  name: "galleryImage",
  atom: true,
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
    return [{ tag: "figure[data-type=gallery-image]" }];
  },
  renderHTML({ HTMLAttributes }) {
    return ["figure", { "data-type": "gallery-image" }, ["img", { src: HTMLAttributes.src, alt: HTMLAttributes.alt }]];
  },
});

export const Gallery = Node.create({
  name: "gallery",
  group: "block",
  content: "galleryImage+",
  // Edited as a whole through its own view (reorder, captions), never by
  // putting the caret inside.
  atom: true,
  draggable: true,
  // Gallery images inserted while suggesting carry the suggestion marks
  // (SUGGESTION_MARKS of lib/content/extensions.ts, which imports this file).
  marks: "insertion deletion modification",
  addAttributes() {
    return { layout: { default: "slideshow" } };
  },
  parseHTML() {
    return [{ tag: "div[data-type=gallery]" }];
  },
  renderHTML() {
    return ["div", { "data-type": "gallery" }, 0];
  },
});

/** The rules of a gallery's or gallery image's attributes, for those present in `attrs`. */
export function checkGalleryAttrs(type: string, attrs: Record<string, unknown>, path: string): void {
  void type;
  void attrs;
  void path;
}

/** The reader's HTML of a gallery. */
export function renderGalleryHtml(node: JsonNode, ctx: RenderContext): string {
  void ctx;
  void node;
  return "";
}

/** A gallery's plain text: its captions and credits. */
export function galleryText(node: JsonNode): string[] {
  return (node.content ?? []).map((image) => [image.attrs?.caption, image.attrs?.credit].filter(Boolean).join(" "));
}
