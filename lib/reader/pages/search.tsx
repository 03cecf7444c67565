// The search page: results for `?q=`, never indexed by search engines.
import { searchArticles } from "@/lib/articles/queries";
import type { ReaderContext } from "@/lib/reader/context";
import { pageHead } from "@/lib/reader/head";
import type { PageDb, ReaderPage } from "@/lib/reader/pages/page";
import { MAX_QUERY_LENGTH } from "@/components/site/pages/search-form";
import { SearchPage } from "@/components/site/pages/search-page";

/** Search results for `?q=` (page `?page=`); never indexed by search engines. */
export async function searchPage({ db, sql }: PageDb, reader: ReaderContext, params: URLSearchParams): Promise<ReaderPage> {
  const query = (params.get("q") ?? "").trim().slice(0, MAX_QUERY_LENGTH);
  const rawPage = Number(params.get("page") ?? "1");
  const page = Number.isInteger(rawPage) && rawPage >= 1 && rawPage <= 1000 ? rawPage : 1;
  const results = query ? await searchArticles(db, query, page, sql) : null;
  return {
    status: 200,
    head: pageHead(reader, { title: reader.t("search")("title"), noindex: true }),
    content: <SearchPage reader={reader} query={query} results={results} />,
  };
}
