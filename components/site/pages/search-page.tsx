// The search page: the query and how many articles matched, the filters,
// the results with the matched words marked in titles and snippets, and
// help when nothing matched. The words are typed in the masthead's box
// (filled in with the query), so the page has no text box of its own.
import type { Paged, SearchHit } from "@/lib/articles/queries";
import type { ReaderContext } from "@/lib/reader/context";
import { queryWords } from "@/lib/search/fold";
import { highlight } from "@/lib/search/highlight";
import { searchHref, type SearchRequest } from "@/lib/search/params";
import { langIfOther } from "@/lib/site/languages";
import { articlePath } from "@/lib/site/paths";
import { Pagination } from "@/components/site/pagination";
import { SearchFilterFields } from "@/components/site/pages/search-form";
import { ZonedTime } from "@/components/site/zoned-time";

/** `text` with the words of `terms` in <mark>; React escapes the text itself. */
function Marked({ text, terms }: { text: string; terms: readonly string[] }) {
  return highlight(text, terms).map((segment, i) => (segment.match ? <mark key={i}>{segment.text}</mark> : segment.text));
}

function Result({ hit, terms, reader }: { hit: SearchHit; terms: readonly string[]; reader: ReaderContext }) {
  const lang = langIfOther(hit.language, reader.locale);
  return (
    <article className="search-result">
      <h2 className="search-result-title" {...lang}>
        <a href={articlePath(hit)}>
          <Marked text={hit.title} terms={terms} />
        </a>
      </h2>
      <p className="search-result-meta">
        <span>{hit.section.name}</span>
        {hit.publishedAt ? <ZonedTime date={hit.publishedAt} reader={reader} /> : null}
      </p>
      {hit.snippet ? (
        <p className="search-result-snippet" {...lang}>
          <Marked text={hit.snippet} terms={terms} />
        </p>
      ) : null}
    </article>
  );
}

/** What to try when nothing matched. */
function NoResults({ reader, request }: { reader: ReaderContext; request: SearchRequest }) {
  const t = reader.t("search");
  const filtered = Boolean(request.section || request.date);
  return (
    <section className="search-help" aria-labelledby="search-help-title">
      <p className="search-help-lead">{filtered ? t("noResultsFiltered", { query: request.query }) : t("noResults", { query: request.query })}</p>
      <h2 id="search-help-title">{t("tipsTitle")}</h2>
      <ul>
        <li>{t("tipSpelling")}</li>
        <li>{t("tipFewerWords")}</li>
        {filtered ? (
          <li>
            <a href={searchHref({ query: request.query, section: null, date: null })}>{t("tipRemoveFilters")}</a>
          </li>
        ) : null}
        <li>
          <a href="/">{t("tipLatest")}</a>
        </li>
      </ul>
    </section>
  );
}

export function SearchPage({ reader, request, results }: { reader: ReaderContext; request: SearchRequest; results: Paged<SearchHit> | null }) {
  const t = reader.t("search");
  if (!results) {
    return (
      <div className="search-page">
        <h1 className="page-title">{t("title")}</h1>
        <p className="page-intro">{t("prompt")}</p>
      </div>
    );
  }
  const terms = queryWords(request.query);
  // With nothing found and no filter set, filters could only narrow nothing further.
  const filtered = Boolean(request.section || request.date);
  return (
    <div className="search-page">
      <h1 className="page-title">{t("resultsFor", { query: request.query })}</h1>
      {results.total > 0 ? <p className="page-intro search-count">{t("found", { count: results.total })}</p> : null}
      {results.total > 0 || filtered ? <SearchFilterFields reader={reader} request={request} /> : null}
      {results.items.length ? (
        <ol className="search-results">
          {results.items.map((hit) => (
            <li key={hit.id}>
              <Result hit={hit} terms={terms} reader={reader} />
            </li>
          ))}
        </ol>
      ) : results.total === 0 ? (
        <NoResults reader={reader} request={request} />
      ) : null}
      <Pagination page={results.page} pages={results.pages} href={(n) => searchHref(request, n)} locale={reader.locale} />
    </div>
  );
}
