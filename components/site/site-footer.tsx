import Link from "next/link";
import { sectionPath } from "@/lib/site-paths";

export function SiteFooter({
  siteName,
  tagline,
  sections,
}: {
  siteName: string;
  tagline: string;
  sections: { name: string; slug: string }[];
}) {
  return (
    <footer className="site-footer">
      <div className="wrap footer-grid">
        <div>
          <p className="footer-name">{siteName}</p>
          <p>{tagline}</p>
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
        <p className="footer-small">
          © {new Date().getFullYear()} {siteName}. Powered by Sapo.
        </p>
      </div>
    </footer>
  );
}
