// The reader site's footer: name, tagline, sections, and the admins' footer
// text (plain text; line breaks are kept).
import { getT } from "@/lib/i18n/server";
import { sectionPath } from "@/lib/site/paths";

export function SiteFooter({
  siteName,
  tagline,
  footerText,
  sections,
  locale,
}: {
  siteName: string;
  tagline: string;
  footerText: string;
  sections: { name: string; slug: string }[];
  locale: string;
}) {
  const t = getT(locale, "site");
  return (
    <footer className="site-footer">
      <div className="wrap footer-grid">
        <div>
          <p className="footer-name">{siteName}</p>
          {tagline ? <p>{tagline}</p> : null}
        </div>
        <nav aria-label={t("footerNav")}>
          <ul>
            {sections.map((s) => (
              <li key={s.slug}>
                <a href={sectionPath(s.slug)}>{s.name}</a>
              </li>
            ))}
            <li>
              <a href="/rss.xml">{t("rss")}</a>
            </li>
          </ul>
        </nav>
        {footerText ? (
          <p className="footer-small footer-text" data-testid="footer-text">
            {footerText}
          </p>
        ) : null}
        {/* The year as text: a number would be formatted with a thousands separator. */}
        <p className="footer-small">{t("poweredBy", { year: String(new Date().getFullYear()), siteName })}</p>
      </div>
    </footer>
  );
}
