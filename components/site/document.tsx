// A whole reader page: <html> with the site's language, the <head> the page
// declared (lib/reader/head.ts), the stylesheet, the skip link, masthead,
// the page's own content in <main>, and the footer. No script but JSON-LD
// data: reader pages are documents (docs/architecture.md).
import type { DocumentHead } from "@/lib/reader/head";
import type { ReaderContext } from "@/lib/reader/context";
import { SiteFooter } from "@/components/site/site-footer";
import { SiteHeader } from "@/components/site/site-header";

function Head({ head, stylesheet }: { head: DocumentHead; stylesheet: string }) {
  return (
    <head>
      <meta charSet="utf-8" />
      <meta name="viewport" content="width=device-width, initial-scale=1" />
      <title>{head.title}</title>
      {head.description ? <meta name="description" content={head.description} /> : null}
      {head.noindex ? <meta name="robots" content="noindex, follow" /> : null}
      {head.canonical ? <link rel="canonical" href={head.canonical} /> : null}
      {Object.entries(head.languages).map(([lang, href]) => (
        <link key={lang} rel="alternate" hrefLang={lang} href={href} />
      ))}
      {head.feeds.map((feed) => (
        <link key={feed.href} rel="alternate" type="application/rss+xml" title={feed.title} href={feed.href} />
      ))}
      {head.preload.map((image) => (
        <link
          key={image.href}
          rel="preload"
          as="image"
          href={image.href}
          imageSrcSet={image.srcSet || undefined}
          imageSizes={image.sizes || undefined}
          type={image.type}
          fetchPriority="high"
        />
      ))}
      <link rel="stylesheet" href={stylesheet} />
      {head.meta.map((m) =>
        "property" in m ? <meta key={m.property + m.content} property={m.property} content={m.content} /> : <meta key={m.name} name={m.name} content={m.content} />,
      )}
      {/* Escaped by jsonLdScript (lib/site/structured-data.ts); data, not code, so the script policy does not apply. */}
      {head.jsonLd ? <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: head.jsonLd }} /> : null}
    </head>
  );
}

export function ReaderDocument({
  reader,
  head,
  stylesheet,
  searchQuery,
  children,
}: {
  reader: ReaderContext;
  head: DocumentHead;
  /** The stylesheet's address (lib/reader/stylesheet.ts). */
  stylesheet: string;
  /** What the header's search box shows filled in (the search page's query). */
  searchQuery?: string;
  children: React.ReactNode;
}) {
  const { site, sections, locale } = reader;
  return (
    <html lang={locale}>
      <Head head={head} stylesheet={stylesheet} />
      <body>
        <a href="#main" className="skip-link">
          {reader.t("site")("skipToContent")}
        </a>
        <SiteHeader siteName={site.siteName} sections={sections} locale={locale} query={searchQuery} />
        <main id="main" className="wrap site-main" tabIndex={-1}>
          {children}
        </main>
        <SiteFooter siteName={site.siteName} tagline={site.tagline} footerText={site.footerText} sections={sections} locale={locale} />
      </body>
    </html>
  );
}
