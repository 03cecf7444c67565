// The article itself, with the anatomy of a newspaper page: breadcrumb
// (Home › Section), headline (the page's only h1), byline with pen names,
// times, links to translations, lead, the lead image, body, tags, share links
// and dated corrections; last, a line only print shows (site and address).
//
// The lead image is the cover (with its caption and credit from the media
// library) when the body does not open with a figure of its own and the site
// setting allows it (lib/reader/head.ts leadCover, which also picks the
// preload): it is the page's largest picture near the top, so it loads first.
//
// Languages: the <article> carries the article's language (title, lead,
// body, captions, bylines, the corrections' text); the interface around it
// (labels, dates, breadcrumb, tags) carries the site's when the two differ,
// and each "Read in …" link the language it leads to.
//
// Rendered by the reader site (react-dom/server) and by the newsroom's
// preview (a server component) alike, so it is a plain synchronous function.
import type { ArticleTranslation, ArticleViewData } from "@/lib/articles/queries";
import type { ReaderContext } from "@/lib/reader/context";
import { canonicalUrl, leadCover } from "@/lib/reader/head";
import { LEAD_IMAGE_SIZES, LEAD_RATIO } from "@/lib/reader/images";
import { articleLanguage, readInLink } from "@/lib/site/languages";
import { articlePath, authorPath, sectionPath, tagPath } from "@/lib/site/paths";
import { Picture } from "@/components/site/picture";
import { ShareLinks } from "@/components/site/share-links";
import { ZonedTime } from "@/components/site/zoned-time";

type Cover = NonNullable<ArticleViewData["coverMedia"]>;

function LeadFigure({ cover }: { cover: Cover }) {
  return (
    <figure className="lead-figure">
      <Picture media={cover} sizes={LEAD_IMAGE_SIZES} eager ratio={LEAD_RATIO} />
      {cover.caption || cover.credit ? (
        <figcaption>
          {cover.caption}
          {cover.caption && cover.credit ? " " : null}
          {cover.credit ? <span className="credit">{cover.credit}</span> : null}
        </figcaption>
      ) : null}
    </figure>
  );
}

function Time({ date, reader, label, lang }: { date: Date; reader: ReaderContext; label?: string; lang?: string }) {
  return (
    <span className="meta-time" lang={lang}>
      {label ? `${label} ` : null}
      <ZonedTime date={date} reader={reader} />
    </span>
  );
}

/** The gallery island's texts (lib/reader/assets/gallery.js), for a body that has a slideshow gallery. */
function galleryTexts(bodyHtml: string, t: (key: string) => string): Record<string, string> {
  if (!bodyHtml.includes(' data-island="gallery"')) return {};
  return {
    "data-gallery-label": t("gallery.label"),
    "data-gallery-role": t("gallery.role"),
    "data-gallery-previous": t("gallery.previous"),
    "data-gallery-next": t("gallery.next"),
  };
}

export function ArticleView({
  article,
  reader,
  translations = [],
}: {
  article: ArticleViewData;
  reader: ReaderContext;
  /** Published translations to offer (the newsroom preview has none). */
  translations?: ArticleTranslation[];
}) {
  const t = reader.t("article");
  const site = reader.t("site");
  const language = articleLanguage(article, reader.locale);
  // Interface text inside the article element is in the site's language.
  const ui = language !== reader.locale ? reader.locale : undefined;
  // Set only when an editor republished changes (or restored) after first publication.
  const updated = article.liveUpdatedAt && article.publishedAt && article.liveUpdatedAt > article.publishedAt ? article.liveUpdatedAt : null;
  const url = canonicalUrl(reader.site, articlePath(article));
  const cover = leadCover(reader.site, article);
  // The body marks its first figure to load at once (lib/content/body.ts);
  // below the cover it is not the lead image, so it waits its turn.
  const bodyHtml = cover ? article.bodyHtml.replace(' fetchpriority="high"', ' loading="lazy"') : article.bodyHtml;
  return (
    <article className="article" lang={language}>
      <nav aria-label={site("breadcrumb")} className="breadcrumb" lang={ui}>
        <a href="/">{site("home")}</a> › <a href={sectionPath(article.section.slug)}>{article.section.name}</a>
      </nav>
      <h1 className="article-title">{article.title}</h1>
      <p className="article-meta">
        <span className="byline">
          {article.authors.map((a, i) => (
            <span key={a.bylineSlug + i}>
              {i > 0 ? ", " : null}
              <a href={authorPath(a.bylineSlug)} rel="author">
                {a.byline}
              </a>
            </span>
          ))}
        </span>
        {article.publishedAt ? <Time date={article.publishedAt} reader={reader} label={t("published")} lang={ui} /> : null}
        {updated ? <Time date={updated} reader={reader} label={t("updated")} lang={ui} /> : null}
      </p>
      {translations.length ? (
        <nav className="translations" aria-label={t("translations")} lang={ui}>
          <ul>
            {translations.map((tr) => {
              const target = articleLanguage(tr, reader.locale);
              const link = readInLink(target, reader.locale);
              return (
                <li key={tr.id}>
                  <a href={articlePath(tr)} hrefLang={target} lang={link.lang}>
                    {link.label}
                  </a>
                </li>
              );
            })}
          </ul>
        </nav>
      ) : null}
      <p className="article-lead">{article.lead}</p>
      {cover ? <LeadFigure cover={cover} /> : null}
      {/* bodyHtml is produced on the server from validated JSON (lib/content/body.ts), never from client HTML. */}
      {/* A slideshow gallery's controls take their names from here, in the site's language (lib/reader/assets/gallery.js). */}
      <div className="article-body" {...galleryTexts(bodyHtml, t)} dangerouslySetInnerHTML={{ __html: bodyHtml }} />
      {article.tags.length ? (
        <ul className="tags" aria-label={t("tags")} lang={ui}>
          {article.tags.map(({ tag }) => (
            <li key={tag.slug}>
              <a href={tagPath(tag.slug)} rel="tag">
                {tag.name}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
      <ShareLinks reader={reader} url={url} title={article.title} lang={ui} />
      {article.corrections.length ? (
        <section className="corrections" aria-labelledby="corrections-heading">
          <h2 id="corrections-heading" lang={ui}>
            {t("corrections")}
          </h2>
          <ul>
            {article.corrections.map((c) => (
              <li key={c.id}>
                <Time date={c.createdAt} reader={reader} lang={ui} />: {c.text}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <p className="print-source" lang={ui}>
        {t("printSource", { siteName: reader.site.siteName, url })}
      </p>
    </article>
  );
}
