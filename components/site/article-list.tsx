// A listing page's body: heading, optional intro, cards and pagination.
import type { ArticleCard as Card } from "@/lib/articles/queries";
import type { ReaderContext } from "@/lib/reader/context";
import { ArticleCard } from "@/components/site/article-card";
import { Pagination } from "@/components/site/pagination";

export function ArticleList({
  reader,
  title,
  intro,
  articles,
  page,
  pages,
  href,
  empty,
}: {
  reader: ReaderContext;
  title: string;
  intro?: React.ReactNode;
  articles: Card[];
  page: number;
  pages: number;
  href: (n: number) => string;
  /** Shown when there is nothing; defaults to the catalogue's "Nothing published here yet." */
  empty?: string;
}) {
  return (
    <div className="listing">
      <h1 className="page-title">{title}</h1>
      {intro ? <div className="page-intro">{intro}</div> : null}
      {articles.length ? (
        <div className="grid">
          {articles.map((a) => (
            <ArticleCard key={a.id} article={a} reader={reader} />
          ))}
        </div>
      ) : (
        <p>{empty ?? reader.t("site")("nothingYet")}</p>
      )}
      <Pagination page={page} pages={pages} href={href} locale={reader.locale} />
    </div>
  );
}
