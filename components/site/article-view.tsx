// The article itself: headline, byline, time, lead, body, tags.
import Link from "next/link";
import { formatDateTime, toZonedIso } from "@/lib/time";

type ArticleForView = {
  title: string;
  lead: string;
  bodyHtml: string;
  publishedAt: Date | null;
  section: { name: string; slug: string };
  authors: { byline: string; bylineSlug: string }[];
  tags: { tag: { name: string; slug: string } }[];
};

export function ArticleView({ article, timeZone }: { article: ArticleForView; timeZone: string }) {
  return (
    <article className="article">
      <p className="article-section">
        <Link href={`/${article.section.slug}`}>{article.section.name}</Link>
      </p>
      <h1 className="article-title">{article.title}</h1>
      <p className="article-meta">
        <span className="byline">{article.authors.map((a) => a.byline).join(", ")}</span>
        {article.publishedAt ? (
          <time dateTime={toZonedIso(article.publishedAt, timeZone)}>{formatDateTime(article.publishedAt, timeZone)}</time>
        ) : null}
      </p>
      <p className="article-lead">{article.lead}</p>
      {/* bodyHtml is produced on the server from validated JSON (lib/content/body.ts), never from client HTML. */}
      <div className="article-body" dangerouslySetInnerHTML={{ __html: article.bodyHtml }} />
      {article.tags.length ? (
        <ul className="tags" aria-label="Tags">
          {article.tags.map(({ tag }) => (
            <li key={tag.slug}>{tag.name}</li>
          ))}
        </ul>
      ) : null}
    </article>
  );
}
