// Search forms besides the masthead's box: the 404 page's own form, and the
// search page's filters. The search page has no text box of its own: its
// filters belong to the masthead's form (form="site-search", components/site/
// site-header.tsx), so one submit sends the words and the filters together,
// and pressing Enter in the masthead's box keeps the filters. Plain HTML
// forms: they work without JavaScript.
import type { ReaderContext } from "@/lib/reader/context";
import { DATE_RANGES, MAX_QUERY_LENGTH, type DateRange, type SearchRequest } from "@/lib/search/params";

/** The masthead's search form, which the search page's filters join. */
export const HEADER_SEARCH_FORM = "site-search";

/** A whole search form (text box and button), e.g. on the 404 page; `id` is the text box's. */
export function SearchForm({ reader, query = "", id }: { reader: ReaderContext; query?: string; id: string }) {
  const t = reader.t("search");
  return (
    // Named by its label, so it differs from the masthead's search landmark.
    <form action="/search" method="get" role="search" className="search-form" aria-labelledby={`${id}-label`}>
      <label htmlFor={id} id={`${id}-label`}>
        {t("label")}
      </label>
      <input id={id} name="q" type="search" defaultValue={query} maxLength={MAX_QUERY_LENGTH} />
      <button type="submit">{t("submit")}</button>
    </form>
  );
}

/** The search page's section and date filters, sent with the masthead's form. */
export function SearchFilterFields({ reader, request }: { reader: ReaderContext; request: SearchRequest }) {
  const t = reader.t("search");
  const dateLabels: Record<DateRange, string> = { day: t("pastDay"), week: t("pastWeek"), month: t("pastMonth"), year: t("pastYear") };
  return (
    <fieldset className="search-filters">
      <legend>{t("filters")}</legend>
      <div className="search-filter">
        <label htmlFor="search-section">{t("section")}</label>
        <select id="search-section" name="section" form={HEADER_SEARCH_FORM} defaultValue={request.section ?? ""}>
          <option value="">{t("anySection")}</option>
          {reader.sections.map((s) => (
            <option key={s.slug} value={s.slug}>
              {s.name}
            </option>
          ))}
        </select>
      </div>
      <div className="search-filter">
        <label htmlFor="search-date">{t("date")}</label>
        <select id="search-date" name="date" form={HEADER_SEARCH_FORM} defaultValue={request.date ?? ""}>
          <option value="">{t("anyTime")}</option>
          {DATE_RANGES.map((range) => (
            <option key={range} value={range}>
              {dateLabels[range]}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" form={HEADER_SEARCH_FORM}>
        {t("apply")}
      </button>
    </fieldset>
  );
}
