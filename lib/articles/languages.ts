// The language an article is written in. Any short BCP 47 tag ("ru", "vi",
// "zh-Hant", "pt-BR"), not only the languages the interface has catalogues
// for: a paper may publish in Lao without a Lao newsroom. Null in the
// database means the site's language (a site setting). Also the one rule of
// translation groups: at most one article per language in a group.
import type { Tx } from "@/lib/db/client";
import { UserError } from "@/lib/errors/user-error";
import { getSiteSettings } from "@/lib/settings/site-settings";

/** Content languages offered in the editor besides the interface's own. */
export const COMMON_CONTENT_LANGUAGES = ["vi", "en", "ru", "zh", "fr", "lo", "km"];

/** Language, optional script, optional region: "vi", "zh-Hant", "pt-BR", "es-419". */
const SHORT_TAG = /^[a-z]{2,3}(-[A-Z][a-z]{3})?(-([A-Z]{2}|\d{3}))?$/;

/** The tag in its canonical spelling ("EN-us" → "en-US"), or null if it is not a short BCP 47 tag. */
export function canonicalLanguageTag(value: string): string | null {
  const trimmed = value.trim();
  if (trimmed.length === 0 || trimmed.length > 20) return null;
  try {
    const [canonical] = Intl.getCanonicalLocales(trimmed);
    return canonical && SHORT_TAG.test(canonical) ? canonical : null;
  } catch {
    return null; // not a well-formed tag at all
  }
}

export function isLanguageTag(value: string): boolean {
  return canonicalLanguageTag(value) !== null;
}

/** The language's name in that language ("Tiếng Việt", "Русский"), for pickers; the tag if unknown. */
export function languageName(tag: string): string {
  try {
    const name = new Intl.DisplayNames([tag], { type: "language", fallback: "none" }).of(tag);
    if (!name) return tag;
    // Pickers list names as titles ("Русский", "Français"); not every language writes them capitalised in running text.
    return name.charAt(0).toLocaleUpperCase(tag) + name.slice(1);
  } catch {
    return tag;
  }
}

export type LanguageOption = { tag: string; name: string };

/**
 * The languages the editor offers: the interface languages, the common
 * content languages, and any the caller names (e.g. the article's own, so an
 * unusual tag set through the API still shows). Each in its own name.
 */
export function languageOptions(interfaceLanguages: string[], extra: (string | null | undefined)[] = []): LanguageOption[] {
  const tags = new Set<string>();
  for (const tag of [...interfaceLanguages, ...COMMON_CONTENT_LANGUAGES, ...extra]) {
    const canonical = tag ? canonicalLanguageTag(tag) : null;
    if (canonical) tags.add(canonical);
  }
  return [...tags].map((tag) => ({ tag, name: languageName(tag) })).sort((a, b) => a.name.localeCompare(b.name, "en"));
}

/** The language an article's text is in: its own, else the site's. */
export function effectiveLanguage(language: string | null | undefined, siteLanguage: string): string {
  return language || siteLanguage;
}

/**
 * The working language of a stored article: for a published article with
 * pending changes, the language those changes give it (the one the desk sees
 * in the editor and will publish).
 */
export function workingLanguage(row: { language: string | null; pendingJson: string | null }): string | null {
  if (row.pendingJson) {
    const pending = JSON.parse(row.pendingJson) as { language?: string | null };
    if (pending.language !== undefined) return pending.language;
  }
  return row.language;
}

/**
 * Refuses when another article of translation group `groupId` (other than
 * those in `except`) is already in `language`: a group holds one article
 * per language, so "Read in …" links are never ambiguous.
 */
export async function assertLanguageFree(tx: Tx, groupId: string, language: string | null, except: string[]): Promise<void> {
  const { siteLanguage } = await getSiteSettings(tx);
  const wanted = effectiveLanguage(language, siteLanguage);
  const members = await tx.article.findMany({
    where: { translationGroupId: groupId, id: { notIn: except } },
    select: { id: true, title: true, language: true, pendingJson: true },
  });
  const clash = members.find((m) => effectiveLanguage(workingLanguage(m), siteLanguage) === wanted);
  if (clash) throw new UserError("editor.errors.translationLanguageTaken", { language: languageName(wanted), title: clash.title || "—" });
}
