// The reader site's language, time zone and date formatters, read once per
// request: every page, card and list on the site shows dates the same way
// ("23/06/2023 12:04" in Vietnamese, "June 23, 2023, 12:04" in English).
import "server-only";
import { cache } from "react";
import { dateFormats } from "@/lib/i18n/server";
import { articleLanguage } from "@/lib/site/languages";
import { siteSettings } from "@/lib/site/settings";

export type ReaderContext = { locale: string; timeZone: string; dates: ReturnType<typeof dateFormats> };

export const readerContext = cache(async (): Promise<ReaderContext> => {
  const { siteLanguage: locale, timeZone } = await siteSettings();
  return { locale, timeZone, dates: dateFormats(locale, timeZone) };
});

/**
 * `lang` for text written in `language` inside a page in the site's
 * language: set only where the two differ, so most markup stays as it was.
 */
export function langIfOther(language: string | null, siteLanguage: string): { lang?: string } {
  const lang = articleLanguage({ language }, siteLanguage);
  return lang !== siteLanguage ? { lang } : {};
}
