// The search page: results for `?q=`, narrowed by `section` and `date`
// (lib/search/params.ts), never indexed by search engines and never cached
// (lib/reader/render.tsx). The masthead's box shows the query.
import { searchArticles } from "@/lib/articles/queries";
import type { ReaderContext } from "@/lib/reader/context";
import { pageHead } from "@/lib/reader/head";
import type { PageDb, ReaderPage } from "@/lib/reader/pages/page";
import { parseSearchParams, sinceFor } from "@/lib/search/params";
import { SearchPage } from "@/components/site/pages/search-page";

/** Search results for `?q=` (page `?page=`, filters `?section=`, `?date=`); unknown filter values are ignored. */
export async function searchPage({ db, sql }: PageDb, reader: ReaderContext, params: URLSearchParams): Promise<ReaderPage> {
  const request = parseSearchParams(params, reader.sections.map((s) => s.slug));
  const filters = {
    sectionId: reader.sections.find((s) => s.slug === request.section)?.id,
    since: request.date ? sinceFor(request.date, reader.now) : undefined,
  };
  const results = request.query ? await searchArticles(db, request.query, request.page, sql, filters) : null;
  const t = reader.t("search");
  return {
    status: 200,
    head: pageHead(reader, { title: request.query ? t("resultsFor", { query: request.query }) : t("title"), noindex: true }),
    content: <SearchPage reader={reader} request={request} results={results} />,
    header: { query: request.query },
  };
}
