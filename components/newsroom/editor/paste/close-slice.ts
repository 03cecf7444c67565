// Keeping pasted blocks whole. ProseMirror opens a slice pasted from outside
// as far as it can (Slice.maxOpen), so its first block "fits" into the
// paragraph the caret is in: a heading pasted at the end of a paragraph
// would become more text of that paragraph. Only a plain paragraph should
// flow into the text around the caret; a slice starting (or ending) with
// anything else, a heading, a list, a quote, a table, is closed on that side
// so the block arrives whole, beside the paragraph. Used as the editor's
// `transformPasted` for pastes from outside (paste-extension.ts); a copy
// from the editor itself keeps ProseMirror's own record of what was open.
import { Fragment, Slice, type Node as PMNode } from "@tiptap/pm/model";

type Side = "start" | "end";

/**
 * `node` with `depth` levels of it open on `side` closed: each level's
 * content completed with what its type requires there (a list item needs
 * its paragraph). Null when a type cannot be completed.
 */
function closed(node: PMNode, depth: number, side: Side): PMNode | null {
  let content = node.content;
  if (depth > 1) {
    const index = side === "start" ? 0 : content.childCount - 1;
    const inner = closed(content.child(index), depth - 1, side);
    if (!inner) return null;
    content = content.replaceChild(index, inner);
  }
  if (side === "start") {
    const before = node.type.contentMatch.fillBefore(content);
    if (!before) return null;
    content = before.append(content);
  } else {
    const after = node.type.contentMatch.matchFragment(content)?.fillBefore(Fragment.empty, true);
    if (!after) return null;
    content = content.append(after);
  }
  return node.type.validContent(content) ? node.copy(content) : null;
}

const isParagraph = (node: PMNode | null) => node?.type.name === "paragraph";

/** The slice with each open side closed unless that side's block is a plain paragraph (see the header). */
export function keepPastedBlocksWhole(slice: Slice): Slice {
  let { content, openStart, openEnd } = slice;
  if (openStart > 0 && content.firstChild && !isParagraph(content.firstChild)) {
    const first = closed(content.firstChild, openStart, "start");
    if (first) {
      // A one-block slice open on both sides: the end stays open in the same node.
      content = content.replaceChild(0, first);
      openStart = 0;
    }
  }
  if (openEnd > 0 && content.lastChild && !isParagraph(content.lastChild)) {
    const last = closed(content.lastChild, openEnd, "end");
    if (last) {
      content = content.replaceChild(content.childCount - 1, last);
      openEnd = 0;
    }
  }
  return openStart === slice.openStart && openEnd === slice.openEnd ? slice : new Slice(content, openStart, openEnd);
}
