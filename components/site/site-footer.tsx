// The reader site's footer: name, tagline, sections, and the admins' footer
// text (plain text; line breaks are kept).
import Link from "next/link";
import { sectionPath } from "@/lib/site-paths";

export function SiteFooter({
  siteName,
  tagline,
  footerText,
  sections,
}: {
  siteName: string;
  tagline: string;
  footerText: string;
  sections: { name: string; slug: string }[];
}) {
  return (
    <footer className="site-footer">
      <div className="wrap footer-grid">
        <div>
          <p className="footer-name">{siteName}</p>
          {tagline ? <p>{tagline}</p> : null}
        </div>
        <nav aria-label="Footer">
          <ul>
            {sections.map((s) => (
              <li key={s.slug}>
                <Link href={sectionPath(s.slug)}>{s.name}</Link>
              </li>
            ))}
            <li>
              <a href="/rss.xml">RSS</a>
            </li>
          </ul>
        </nav>
        {footerText ? (
          <p className="footer-small" style={{ whiteSpace: "pre-line" }} data-testid="footer-text">
            {footerText}
          </p>
        ) : null}
        <p className="footer-small">
          © {new Date().getFullYear()} {siteName}. Powered by Sapo.
        </p>
      </div>
    </footer>
  );
}
