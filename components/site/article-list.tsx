// A listing page's body (a section, a tag, a pen name): heading, optional
// intro, the stories (the newest with its picture on page 1, the rest as
// rows), pagination, and the most read and the latest stories beside them.
import type { ArticleCard as Card } from "@/lib/articles/queries";
import type { ReaderContext } from "@/lib/reader/context";
import { ArticleCard, LatestList } from "@/components/site/article-card";
import { MostRead, type MostReadLists } from "@/components/site/most-read";
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
  showSection = true,
  mostRead,
  latest = [],
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
  /** Section labels on the cards: off on a section's own page. */
  showSection?: boolean;
  mostRead?: MostReadLists;
  /** The site's latest stories, for the column beside the list. */
  latest?: Card[];
}) {
  const lead = page === 1 ? articles[0] : undefined;
  const rows = lead ? articles.slice(1) : articles;
  return (
    <div className="listing">
      <h1 className="page-title">{title}</h1>
      {intro ? <div className="page-intro">{intro}</div> : null}
      <div className="listing-columns">
        <div className="listing-stories">
          {articles.length ? (
            <>
              {lead ? <ArticleCard article={lead} reader={reader} variant="lead" showSection={showSection} /> : null}
              {rows.map((a) => (
                <ArticleCard key={a.id} article={a} reader={reader} variant="row" showSection={showSection} />
              ))}
            </>
          ) : (
            <p>{empty ?? reader.t("site")("nothingYet")}</p>
          )}
          <Pagination page={page} pages={pages} href={href} locale={reader.locale} />
        </div>
        <div className="listing-aside">
          <MostRead lists={mostRead} reader={reader} />
          {latest.length ? <LatestList articles={latest} reader={reader} /> : null}
        </div>
      </div>
    </div>
  );
}
