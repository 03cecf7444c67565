// Slugs from titles in any script: lowercase ASCII words joined by hyphens.
// Vietnamese loses its marks (đ → d), Cyrillic is transliterated. The one
// place where slugs are made; uniqueness within a section is the caller's job
// through uniqueSlug().

const CYRILLIC: Record<string, string> = {
  а: "a", б: "b", в: "v", г: "g", д: "d", е: "e", ё: "e", ж: "zh", з: "z", и: "i",
  й: "y", к: "k", л: "l", м: "m", н: "n", о: "o", п: "p", р: "r", с: "s", т: "t",
  у: "u", ф: "f", х: "kh", ц: "ts", ч: "ch", ш: "sh", щ: "shch", ъ: "", ы: "y", ь: "",
  э: "e", ю: "yu", я: "ya",
  // Ukrainian, Belarusian and other Cyrillic letters seen in names.
  і: "i", ї: "yi", є: "ye", ґ: "g", ў: "u",
};

/** Letters that Unicode decomposition does not reduce to ASCII. */
const SPECIAL: Record<string, string> = { đ: "d", ð: "d", ß: "ss", æ: "ae", ø: "o", œ: "oe", ł: "l", þ: "th" };

export const MAX_SLUG_LENGTH = 80;

export function slugify(input: string, maxLength = MAX_SLUG_LENGTH): string {
  const lower = input.toLowerCase();
  let out = "";
  for (const ch of lower) {
    out += CYRILLIC[ch] ?? SPECIAL[ch] ?? ch;
  }
  const ascii = out
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "") // combining marks: Vietnamese tones, accents
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  if (ascii.length <= maxLength) return ascii;
  // Cut at a word boundary where possible so slugs stay readable.
  const cut = ascii.slice(0, maxLength);
  const lastHyphen = cut.lastIndexOf("-");
  return (lastHyphen > maxLength / 2 ? cut.slice(0, lastHyphen) : cut).replace(/-+$/, "");
}

/**
 * Makes `base` unique by appending -2, -3, … while `taken` says it is in use.
 * An empty base (a title with no letters or digits) becomes "article".
 */
export async function uniqueSlug(
  base: string,
  taken: (candidate: string) => Promise<boolean>,
  fallback = "article",
): Promise<string> {
  const root = base || fallback;
  if (!(await taken(root))) return root;
  for (let n = 2; ; n++) {
    const suffix = `-${n}`;
    const candidate = root.slice(0, MAX_SLUG_LENGTH - suffix.length).replace(/-+$/, "") + suffix;
    if (!(await taken(candidate))) return candidate;
  }
}
