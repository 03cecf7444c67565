// Uploaded videos in the body: the node (a library video, its poster image
// and captions track), its rules and the reader's HTML (the browser's own
// player). OWNER: video helper (issue 19).
import { Node } from "@tiptap/core";
import type { JsonNode } from "@/lib/content/json-node";
import type { RenderContext } from "@/lib/content/render-context";

export const Video = Node.create({
  name: "video",
  group: "block",
  atom: true,
  draggable: true,
  addAttributes() {
    return {
      mediaId: { default: null },
      src: { default: "" },
      posterId: { default: null },
      posterSrc: { default: "" },
      captionsId: { default: null },
      width: { default: null },
      height: { default: null },
      title: { default: "" },
      caption: { default: "" },
      credit: { default: "" },
    };
  },
  parseHTML() {
    return [{ tag: "figure[data-type=video]" }];
  },
  renderHTML({ HTMLAttributes }) {
    return ["figure", { "data-type": "video" }, ["video", { src: HTMLAttributes.src, controls: "" }]];
  },
});

/** The rules of a video's attributes, for those present in `attrs`. */
export function checkVideoAttrs(attrs: Record<string, unknown>, path: string): void {
  void attrs;
  void path;
}

/** The reader's HTML of a video. */
export function renderVideoHtml(node: JsonNode, ctx: RenderContext): string {
  void ctx;
  void node;
  return "";
}

/** A video's plain text: title, caption and credit. */
export function videoText(node: JsonNode): string {
  return [node.attrs?.title, node.attrs?.caption, node.attrs?.credit].filter(Boolean).join(" ");
}
