// How text and queries are normalised for search: lowercase without marks,
// so "nghe an", "Nghệ An" and "NGHỆ AN" are the same words, and Russian
// matches in either case.
import { removeMarks } from "../text";

export function foldForSearch(text: string): string {
  return removeMarks(text.toLowerCase());
}

export const MAX_QUERY_TERMS = 12;

/**
 * Turns what a reader typed into an FTS5 query: every word must appear,
 * the last one may be a prefix ("ngh" finds "Nghệ"). Returns null when the
 * query has no searchable words. Words are quoted, so FTS5 operators typed by
 * the reader are plain text.
 */
export function toFtsQuery(input: string): string | null {
  const words = foldForSearch(input)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .slice(0, MAX_QUERY_TERMS);
  if (words.length === 0) return null;
  return words.map((w, i) => `"${w}"${i === words.length - 1 ? "*" : ""}`).join(" ");
}
