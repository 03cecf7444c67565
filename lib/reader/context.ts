// What every reader page needs besides its own content, read once per
// render: the site settings (name, language, time zone…), the sections for
// the navigation, translators and date formats in the site's language.
// Components receive it as a prop (`reader`), so they stay plain synchronous
// functions that render the same inside Next.js (the newsroom's preview) and
// through react-dom/server (the reader site).
import { listSections } from "@/lib/articles/queries";
import { readConfig } from "@/lib/config/env";
import type { Db } from "@/lib/db/client";
import { dateFormats, getT, type Translate } from "@/lib/i18n/server";
import { getSiteSettings, type SiteSettings } from "@/lib/settings/site-settings";

/** The editable settings with the one kept in the environment (the address). */
export type PublicSite = SiteSettings & { siteUrl: string };

export type ReaderSection = { id: string; name: string; slug: string; description: string };

export type ReaderContext = {
  site: PublicSite;
  sections: ReaderSection[];
  /** The site's language: the interface around articles speaks it. */
  locale: string;
  timeZone: string;
  dates: ReturnType<typeof dateFormats>;
  /** Messages of one catalogue group in the site's language. */
  t: (namespace: string) => Translate;
  /** The render's one clock: the date line and "2 hours ago" agree. */
  now: Date;
};

export function readerContextFor(site: PublicSite, sections: ReaderSection[], now = new Date()): ReaderContext {
  const locale = site.siteLanguage;
  return { site, sections, locale, timeZone: site.timeZone, dates: dateFormats(locale, site.timeZone), t: (ns) => getT(locale, ns), now };
}

export async function loadReaderContext(db: Db): Promise<ReaderContext> {
  const [settings, sections] = await Promise.all([
    getSiteSettings(db),
    listSections(db),
  ]);
  return readerContextFor({ ...settings, siteUrl: readConfig().siteUrl }, sections);
}
