import Link from "next/link";
import type { ArticleCard as Card } from "@/lib/articles/queries";
import { articlePath } from "@/lib/site-paths";
import { formatDateTime, toZonedIso } from "@/lib/time";
import { Picture } from "./picture";

export function ArticleCard({
  article,
  timeZone,
  variant = "normal",
}: {
  article: Card;
  timeZone: string;
  variant?: "lead" | "normal" | "compact";
}) {
  const href = articlePath(article);
  return (
    <article className={`card card--${variant}`}>
      {article.coverMedia && variant !== "compact" ? (
        <Link href={href} className="card-image" tabIndex={-1} aria-hidden="true">
          <Picture
            media={article.coverMedia}
            sizes={variant === "lead" ? "(min-width: 900px) 60vw, 100vw" : "(min-width: 900px) 25vw, 100vw"}
            eager={variant === "lead"}
          />
        </Link>
      ) : null}
      <div className="card-text">
        <h2 className="card-title">
          <Link href={href}>{article.title}</Link>
        </h2>
        {variant !== "compact" ? <p className="card-lead">{article.lead}</p> : null}
        {article.publishedAt ? (
          <time dateTime={toZonedIso(article.publishedAt, timeZone)} className="card-time">
            {formatDateTime(article.publishedAt, timeZone)}
          </time>
        ) : null}
      </div>
    </article>
  );
}

export function LatestList({ articles, timeZone, title = "Latest" }: { articles: Card[]; timeZone: string; title?: string }) {
  return (
    <section className="latest" aria-label={title}>
      <h2 className="block-title">
        {title}
      </h2>
      <ol>
        {articles.map((a) => (
          <li key={a.id}>
            <Link href={articlePath(a)}>{a.title}</Link>
            {a.publishedAt ? (
              <time dateTime={toZonedIso(a.publishedAt, timeZone)}>{formatDateTime(a.publishedAt, timeZone)}</time>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
