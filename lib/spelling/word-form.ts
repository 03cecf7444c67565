// What the newsroom dictionary and an article's ignore list accept as a word,
// and the one form a word is kept in. Pure: the dictionary page's form, the
// editor's spelling client and the server share it.
//
// A word is NFC (the same letters typed with combining marks or precomposed
// are one word), trimmed, one word only: letters and their marks, with an
// apostrophe (' or ’) or hyphen between letters ("O'Neill", "Bà-rịa"), at
// most 60 characters. Case is kept as typed ("Vinh", a city) but two words
// that differ only in case are the same entry: the checker accepts either.

export const WORD_MAX_LENGTH = 60;

// Letters and combining marks, joined by single apostrophes or hyphens.
const WORD = /^[\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*$/u;

/** The form a word is stored and compared in: NFC, trimmed. */
export function wordForm(text: string): string {
  return text.normalize("NFC").trim();
}

/** The key two spellings of one entry share: NFC, lower case (Vietnamese "Đ" → "đ" too). */
export function wordKey(text: string): string {
  return wordForm(text).toLowerCase();
}

export type WordProblem = "empty" | "tooLong" | "notOneWord";

/** Why `text` is not a word the dictionary takes, or null when it is. */
export function wordProblem(text: string): WordProblem | null {
  const word = wordForm(text);
  if (!word) return "empty";
  if ([...word].length > WORD_MAX_LENGTH) return "tooLong";
  return WORD.test(word) ? null : "notOneWord";
}
