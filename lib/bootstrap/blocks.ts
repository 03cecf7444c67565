// Turns the simple block lists of demo content into editor documents.
import type { DemoBlock } from "@/prisma/seed/demo-articles";
import type { JsonNode } from "@/lib/content/body";

export type FigureImage = { src: string; mediaId: string; width: number; height: number };

const textNode = (text: string): JsonNode[] => (text ? [{ type: "text", text }] : []);

/** `images` supplies one image per figure block, in order. */
export function blocksToDoc(blocks: DemoBlock[], images: FigureImage[]): JsonNode {
  let figure = 0;
  const content: JsonNode[] = blocks.map((block) => {
    switch (block.type) {
      case "p":
        return { type: "paragraph", content: textNode(block.text) };
      case "h2":
      case "h3":
        return { type: "heading", attrs: { level: block.type === "h2" ? 2 : 3 }, content: textNode(block.text) };
      case "quote":
        return { type: "blockquote", content: [{ type: "paragraph", content: textNode(block.text) }] };
      case "list":
        return {
          type: block.ordered ? "orderedList" : "bulletList",
          content: block.items.map((item) => ({ type: "listItem", content: [{ type: "paragraph", content: textNode(item) }] })),
        };
      case "figure": {
        const image = images[figure++];
        if (!image) throw new Error("blocksToDoc: not enough images for the figures");
        return {
          type: "figure",
          attrs: { ...image, alt: block.alt, caption: block.caption, credit: block.credit },
        };
      }
    }
  });
  return { type: "doc", content };
}
