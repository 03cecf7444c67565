// Pure text arithmetic for binding a plain <input>/<textarea> to a shared
// Y.Text (use-shared-text.ts):
// - textDiff: what one local edit changed, as a single splice (common prefix
//   and suffix kept), so only the typed characters go into the shared text
//   and a co-author's concurrent typing elsewhere in the field survives;
// - mapIndex: where a caret index lands after a remote change (a Yjs delta),
//   so the writer's caret does not jump when someone else types.
// Indexes are UTF-16 code units, as in both the DOM and Y.Text.

/** One splice: at `index`, remove `remove` code units and insert `insert`. */
export type TextSplice = { index: number; remove: number; insert: string };

/** A Yjs text delta op (Y.YTextEvent#delta); attributes are irrelevant here. */
export type DeltaOp = { retain?: number; delete?: number; insert?: string | object };

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/**
 * The splice turning `before` into `after`, or null when they are equal.
 * `caret` (the selection end in `after`, if known) settles ambiguous cases:
 * typing "a" into "aa" at the middle is an insertion at 1, not at the end.
 * The splice never cuts a surrogate pair (an emoji stays whole).
 */
export function textDiff(before: string, after: string, caret?: number | null): TextSplice | null {
  if (before === after) return null;
  const shortest = Math.min(before.length, after.length);
  let prefix = 0;
  let suffix = 0;
  const commonSuffix = (limit: number) => {
    let n = 0;
    while (n < limit && before.charCodeAt(before.length - 1 - n) === after.charCodeAt(after.length - 1 - n)) n++;
    return n;
  };
  const commonPrefix = (limit: number) => {
    let n = 0;
    while (n < limit && before.charCodeAt(n) === after.charCodeAt(n)) n++;
    return n;
  };
  if (caret != null && caret >= 0 && caret <= after.length) {
    // The text after the caret is what the writer did not touch.
    suffix = commonSuffix(Math.min(shortest, after.length - caret));
    prefix = commonPrefix(shortest - suffix);
  } else {
    prefix = commonPrefix(shortest);
    suffix = commonSuffix(shortest - prefix);
  }
  if (prefix > 0 && isHighSurrogate(before.charCodeAt(prefix - 1))) prefix--;
  if (suffix > 0 && isLowSurrogate(before.charCodeAt(before.length - suffix))) suffix--;
  return { index: prefix, remove: before.length - prefix - suffix, insert: after.slice(prefix, after.length - suffix) };
}

/** Applies a splice to a string (the inverse check of textDiff). */
export function applySplice(text: string, splice: TextSplice): string {
  return text.slice(0, splice.index) + splice.insert + text.slice(splice.index + splice.remove);
}

/**
 * Where `index` (in the text before `delta`) is after it. Text inserted
 * exactly at the index goes after it with `stick: "before"` (a caret stays
 * in front of a co-author's typing at the same spot) and before it with
 * `stick: "after"`. An index inside a deleted range lands at its start.
 */
export function mapIndex(index: number, delta: readonly DeltaOp[], stick: "before" | "after" = "before"): number {
  let oldPos = 0;
  let newPos = 0;
  for (const op of delta) {
    if (op.retain !== undefined) {
      if (oldPos + op.retain > index) return newPos + (index - oldPos);
      oldPos += op.retain;
      newPos += op.retain;
    } else if (op.insert !== undefined) {
      if (oldPos === index && stick === "before") return newPos;
      newPos += typeof op.insert === "string" ? op.insert.length : 1;
    } else if (op.delete !== undefined) {
      if (oldPos + op.delete > index) return newPos;
      oldPos += op.delete;
    }
  }
  return newPos + (index - oldPos);
}

/** mapIndex through several deltas, oldest first. */
export function mapIndexThrough(index: number, deltas: readonly (readonly DeltaOp[])[], stick: "before" | "after" = "before"): number {
  return deltas.reduce((i, delta) => mapIndex(i, delta, stick), index);
}
