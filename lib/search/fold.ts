// How text and queries are normalised for search: lowercase without marks,
// so "nghe an", "Nghệ An" and "NGHỆ AN" are the same words, and Russian
// matches in either case. Tone marks go too, so both places a mark may sit
// on "oa", "oe", "uy" ("hoà" and "hòa", lib/vietnamese/tone-style.ts) are one
// word, whichever a story or a reader used.
import { removeMarks } from "@/lib/text/marks";

export function foldForSearch(text: string): string {
  return removeMarks(text.toLowerCase());
}

export const MAX_QUERY_TERMS = 12;

function words(text: string): string[] {
  return foldForSearch(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/**
 * Text as the index stores it: folded words separated by spaces. Splitting
 * here, not in the engine, gives both engines the same words: PostgreSQL's
 * parser would otherwise read «Cam Vinh» (after unaccent, <<Cam Vinh>>) as a
 * markup tag and drop it.
 */
export function indexText(text: string): string {
  return words(text).join(" ");
}

/** The folded words of what a reader typed (letters and digits only). */
export function queryWords(input: string): string[] {
  return words(input).slice(0, MAX_QUERY_TERMS);
}

// Both engines get the same meaning: every word must appear, the last one may
// be a prefix ("ngh" finds "Nghệ"). Words are quoted, so operators typed by
// the reader are plain text. null when the query has no searchable words.

/** The query for SQLite's FTS5. */
export function toFtsQuery(input: string): string | null {
  const words = queryWords(input);
  if (words.length === 0) return null;
  return words.map((w, i) => `"${w}"${i === words.length - 1 ? "*" : ""}`).join(" ");
}

/** The query for PostgreSQL's to_tsquery('simple', …). */
export function toTsQuery(input: string): string | null {
  const words = queryWords(input);
  if (words.length === 0) return null;
  return words.map((w, i) => `'${w}'${i === words.length - 1 ? ":*" : ""}`).join(" & ");
}
