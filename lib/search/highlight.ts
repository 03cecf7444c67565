// Which words of a text a search matched, for the search page's <mark>s.
// Words are compared the way the index compares them (lib/search/fold.ts):
// without case or diacritics, so "ha noi" marks "Hà Nội" and "duong" marks
// "Đường", whether the text is composed or decomposed. Pure: the answer is
// plain segments of the original text, which React renders and escapes.
import { foldForSearch } from "@/lib/search/fold";

export type Segment = { text: string; match: boolean };
export type Range = { start: number; end: number };

// A word of the original text: letters and digits with their combining marks
// (a decomposed "à" is "a" + U+0300), i.e. what folding turns into one word.
const WORD = /[\p{L}\p{N}\p{M}]+/gu;
const SEPARATOR = /[^\p{L}\p{N}]+/u;

/**
 * Whether a word of the text is one the query asked for. `terms` are the
 * query's folded words (queryWords()): each matches whole, and the last one
 * also as the start of a word, as the search itself does ("ngh" finds "Nghệ").
 */
function isMatch(word: string, terms: readonly string[]): boolean {
  const last = terms[terms.length - 1];
  // Folding can split a word further (marks other than Latin ones), as the index does.
  return foldForSearch(word)
    .split(SEPARATOR)
    .some((part) => part !== "" && (terms.includes(part) || part.startsWith(last)));
}

/** The ranges of `text` (UTF-16 offsets) holding a matched word, in order. */
export function* matchRanges(text: string, terms: readonly string[]): Generator<Range> {
  if (terms.length === 0) return;
  for (const m of text.matchAll(WORD)) {
    if (isMatch(m[0], terms)) yield { start: m.index, end: m.index + m[0].length };
  }
}

/** The first matched word of `text`, or null. */
export function firstMatch(text: string, terms: readonly string[]): Range | null {
  for (const range of matchRanges(text, terms)) return range;
  return null;
}

/**
 * `text` cut into matched and unmatched segments that join back into `text`.
 * Matched words separated only by spaces make one segment ("Hà Nội" is one
 * <mark>, not two).
 */
export function highlight(text: string, terms: readonly string[]): Segment[] {
  const segments: Segment[] = [];
  let at = 0;
  for (const { start, end } of matchRanges(text, terms)) {
    const gap = text.slice(at, start);
    const previous = segments[segments.length - 1];
    if (previous?.match && /^\s+$/u.test(gap)) {
      previous.text += gap + text.slice(start, end);
    } else {
      if (gap) segments.push({ text: gap, match: false });
      segments.push({ text: text.slice(start, end), match: true });
    }
    at = end;
  }
  if (at < text.length) segments.push({ text: text.slice(at), match: false });
  return segments;
}
