// A listing page's body: heading, optional intro, cards and pagination.
import type { ArticleCard as Card } from "@/lib/articles/queries";
import { getT } from "@/lib/i18n/server";
import { ArticleCard } from "@/components/site/article-card";
import { Pagination } from "@/components/site/pagination";
import { readerContext } from "@/components/site/reader-context";

export async function ArticleList({
  title,
  intro,
  articles,
  page,
  pages,
  href,
  empty,
}: {
  title: string;
  intro?: React.ReactNode;
  articles: Card[];
  page: number;
  pages: number;
  href: (n: number) => string;
  /** Shown when there is nothing; defaults to the catalogue's "Nothing published here yet." */
  empty?: string;
}) {
  const { locale } = await readerContext();
  const t = getT(locale, "site");
  return (
    <div className="listing">
      <h1 className="page-title">{title}</h1>
      {intro ? <div className="page-intro">{intro}</div> : null}
      {articles.length ? (
        <div className="grid">
          {articles.map((a) => (
            <ArticleCard key={a.id} article={a} />
          ))}
        </div>
      ) : (
        <p>{empty ?? t("nothingYet")}</p>
      )}
      <Pagination page={page} pages={pages} href={href} locale={locale} />
    </div>
  );
}
