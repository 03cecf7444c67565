// Embeds of other sites' posts, videos and maps (YouTube, Facebook, X,
// TikTok, Instagram, Vimeo, Google Maps): the body node, its rules and its
// reader HTML (a click-to-load facade). OWNER: embeds helper (issue 19).
// The node keeps only what the server resolved and checked (lib/embeds/):
// never HTML from the provider.
import { Node } from "@tiptap/core";
import type { JsonNode } from "@/lib/content/json-node";
import type { RenderContext } from "@/lib/content/render-context";

export const Embed = Node.create({
  name: "embed",
  group: "block",
  atom: true,
  draggable: true,
  addAttributes() {
    return {
      url: { default: "" },
      provider: { default: null },
      status: { default: "pending" },
      title: { default: "" },
      author: { default: "" },
      thumbnailId: { default: null },
      thumbnailSrc: { default: "" },
      width: { default: null },
      height: { default: null },
    };
  },
  parseHTML() {
    return [{ tag: "div[data-type=embed]" }];
  },
  renderHTML({ HTMLAttributes }) {
    return ["div", { "data-type": "embed" }, ["a", { href: String(HTMLAttributes.url ?? "") }, String(HTMLAttributes.url ?? "")]];
  },
});

/** The rules of an embed's attributes, for those present in `attrs` (the collaboration server checks one at a time). */
export function checkEmbedAttrs(attrs: Record<string, unknown>, path: string): void {
  void attrs;
  void path;
}

/** The reader's HTML of an embed. */
export function renderEmbedHtml(node: JsonNode, ctx: RenderContext): string {
  void ctx;
  return `<p>${String(node.attrs?.url ?? "")}</p>`;
}

/** An embed's plain text (search, feeds' summaries): its title. */
export function embedText(node: JsonNode): string {
  return String(node.attrs?.title ?? "");
}
