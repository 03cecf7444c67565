// A whole reader page: <html> with the site's language, the <head> the page
// declared (lib/reader/head.ts), the stylesheet, the skip link, masthead,
// the page's own content in <main>, and the footer. Reader pages are
// documents (docs/architecture.md): besides JSON-LD data, their one script is
// the small deferred island (lib/reader/assets/reader.js), which reads the
// site's time zone, "just now" and when the page was rendered from <html>;
// an article with embeds or a slideshow gallery also loads that island
// (lib/reader/islands.ts).
import type { DocumentHead } from "@/lib/reader/head";
import type { ReaderContext } from "@/lib/reader/context";
import { SiteFooter } from "@/components/site/site-footer";
import { SiteHeader, type HeaderProps } from "@/components/site/site-header";

function Head({ head, stylesheet, script, islands }: { head: DocumentHead; stylesheet: string; script?: string; islands: string[] }) {
  return (
    <head>
      <meta charSet="utf-8" />
      <meta name="viewport" content="width=device-width, initial-scale=1" />
      <meta name="color-scheme" content="light dark" />
      <title>{head.title}</title>
      {head.description ? <meta name="description" content={head.description} /> : null}
      {/* Indexable pages let search engines show large previews (Google Discover needs it); the others stay out of the index. */}
      {head.noindex ? <meta name="robots" content="noindex, follow" /> : <meta name="robots" content="max-image-preview:large" />}
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
      {script ? <script src={script} defer /> : null}
      {islands.map((src) => (
        <script key={src} src={src} defer />
      ))}
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
  script,
  islands = [],
  header,
  children,
}: {
  reader: ReaderContext;
  head: DocumentHead;
  /** The stylesheet's address (lib/reader/assets.ts). */
  stylesheet: string;
  /** The island script's address (lib/reader/assets.ts). */
  script?: string;
  /** The optional islands this page loads (lib/reader/islands.ts), addresses. */
  islands?: string[];
  /** What the header shows for this page (lib/reader/pages/page.ts). */
  header?: Omit<HeaderProps, "reader">;
  children: React.ReactNode;
}) {
  const { site, sections, locale } = reader;
  return (
    <html lang={locale} data-time-zone={reader.timeZone} data-just-now={reader.t("time")("justNow")} data-rendered={reader.now.getTime()}>
      <Head head={head} stylesheet={stylesheet} script={script} islands={islands} />
      <body className="reader">
        <a href="#main" className="skip-link">
          {reader.t("site")("skipToContent")}
        </a>
        <SiteHeader reader={reader} {...header} />
        <main id="main" className="wrap site-main" tabIndex={-1}>
          {children}
        </main>
        <SiteFooter siteName={site.siteName} tagline={site.tagline} footerText={site.footerText} sections={sections} locale={locale} />
      </body>
    </html>
  );
}
