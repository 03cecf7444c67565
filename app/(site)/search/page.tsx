import type { Metadata } from "next";
import { ArticleList } from "@/components/site/article-list";
import { searchArticles } from "@/lib/articles/queries";
import { getT } from "@/lib/i18n/server";
import { siteLocale } from "@/lib/site/settings";

export async function generateMetadata(): Promise<Metadata> {
  const t = getT(await siteLocale(), "search");
  return { title: t("title"), robots: { index: false, follow: true } };
}

type Props = { searchParams: Promise<{ q?: string | string[]; page?: string | string[] }> };

const MAX_QUERY_LENGTH = 200;

export default async function SearchPage({ searchParams }: Props) {
  const params = await searchParams;
  const q = (Array.isArray(params.q) ? params.q[0] : params.q ?? "").trim().slice(0, MAX_QUERY_LENGTH);
  const rawPage = Number(Array.isArray(params.page) ? params.page[0] : params.page ?? "1");
  const page = Number.isInteger(rawPage) && rawPage >= 1 && rawPage <= 1000 ? rawPage : 1;
  const t = getT(await siteLocale(), "search");
  const results = q ? await searchArticles(q, page) : null;
  const href = (n: number) => `/search?${new URLSearchParams({ q, ...(n > 1 ? { page: String(n) } : {}) })}`;
  return (
    <div className="search-page">
      <form action="/search" method="get" role="search" className="search-form">
        <label htmlFor="search-q">{t("label")}</label>
        <input id="search-q" name="q" type="search" defaultValue={q} maxLength={MAX_QUERY_LENGTH} />
        <button type="submit">{t("submit")}</button>
      </form>
      {results ? (
        <ArticleList
          title={t("resultsFor", { query: q })}
          intro={t("found", { count: results.total })}
          articles={results.items}
          page={page}
          pages={results.pages}
          href={href}
          empty={t("empty")}
        />
      ) : (
        <h1 className="page-title">{t("title")}</h1>
      )}
    </div>
  );
}
