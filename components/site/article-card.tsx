// Story cards and the "Latest" list. Titles and leads carry the article's
// language when it is not the site's, so they are read out correctly.
import Link from "next/link";
import type { ArticleCard as Card } from "@/lib/articles/queries";
import { getT } from "@/lib/i18n/server";
import { articlePath } from "@/lib/site/paths";
import { Picture } from "@/components/site/picture";
import { langIfOther, readerContext } from "@/components/site/reader-context";
import { ZonedTime } from "@/components/site/zoned-time";

export async function ArticleCard({ article, variant = "normal" }: { article: Card; variant?: "lead" | "normal" | "compact" }) {
  const reader = await readerContext();
  const href = articlePath(article);
  const lang = langIfOther(article.language, reader.locale);
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
        <h2 className="card-title" {...lang}>
          <Link href={href}>{article.title}</Link>
        </h2>
        {variant !== "compact" ? (
          <p className="card-lead" {...lang}>
            {article.lead}
          </p>
        ) : null}
        {article.publishedAt ? <ZonedTime date={article.publishedAt} reader={reader} className="card-time" /> : null}
      </div>
    </article>
  );
}

/** The newest stories; `title` defaults to the catalogue's "Latest". */
export async function LatestList({ articles, title }: { articles: Card[]; title?: string }) {
  const reader = await readerContext();
  const t = getT(reader.locale, "site");
  const heading = title ?? t("latest");
  return (
    <section className="latest" aria-label={heading}>
      <h2 className="block-title">{heading}</h2>
      <ol>
        {articles.map((a) => (
          <li key={a.id}>
            <Link href={articlePath(a)} {...langIfOther(a.language, reader.locale)}>
              {a.title}
            </Link>
            {a.publishedAt ? <ZonedTime date={a.publishedAt} reader={reader} /> : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
