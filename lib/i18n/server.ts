// Translators for server components, route handlers and server actions, and
// the language each audience sees:
// - the reader site: the site's language (a site setting, lib/settings/site-settings.ts);
// - the newsroom: each staff member's own choice (User.language), else the
//   site's language.
import "server-only";
import { createTranslator } from "use-intl/core";
import { loadMessages, localeMeta, resolveLocale } from "@/lib/i18n/catalogue";
import { formatWithPattern } from "@/lib/i18n/format";

export type Translate = (key: string, values?: Record<string, string | number | Date>) => string;

/** A translator for one group of messages (e.g. "site", "editor") in `locale`. */
export function getT(locale: string, namespace?: string): Translate {
  const t = createTranslator({ locale, messages: loadMessages(resolveLocale(locale)), namespace: namespace as never });
  return t as unknown as Translate;
}

/** Date-and-time and date formatters in `locale` and `timeZone`. */
export function dateFormats(locale: string, timeZone: string) {
  const meta = localeMeta(locale);
  const weekday = new Intl.DateTimeFormat(locale, { weekday: "long", timeZone });
  const date = (d: Date) => formatWithPattern(d, meta.date, locale, timeZone);
  return {
    dateTime: (d: Date) => formatWithPattern(d, meta.dateTime, locale, timeZone),
    date,
    /** The weekday and the date, as a paper's date line prints them ("Thứ Bảy, 28/11/2026"). */
    day: (d: Date) => {
      const name = weekday.format(d);
      return `${name.charAt(0).toLocaleUpperCase(locale)}${name.slice(1)}, ${date(d)}`;
    },
  };
}
