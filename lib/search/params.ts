// What a search page address asks for (/search?q=…&section=…&date=…&page=…)
// and how to write one. Values that make no sense (an unknown section, a
// made-up period, page "abc") are ignored, never an error: the address comes
// from a reader's form or a link someone edited.

export const MAX_QUERY_LENGTH = 200;

/** The periods of the date filter, back from now. */
export const DATE_RANGES = ["day", "week", "month", "year"] as const;
export type DateRange = (typeof DATE_RANGES)[number];

const DAY_MS = 86_400_000;
const RANGE_DAYS: Record<DateRange, number> = { day: 1, week: 7, month: 30, year: 365 };
const MAX_PAGE = 1000;

export type SearchRequest = {
  query: string;
  /** A section's slug, one of the site's. */
  section: string | null;
  date: DateRange | null;
  page: number;
};

/** The request in `params`; `sectionSlugs` are the site's sections (others are ignored). */
export function parseSearchParams(params: URLSearchParams, sectionSlugs: readonly string[]): SearchRequest {
  const query = (params.get("q") ?? "").trim().slice(0, MAX_QUERY_LENGTH).trim();
  const section = params.get("section") ?? "";
  const date = params.get("date") ?? "";
  const page = Number(params.get("page") ?? "1");
  return {
    query,
    section: sectionSlugs.includes(section) ? section : null,
    date: (DATE_RANGES as readonly string[]).includes(date) ? (date as DateRange) : null,
    page: Number.isInteger(page) && page >= 1 && page <= MAX_PAGE ? page : 1,
  };
}

/** The earliest publication time `range` admits, counted back from `now`. */
export function sinceFor(range: DateRange, now: Date): Date {
  return new Date(now.getTime() - RANGE_DAYS[range] * DAY_MS);
}

/** The address of page `page` of a search, with its filters (empty ones left out). */
export function searchHref(request: Omit<SearchRequest, "page">, page = 1): string {
  const params = new URLSearchParams({ q: request.query });
  if (request.section) params.set("section", request.section);
  if (request.date) params.set("date", request.date);
  if (page > 1) params.set("page", String(page));
  return `/search?${params}`;
}
