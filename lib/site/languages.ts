// Languages on the reader site, in one place: the language an article is
// written in, how a link to a translation names its language, and the
// hreflang alternates of an article's language versions (the page's <head>
// and the sitemap both use them).
import "server-only";
import { isLocale, localeMeta } from "@/lib/i18n/catalogue";
import { getT } from "@/lib/i18n/server";
import { articlePath } from "@/lib/site/paths";

/** What it takes to address one language version of an article. */
export type LanguageVersion = { language: string | null; slug: string; section: { slug: string } };

/** The language an article is written in: its own, else the site's. */
export function articleLanguage(article: { language: string | null }, siteLanguage: string): string {
  return article.language || siteLanguage;
}

/**
 * A language's name in that language: "Tiếng Việt", "English", "Русский".
 * The language's catalogue names it when there is one (its meta.name);
 * otherwise the runtime's own data does, capitalised as a label starts.
 */
export function ownLanguageName(language: string): string {
  if (isLocale(language)) return localeMeta(language).name;
  let name: string | undefined;
  try {
    name = new Intl.DisplayNames([language], { type: "language", fallback: "none" }).of(language);
  } catch {
    // Not a well-formed language tag: show the tag itself.
  }
  if (!name) return language;
  const [first, ...rest] = name;
  return first.toLocaleUpperCase(language) + rest.join("");
}

/**
 * The text of a link to a translation. For a language with a catalogue it is
 * wholly in that language, so its readers recognise it: "Đọc bằng Tiếng
 * Việt", "Read in English". Other languages get the site's own sentence with
 * the language named in the site's language: "Đọc bằng Tiếng Nga". Returns
 * the text and the language it is in (for the link's lang; its hreflang is
 * always the target's).
 */
export function readInLink(language: string, siteLanguage: string): { label: string; lang: string } {
  if (isLocale(language)) return { label: getT(language, "article")("readIn", { language: ownLanguageName(language) }), lang: language };
  let name: string | undefined;
  try {
    name = new Intl.DisplayNames([siteLanguage], { type: "language", fallback: "none" }).of(language);
  } catch {
    // Not a well-formed language tag.
  }
  return { label: getT(siteLanguage, "article")("readIn", { language: name ?? ownLanguageName(language) }), lang: siteLanguage };
}


/**
 * hreflang → absolute address of every language version of an article, the
 * article itself included (each version must list them all, itself too).
 * Empty when there is no other language: alternates then say nothing.
 */
export function languageAlternates(
  siteUrl: string,
  siteLanguage: string,
  article: LanguageVersion,
  translations: LanguageVersion[],
): Record<string, string> {
  const out: Record<string, string> = {};
  // The article first, so it keeps its language if a translation repeats it.
  for (const version of [article, ...translations]) {
    out[articleLanguage(version, siteLanguage)] ??= siteUrl + articlePath(version);
  }
  return Object.keys(out).length > 1 ? out : {};
}

/**
 * `lang` for text written in `language` inside a page in the site's
 * language: set only where the two differ, so most markup stays as it was.
 */
export function langIfOther(language: string | null, siteLanguage: string): { lang?: string } {
  const lang = articleLanguage({ language }, siteLanguage);
  return lang !== siteLanguage ? { lang } : {};
}
