// The text a search result shows under its title: the lead when it holds a
// matched word, else a short window of the article's plain text (bodyText)
// around the first match, so the reader sees why the article was found.
// Pure; the search page highlights the words (lib/search/highlight.ts).
import { firstMatch, type Range } from "@/lib/search/highlight";

/** About how many characters a window of the body holds. */
export const SNIPPET_LENGTH = 200;
const ELLIPSIS = "…";

function collapse(text: string): string {
  return text.replace(/\s+/gu, " ").trim();
}

/**
 * About `length` characters of `text` around `match`: the match about a third
 * of the way in (or from the start of its sentence when that is near), cut
 * at spaces, with an ellipsis where text was left out.
 */
export function excerpt(text: string, match: Range, length = SNIPPET_LENGTH): string {
  if (text.length <= length) return text;
  let start = Math.max(0, match.start - Math.floor(length / 3));
  const sentence = text.lastIndexOf(". ", match.start);
  if (sentence >= 0 && sentence + 2 >= start) start = sentence + 2;
  let end = Math.min(text.length, Math.max(start + length, match.end));
  if (end === text.length) start = Math.min(start, Math.max(0, end - length));
  // Whole words only: move the cuts to the nearest spaces inside the window.
  if (start > 0 && text[start - 1] !== " ") {
    const space = text.indexOf(" ", start);
    if (space !== -1 && space < match.start) start = space + 1;
  }
  if (end < text.length && text[end] !== " ") {
    const space = text.lastIndexOf(" ", end);
    if (space > match.end) end = space;
  }
  // A cut with no space near (text without spaces) must not split a surrogate pair.
  const code = (i: number) => text.charCodeAt(i);
  if (code(start) >= 0xdc00 && code(start) <= 0xdfff) start += 1;
  if (code(end - 1) >= 0xd800 && code(end - 1) <= 0xdbff) end -= 1;
  return `${start > 0 ? ELLIPSIS : ""}${text.slice(start, end).trim()}${end < text.length ? ELLIPSIS : ""}`;
}

/**
 * What a result shows: `lead` when a word of the query is in it (shortened
 * around the match only when it is long), else a window of `bodyText` around
 * its first match, else (the title alone matched) the lead, or the start of
 * the body when there is no lead. `terms` are the query's folded words.
 */
export function searchSnippet(lead: string, bodyText: string, terms: readonly string[], length = SNIPPET_LENGTH): string {
  const shortLead = collapse(lead);
  const inLead = firstMatch(shortLead, terms);
  if (inLead) return shortLead.length <= length * 1.5 ? shortLead : excerpt(shortLead, inLead, length);
  const body = collapse(bodyText);
  const inBody = firstMatch(body, terms);
  if (inBody) return excerpt(body, inBody, length);
  const start = { start: 0, end: 0 };
  return shortLead ? (shortLead.length <= length * 1.5 ? shortLead : excerpt(shortLead, start, length)) : excerpt(body, start, length);
}
