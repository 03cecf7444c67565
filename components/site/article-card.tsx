// Story cards and headline lists. Titles and leads carry the article's
// language when it is not the site's, so they are read out correctly.
// Plain links: reader pages are documents, with no client-side router.
//
// Variants, from the most room to the least:
// - lead: the day's main story, large picture, title and lead;
// - normal: picture above title and lead (a section block's first story);
// - row: title with a small picture on the right, the shape of most stories
//   on a phone and of the secondary stories beside the lead;
// - headline: title and time only (rails and lists).
import type { ArticleCard as Card } from "@/lib/articles/queries";
import type { ReaderContext } from "@/lib/reader/context";
import { CARD_IMAGE_SIZES } from "@/lib/reader/images";
import { langIfOther } from "@/lib/site/languages";
import { articlePath } from "@/lib/site/paths";
import { Picture } from "@/components/site/picture";
import { StoryTime } from "@/components/site/story-time";

export type CardVariant = "lead" | "normal" | "row" | "headline";

type CardProps = {
  article: Card;
  reader: ReaderContext;
  variant?: CardVariant;
  /** The section's name above the title; off where the page is the section's. */
  showSection?: boolean;
};

/** Section and time, the small line above a card's title. */
function CardMeta({ article, reader, showSection = true }: Omit<CardProps, "variant">) {
  return (
    <p className="card-meta">
      {showSection ? <span className="card-section">{article.section.name}</span> : null}
      {article.publishedAt ? <StoryTime date={article.publishedAt} reader={reader} /> : null}
    </p>
  );
}

export function ArticleCard({ article, reader, variant = "normal", showSection = true }: CardProps) {
  const href = articlePath(article);
  const lang = langIfOther(article.language, reader.locale);
  const picture = article.coverMedia && variant !== "headline" ? article.coverMedia : null;
  const Heading = variant === "lead" ? "h2" : "h3";
  return (
    <article className={`card card--${variant}`}>
      {picture ? (
        <a href={href} className="card-image" tabIndex={-1} aria-hidden="true">
          <Picture media={picture} sizes={CARD_IMAGE_SIZES[variant]} eager={variant === "lead"} ratio="16x9" />
        </a>
      ) : null}
      <div className="card-text">
        <Heading className="card-title" {...lang}>
          <a href={href}>{article.title}</a>
        </Heading>
        {/* After the title, so it is read first; shown above it, or after it on a phone's rows (app/globals.css). */}
        <CardMeta article={article} reader={reader} showSection={showSection} />
        {variant === "lead" || variant === "normal" ? (
          <p className="card-lead" {...lang}>
            {article.lead}
          </p>
        ) : null}
      </div>
    </article>
  );
}

/** The newest stories as headlines with their times; `title` defaults to the catalogue's "Latest". */
export function LatestList({ articles, reader, title }: { articles: Card[]; reader: ReaderContext; title?: string }) {
  const heading = title ?? reader.t("site")("latest");
  return (
    <section className="headlines latest" aria-label={heading}>
      <h2 className="block-title">{heading}</h2>
      <ul>
        {articles.map((a) => (
          <li key={a.id}>
            {a.publishedAt ? <StoryTime date={a.publishedAt} reader={reader} /> : null}{" "}
            <a href={articlePath(a)} {...langIfOther(a.language, reader.locale)}>
              {a.title}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
