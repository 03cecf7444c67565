// Text folding shared by slugs and search: one rule for what "without
// diacritics" means.

/** Letters that Unicode decomposition does not reduce to a base letter. */
const SPECIAL: Record<string, string> = { đ: "d", Đ: "D", ð: "d", ß: "ss", æ: "ae", ø: "o", œ: "oe", ł: "l", þ: "th" };

/**
 * Removes diacritics: Vietnamese tone and vowel marks (ệ → e), Latin accents,
 * and letters such as đ that do not decompose. Case is kept.
 */
export function removeMarks(text: string): string {
  return text
    .replace(/[đĐðßæøœłþ]/g, (ch) => SPECIAL[ch])
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .normalize("NFC");
}
