import type { Metadata } from "next";
import { ArticleList } from "@/components/site/article-list";
import { searchArticles } from "@/lib/articles/queries";
import { siteSettings } from "@/lib/site-settings";

export const metadata: Metadata = { title: "Search", robots: { index: false, follow: true } };

type Props = { searchParams: Promise<{ q?: string | string[]; page?: string | string[] }> };

const MAX_QUERY_LENGTH = 200;

export default async function SearchPage({ searchParams }: Props) {
  const params = await searchParams;
  const q = (Array.isArray(params.q) ? params.q[0] : params.q ?? "").trim().slice(0, MAX_QUERY_LENGTH);
  const rawPage = Number(Array.isArray(params.page) ? params.page[0] : params.page ?? "1");
  const page = Number.isInteger(rawPage) && rawPage >= 1 && rawPage <= 1000 ? rawPage : 1;
  const { timeZone } = await siteSettings();
  const results = q ? await searchArticles(q, page) : null;
  const href = (n: number) => `/search?${new URLSearchParams({ q, ...(n > 1 ? { page: String(n) } : {}) })}`;
  return (
    <div className="search-page">
      <form action="/search" method="get" role="search" className="search-form">
        <label htmlFor="search-q">Search articles</label>
        <input id="search-q" name="q" type="search" defaultValue={q} maxLength={MAX_QUERY_LENGTH} />
        <button type="submit">Search</button>
      </form>
      {results ? (
        <ArticleList
          title={`Results for “${q}”`}
          intro={`${results.total} ${results.total === 1 ? "article" : "articles"} found`}
          articles={results.items}
          page={page}
          pages={results.pages}
          href={href}
          timeZone={timeZone}
          empty="No published article matches. Try fewer or different words."
        />
      ) : (
        <h1 className="page-title">Search</h1>
      )}
    </div>
  );
}
