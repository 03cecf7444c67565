// The reader site's masthead, search box and section navigation.
import { getT } from "@/lib/i18n/server";
import { sectionPath } from "@/lib/site/paths";

export function SiteHeader({
  siteName,
  sections,
  locale,
  query,
}: {
  siteName: string;
  sections: { name: string; slug: string }[];
  locale: string;
  query?: string;
}) {
  const t = getT(locale, "site");
  return (
    <header className="site-header">
      <div className="wrap header-row">
        <a href="/" className="masthead">
          {siteName}
        </a>
        <form id="site-search" action="/search" method="get" role="search" className="header-search">
          <label htmlFor="header-q" className="visually-hidden">
            {t("searchLabel")}
          </label>
          <input id="header-q" name="q" type="search" defaultValue={query} placeholder={t("searchPlaceholder")} />
        </form>
      </div>
      <nav aria-label={t("sectionsNav")} className="wrap section-nav">
        {sections.map((s) => (
          <a key={s.slug} href={sectionPath(s.slug)}>
            {s.name}
          </a>
        ))}
      </nav>
    </header>
  );
}
