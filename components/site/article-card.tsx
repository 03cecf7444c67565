// Story cards and the "Latest" list. Titles and leads carry the article's
// language when it is not the site's, so they are read out correctly.
// Plain links: reader pages are documents, with no client-side router.
import type { ArticleCard as Card } from "@/lib/articles/queries";
import type { ReaderContext } from "@/lib/reader/context";
import { CARD_IMAGE_SIZES } from "@/lib/reader/images";
import { langIfOther } from "@/lib/site/languages";
import { articlePath } from "@/lib/site/paths";
import { Picture } from "@/components/site/picture";
import { ZonedTime } from "@/components/site/zoned-time";

type Variant = "lead" | "normal" | "compact";

export function ArticleCard({ article, reader, variant = "normal" }: { article: Card; reader: ReaderContext; variant?: Variant }) {
  const href = articlePath(article);
  const lang = langIfOther(article.language, reader.locale);
  return (
    <article className={`card card--${variant}`}>
      {article.coverMedia && variant !== "compact" ? (
        <a href={href} className="card-image" tabIndex={-1} aria-hidden="true">
          <Picture
            media={article.coverMedia}
            sizes={CARD_IMAGE_SIZES[variant === "lead" ? "lead" : "normal"]}
            eager={variant === "lead"}
          />
        </a>
      ) : null}
      <div className="card-text">
        <h2 className="card-title" {...lang}>
          <a href={href}>{article.title}</a>
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
export function LatestList({ articles, reader, title }: { articles: Card[]; reader: ReaderContext; title?: string }) {
  const heading = title ?? reader.t("site")("latest");
  return (
    <section className="latest" aria-label={heading}>
      <h2 className="block-title">{heading}</h2>
      <ol>
        {articles.map((a) => (
          <li key={a.id}>
            <a href={articlePath(a)} {...langIfOther(a.language, reader.locale)}>
              {a.title}
            </a>
            {a.publishedAt ? <ZonedTime date={a.publishedAt} reader={reader} /> : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
