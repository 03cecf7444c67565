// A listing page's body: heading, optional intro, cards and pagination.
import type { ArticleCard as Card } from "@/lib/articles/queries";
import { ArticleCard } from "./article-card";
import { Pagination } from "./pagination";

export function ArticleList({
  title,
  intro,
  articles,
  page,
  pages,
  href,
  timeZone,
  empty = "Nothing published here yet.",
}: {
  title: string;
  intro?: React.ReactNode;
  articles: Card[];
  page: number;
  pages: number;
  href: (n: number) => string;
  timeZone: string;
  empty?: string;
}) {
  return (
    <div className="listing">
      <h1 className="page-title">{title}</h1>
      {intro ? <div className="page-intro">{intro}</div> : null}
      {articles.length ? (
        <div className="grid">
          {articles.map((a) => (
            <ArticleCard key={a.id} article={a} timeZone={timeZone} />
          ))}
        </div>
      ) : (
        <p>{empty}</p>
      )}
      <Pagination page={page} pages={pages} href={href} />
    </div>
  );
}
