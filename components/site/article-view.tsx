// The article itself, with the anatomy of a newspaper page: section, headline
// (the page's only h1), byline with pen names, times, lead, body, tags and
// dated corrections.
import Link from "next/link";
import type { PublishedArticle } from "@/lib/articles/queries";
import { authorPath, sectionPath, tagPath } from "@/lib/site-paths";
import { formatDateTime, toZonedIso } from "@/lib/time";

function Time({ date, timeZone, label }: { date: Date; timeZone: string; label?: string }) {
  return (
    <span className="meta-time">
      {label ? `${label} ` : null}
      <time dateTime={toZonedIso(date, timeZone)}>{formatDateTime(date, timeZone)}</time>
    </span>
  );
}

export function ArticleView({ article, timeZone }: { article: PublishedArticle; timeZone: string }) {
  // Set only when an editor republished changes (or restored) after first publication.
  const updated = article.liveUpdatedAt && article.publishedAt && article.liveUpdatedAt > article.publishedAt ? article.liveUpdatedAt : null;
  return (
    <article className="article">
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link href="/">Home</Link> › <Link href={sectionPath(article.section.slug)}>{article.section.name}</Link>
      </nav>
      <h1 className="article-title">{article.title}</h1>
      <p className="article-meta">
        <span className="byline">
          {article.authors.map((a, i) => (
            <span key={a.bylineSlug + i}>
              {i > 0 ? ", " : null}
              <Link href={authorPath(a.bylineSlug)} rel="author">
                {a.byline}
              </Link>
            </span>
          ))}
        </span>
        {article.publishedAt ? <Time date={article.publishedAt} timeZone={timeZone} /> : null}
        {updated ? <Time date={updated} timeZone={timeZone} label="Updated" /> : null}
      </p>
      <p className="article-lead">{article.lead}</p>
      {/* bodyHtml is produced on the server from validated JSON (lib/content/body.ts), never from client HTML. */}
      <div className="article-body" dangerouslySetInnerHTML={{ __html: article.bodyHtml }} />
      {article.tags.length ? (
        <ul className="tags" aria-label="Tags">
          {article.tags.map(({ tag }) => (
            <li key={tag.slug}>
              <Link href={tagPath(tag.slug)} rel="tag">
                {tag.name}
              </Link>
            </li>
          ))}
        </ul>
      ) : null}
      {article.corrections.length ? (
        <section className="corrections" aria-labelledby="corrections-heading">
          <h2 id="corrections-heading">Corrections</h2>
          <ul>
            {article.corrections.map((c) => (
              <li key={c.id}>
                <Time date={c.createdAt} timeZone={timeZone} />: {c.text}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </article>
  );
}
