// Search results, or the search form alone before anything is asked.
import type { ArticleCard as Card, Paged } from "@/lib/articles/queries";
import type { ReaderContext } from "@/lib/reader/context";
import { ArticleList } from "@/components/site/article-list";
import { SearchForm } from "@/components/site/pages/search-form";

export function searchHref(query: string, page: number): string {
  return `/search?${new URLSearchParams({ q: query, ...(page > 1 ? { page: String(page) } : {}) })}`;
}

export function SearchPage({ reader, query, results }: { reader: ReaderContext; query: string; results: Paged<Card> | null }) {
  const t = reader.t("search");
  return (
    <div className="search-page">
      <SearchForm reader={reader} query={query} id="search-q" />
      {results ? (
        <ArticleList
          reader={reader}
          title={t("resultsFor", { query })}
          intro={t("found", { count: results.total })}
          articles={results.items}
          page={results.page}
          pages={results.pages}
          href={(n) => searchHref(query, n)}
          empty={t("empty")}
        />
      ) : (
        <h1 className="page-title">{t("title")}</h1>
      )}
    </div>
  );
}
