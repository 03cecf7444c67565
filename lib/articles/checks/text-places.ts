// Where the publish checks find text: the headline, the lead, the SEO texts
// and every block of text in the body (paragraphs, headings, in lists, quotes
// and table cells), each with the name and place a warning gives it. A body
// block's text is its inline content with each inline node that is not text
// counted as one character (a line break "\n", anything else U+FFFC): the
// same size ProseMirror gives them, so an offset into this text is an offset
// into the editor's block (the counts & checks panel moves the caret there).
import type { JsonNode } from "@/lib/content/json-node";
import type { PublishContent } from "@/lib/articles/checks/types";

export type TextPlace = {
  /** "title", "lead", "seoTitle", "seoDescription", or the body block's node type ("paragraph", "heading"). */
  item: string;
  /** A body block's place among blocks of its type, from 1 (absent for the fields). */
  position?: number;
  text: string;
};

/** The article's fields that hold text, in the order a warning lists them. */
export const TEXT_FIELDS = ["title", "lead", "seoTitle", "seoDescription"] as const;

/** Every node of the body, depth first, in reading order. */
export function* walk(node: JsonNode): Generator<JsonNode> {
  yield node;
  for (const child of node.content ?? []) yield* walk(child);
}

const isText = (node: JsonNode) => node.type === "text";

/** A body block holding text (as opposed to one holding other blocks, or an atom such as a figure). */
function isTextBlock(node: JsonNode): boolean {
  return node.type === "paragraph" || node.type === "heading";
}

function inlineText(node: JsonNode): string {
  let out = "";
  for (const child of node.content ?? []) {
    if (isText(child)) out += child.text ?? "";
    else out += child.type === "hardBreak" ? "\n" : "\uFFFC";
  }
  return out;
}

/** The fields' texts, then the body's blocks of text, in reading order. */
export function textPlaces(content: PublishContent): TextPlace[] {
  const places: TextPlace[] = TEXT_FIELDS.map((item) => ({ item, text: content[item] ?? "" }));
  const seen: Record<string, number> = {};
  for (const node of walk(content.body)) {
    if (!isTextBlock(node)) continue;
    const position = (seen[node.type] = (seen[node.type] ?? 0) + 1);
    places.push({ item: node.type, position, text: inlineText(node) });
  }
  return places;
}

/**
 * A short piece of `text` around [start, end), cut at spaces where it can be,
 * with "…" where it was cut: enough to recognise the place by.
 */
export function snippet(text: string, start: number, end: number, around = 18): string {
  let from = Math.max(0, start - around);
  let to = Math.min(text.length, end + around);
  if (from > 0) {
    const space = text.indexOf(" ", from);
    if (space !== -1 && space < start) from = space + 1;
  }
  if (to < text.length) {
    const space = text.lastIndexOf(" ", to);
    if (space >= end) to = space;
  }
  const piece = text.slice(from, to).replace(/[\n\uFFFC]/g, " ");
  return `${from > 0 ? "…" : ""}${piece}${to < text.length ? "…" : ""}`;
}
