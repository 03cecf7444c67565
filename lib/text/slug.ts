// Slugs from titles in any script: lowercase ASCII words joined by hyphens.
// Vietnamese loses its marks (đ → d), Cyrillic is transliterated. The one
// place where slugs are made; uniqueness within a section is the caller's job
// through uniqueSlug().
import { removeMarks } from "@/lib/text/marks";

const CYRILLIC: Record<string, string> = {
  а: "a", б: "b", в: "v", г: "g", д: "d", е: "e", ё: "e", ж: "zh", з: "z", и: "i",
  й: "y", к: "k", л: "l", м: "m", н: "n", о: "o", п: "p", р: "r", с: "s", т: "t",
  у: "u", ф: "f", х: "kh", ц: "ts", ч: "ch", ш: "sh", щ: "shch", ъ: "", ы: "y", ь: "",
  э: "e", ю: "yu", я: "ya",
  // Ukrainian, Belarusian and other Cyrillic letters seen in names.
  і: "i", ї: "yi", є: "ye", ґ: "g", ў: "u",
};

export const MAX_SLUG_LENGTH = 80;

export function slugify(input: string, maxLength = MAX_SLUG_LENGTH): string {
  let out = "";
  for (const ch of input.toLowerCase()) out += CYRILLIC[ch] ?? ch;
  const ascii = removeMarks(out)
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

/**
 * Paths the site itself uses. An article slug "page" would be hidden by
 * /<section>/page/<n>; a section named "tag" by /tag/<slug>, and so on.
 */
export const RESERVED_ARTICLE_SLUGS = new Set(["page", "rss-xml"]);
/**
 * First path segments the app owns, so no section may be called that: the
 * app/ folder's routes (tests/unit/proxy-paths.test.ts checks every one is
 * here), Next.js's own, and a few kept free for later. The proxy (proxy.ts)
 * never looks up old article addresses under them. Names with a dot or an
 * underscore can never be a slug; they are listed so this stays the one
 * list of the app's paths.
 */
export const RESERVED_SECTION_SLUGS = new Set([
  // app/
  "api", "author", "login", "media", "news-sitemap.xml", "newsroom", "robots.txt", "rss.xml", "search", "set-password", "sitemap.xml", "sitemaps", "tag",
  // Next.js and browsers
  "_next", "favicon.ico",
  // kept free
  "logout", "page", "preview", "feed", "static", "assets",
  // the reader site's view beacon (/beacon/view)
  "beacon",
]);
