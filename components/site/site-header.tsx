import Link from "next/link";

export function SiteHeader({ siteName, sections }: { siteName: string; sections: { name: string; slug: string }[] }) {
  return (
    <header className="site-header">
      <div className="wrap">
        <Link href="/" className="masthead">
          {siteName}
        </Link>
        <nav aria-label="Sections" className="section-nav">
          {sections.map((s) => (
            <Link key={s.slug} href={`/${s.slug}`}>
              {s.name}
            </Link>
          ))}
        </nav>
      </div>
    </header>
  );
}
