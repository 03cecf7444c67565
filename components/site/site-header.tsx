// The reader site's header: a date line, the masthead with the search box,
// and the section bar. The bar stays at the top of the screen while the
// page scrolls, scrolls sideways instead of wrapping, and marks the current
// section; its menu button (a <details>, so it opens without JavaScript)
// lists every section.
import type { ReaderContext } from "@/lib/reader/context";
import { MAX_QUERY_LENGTH } from "@/lib/search/params";
import { sectionPath } from "@/lib/site/paths";
import { toZonedIso } from "@/lib/time/zones";
import { HEADER_SEARCH_FORM } from "@/components/site/pages/search-form";

export type HeaderProps = {
  reader: ReaderContext;
  /** What the search box shows filled in (the search page's query). */
  query?: string;
  /** The section to mark in the bar: the one shown, or the article's. */
  section?: { slug: string; exact: boolean };
  home?: boolean;
};

function current(marked: boolean, exact: boolean) {
  return marked ? { "aria-current": exact ? ("page" as const) : ("true" as const) } : {};
}

export function SiteHeader({ reader, query, section, home = false }: HeaderProps) {
  const t = reader.t("site");
  const { site, sections, now } = reader;
  const links = [{ href: "/", name: t("home"), marked: home, exact: true }].concat(
    sections.map((s) => ({ href: sectionPath(s.slug), name: s.name, marked: s.slug === section?.slug, exact: section?.exact ?? false })),
  );
  const today = <time dateTime={toZonedIso(now, reader.timeZone).slice(0, 10)}>{reader.dates.day(now)}</time>;
  return (
    <>
      <header className="site-header">
        <div className="topbar">
          <div className="wrap topbar-row">
            {today}
            <a href="/rss.xml">{t("rss")}</a>
          </div>
        </div>
        <div className="wrap masthead-row">
          <div className="masthead-block">
            <a href="/" className="masthead">
              {site.siteName}
            </a>
            {site.tagline ? <p className="masthead-tagline">{site.tagline}</p> : null}
            {/* A phone shows the date here instead of in the top bar; only one of the two is ever displayed. */}
            <p className="masthead-date">{today}</p>
          </div>
          <form id={HEADER_SEARCH_FORM} action="/search" method="get" role="search" aria-label={t("searchLabel")} className="header-search">
            <label htmlFor="header-q" className="visually-hidden">
              {t("searchLabel")}
            </label>
            <input id="header-q" name="q" type="search" defaultValue={query} maxLength={MAX_QUERY_LENGTH} placeholder={t("searchPlaceholder")} />
            <button type="submit" className="search-button">
              <span className="visually-hidden">{t("searchLabel")}</span>
            </button>
          </form>
        </div>
      </header>
      <nav className="section-bar" aria-label={t("sectionsNav")}>
        <div className="wrap section-bar-row">
          <details className="menu">
            <summary>
              <span aria-hidden="true" className="menu-icon" />
              <span className="menu-label">{t("allSections")}</span>
            </summary>
            <ul className="menu-list">
              {links.map((l) => (
                <li key={l.href}>
                  <a href={l.href}>{l.name}</a>
                </li>
              ))}
            </ul>
          </details>
          <ul className="section-links">
            {links.map((l) => (
              <li key={l.href}>
                <a href={l.href} {...current(l.marked, l.exact)}>
                  {l.name}
                </a>
              </li>
            ))}
          </ul>
        </div>
      </nav>
    </>
  );
}
