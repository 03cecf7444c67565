// The messages between the editor and its spelling worker (spell.worker.ts).
// The page says which language and article to load; then it sends the
// paragraphs that changed and gets back each one's misspelt words; it asks
// for suggestions for one word; and it adds words the desk accepted since.

/** A paragraph to check: `key` is the page's own name for it, returned as is. */
export type CheckBlock = { key: number; text: string };
/** A misspelt word: its offsets in the paragraph's text. */
export type Misspelling = { from: number; to: number; word: string };

export type ToWorker =
  | { type: "init"; language: string; articleId: string }
  | { type: "check"; id: number; blocks: CheckBlock[] }
  | { type: "suggest"; id: number; word: string }
  | { type: "add"; words: string[] };

/**
 * Whether spelling works for the article's language:
 * - "none": the language has no dictionary (no underlines, a quiet note);
 * - "missing": its dictionary is an optional package not installed here;
 * - "failed": the dictionary could not be loaded (network, server error).
 */
export type SpellingStatus = "loading" | "ready" | "none" | "missing" | "failed";

export type FromWorker =
  | { type: "status"; status: SpellingStatus; ms?: number }
  | { type: "checked"; id: number; blocks: { key: number; errors: Misspelling[] }[]; ms: number }
  | { type: "suggestions"; id: number; word: string; list: string[] };

/** The server's dictionary files and word lists (lib/spelling, app/newsroom/api/spelling). */
export const spellingPath = (code: string, file: "index.aff" | "index.dic" | "words") => `/newsroom/api/spelling/${encodeURIComponent(code)}/${file}`;
