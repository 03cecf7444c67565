// Word-level differences between two texts, for comparing revisions side by
// side: a thin adapter over jsdiff (the `diff` package) that returns the
// parts the revisions page renders.
//
// Why diffArrays over our own tokens rather than jsdiff's diffWords or
// diffWordsWithSpace: their tokenizers count only Latin letters as word
// characters, so Cyrillic, Greek or CJK words and Vietnamese typed with
// combining marks would be compared letter by letter; and diffWords does not
// keep whitespace changes, which the side-by-side view (white-space: pre-wrap)
// shows. Splitting on whitespace keeps every word of any script whole and
// both texts exactly rebuildable.
//
// A heavily rewritten text would take long to compare word by word (the work
// grows with the square of the number of edits), so past a bound the texts
// are compared paragraph by paragraph (line by line), and past that shown as
// removed and added whole: a readable answer beats a slow one.
import { diffArrays, diffLines, type ChangeObject } from "diff";

export type DiffPart = { kind: "same" | "removed" | "added"; text: string };

/** Edits (tokens added or removed) beyond which a finer comparison gives up. */
const MAX_WORD_EDITS = 1000;
const MAX_LINE_EDITS = 1000;

function tokens(text: string): string[] {
  return text.match(/\s+|\S+/g) ?? [];
}

function toParts(changes: ChangeObject<string>[]): DiffPart[] {
  return changes
    .filter((c) => c.value)
    .map((c) => ({ kind: c.added ? "added" : c.removed ? "removed" : "same", text: c.value }));
}

export function diffWords(before: string, after: string): DiffPart[] {
  const words = diffArrays(tokens(before), tokens(after), { maxEditLength: MAX_WORD_EDITS });
  if (words) return toParts(words.map((c) => ({ ...c, value: c.value.join("") })));
  const lines = diffLines(before, after, { maxEditLength: MAX_LINE_EDITS });
  if (lines) return toParts(lines);
  return toParts([
    { value: before, added: false, removed: true, count: 1 },
    { value: after, added: true, removed: false, count: 1 },
  ]);
}
