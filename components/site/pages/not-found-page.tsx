// The reader site's 404 page: what happened, a way to search, the latest
// stories, and the way to the front page. Sent with status 404.
import type { ArticleCard as Card } from "@/lib/articles/queries";
import type { ReaderContext } from "@/lib/reader/context";
import { LatestList } from "@/components/site/article-card";
import { SearchForm } from "@/components/site/pages/search-form";

export function NotFoundPage({ reader, latest }: { reader: ReaderContext; latest: Card[] }) {
  const t = reader.t("site");
  return (
    <div className="not-found">
      <h1 className="page-title">{t("notFound.title")}</h1>
      <p>{t("notFound.text")}</p>
      <SearchForm reader={reader} id="not-found-q" />
      <p>
        <a href="/">{t("notFound.home")}</a>
      </p>
      {latest.length ? <LatestList articles={latest} reader={reader} title={t("latestStories")} /> : null}
    </div>
  );
}
