// Rewriting the text of a body range in place, node by node: the legacy
// encodings' conversion (legacy-paste.ts) and the tone-mark style
// (tone-convert.ts) both change letters and nothing else, so each text node
// keeps its marks (bold, links, suggestions) and the paragraphs around stay
// as they are. Only the characters that differ are replaced: a co-editor's
// caret, comment anchors and the undo history see the smallest change.
import type { Node as PMNode } from "@tiptap/pm/model";
import type { Transaction } from "@tiptap/pm/state";

/** One text node's part that changes: `before` at `pos` becomes `after`. */
export type TextPiece = { pos: number; before: string; after: string };

/** The pieces of the text between `from` and `to` (the whole document without them) that `rewrite` changes. */
export function textPieces(doc: PMNode, rewrite: (text: string) => string, from = 0, to = doc.content.size): TextPiece[] {
  const pieces: TextPiece[] = [];
  doc.nodesBetween(from, to, (node, pos) => {
    if (!node.isText || !node.text) return true;
    const start = Math.max(pos, from);
    const end = Math.min(pos + node.nodeSize, to);
    if (end <= start) return false;
    const before = node.text.slice(start - pos, end - pos);
    const after = rewrite(before);
    if (after !== before) pieces.push({ pos: start, before, after });
    return false;
  });
  return pieces;
}

/**
 * Where `before` and `after` differ, as splices of `before`: every run of
 * differing characters when both are as long (a tone mark moved, a letter
 * converted one for one), else the one stretch between their common start
 * and end.
 */
export function differingRuns(before: string, after: string): { index: number; remove: number; insert: string }[] {
  if (before.length === after.length) {
    const runs: { index: number; remove: number; insert: string }[] = [];
    for (let i = 0; i < before.length; i++) {
      if (before[i] === after[i]) continue;
      let j = i;
      while (j < before.length && before[j] !== after[j]) j++;
      runs.push({ index: i, remove: j - i, insert: after.slice(i, j) });
      i = j;
    }
    return runs;
  }
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let end = 0;
  while (end < before.length - start && end < after.length - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end++;
  return [{ index: start, remove: before.length - start - end, insert: after.slice(start, after.length - end) }];
}

/**
 * Applies `pieces` (positions in `tr.doc` as it is now) to `tr`, each text
 * keeping the marks of the node it is in. Returns where each piece's new
 * text starts afterwards, in the order given.
 */
export function applyPieces(tr: Transaction, pieces: readonly TextPiece[]): number[] {
  const start = tr.steps.length;
  // From the end backwards: a change never moves the places still to change.
  const order = pieces.map((_, i) => i).sort((a, b) => pieces[b].pos - pieces[a].pos);
  for (const i of order) {
    const { pos, before, after } = pieces[i];
    const marks = tr.doc.nodeAt(pos)?.marks ?? [];
    for (const run of differingRuns(before, after).reverse()) {
      const from = pos + run.index;
      const to = from + run.remove;
      if (run.insert) tr.replaceWith(from, to, tr.doc.type.schema.text(run.insert, marks));
      else tr.delete(from, to);
    }
  }
  const mapping = tr.mapping.slice(start);
  return pieces.map((p) => mapping.map(p.pos, -1));
}

/** Whether `doc` holds `text` at `pos`. */
export function holds(doc: PMNode, pos: number, text: string): boolean {
  if (pos < 0 || pos + text.length > doc.content.size) return false;
  return doc.textBetween(pos, pos + text.length) === text;
}

/** The part of the document (after them) that `transactions` changed, or null when they changed nothing. */
export function changedRange(transactions: readonly Transaction[]): { from: number; to: number } | null {
  let range: { from: number; to: number } | null = null;
  for (const tr of transactions) {
    for (const map of tr.mapping.maps) {
      if (range) range = { from: map.map(range.from, -1), to: map.map(range.to, 1) };
      map.forEach((_oldStart, _oldEnd, newStart, newEnd) => {
        range = range ? { from: Math.min(range.from, newStart), to: Math.max(range.to, newEnd) } : { from: newStart, to: newEnd };
      });
    }
  }
  return range && range.to > range.from ? range : null;
}
