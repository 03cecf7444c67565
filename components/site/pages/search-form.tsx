// The search form of the search page and the 404 page (the masthead has its own, smaller one).
import type { ReaderContext } from "@/lib/reader/context";

export const MAX_QUERY_LENGTH = 200;

export function SearchForm({ reader, query = "", id }: { reader: ReaderContext; query?: string; id: string }) {
  const t = reader.t("search");
  return (
    <form action="/search" method="get" role="search" className="search-form">
      <label htmlFor={id}>{t("label")}</label>
      <input id={id} name="q" type="search" defaultValue={query} maxLength={MAX_QUERY_LENGTH} />
      <button type="submit">{t("submit")}</button>
    </form>
  );
}
