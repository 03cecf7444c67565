import Link from "next/link";
import { sectionPath } from "@/lib/site-paths";

export function SiteHeader({ siteName, sections }: { siteName: string; sections: { name: string; slug: string }[] }) {
  return (
    <header className="site-header">
      <div className="wrap header-row">
        <Link href="/" className="masthead">
          {siteName}
        </Link>
        <form action="/search" method="get" role="search" className="header-search">
          <label htmlFor="header-q" className="visually-hidden">
            Search
          </label>
          <input id="header-q" name="q" type="search" placeholder="Search" />
        </form>
      </div>
      <nav aria-label="Sections" className="wrap section-nav">
        {sections.map((s) => (
          <Link key={s.slug} href={sectionPath(s.slug)}>
            {s.name}
          </Link>
        ))}
      </nav>
    </header>
  );
}
