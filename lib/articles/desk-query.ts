// The desk's article table as an address: the view, the filters and the page
// cursor read from /newsroom's query string, and the one function that writes
// them back into links (views, page links, "first page"), so a link to
// another page keeps everything the reader had chosen. Plain data, no
// database: the reading itself is lib/articles/desk-list.ts.
import type { ArticleStatus } from "@prisma/client";
import { ARTICLE_STATUSES } from "@/lib/articles/statuses";

/** Articles on one page of the newsroom's table. */
export const DESK_PAGE_SIZE = 50;

/**
 * The desk's views (queues); their names are the "newsroom" messages
 * views.<view>. "returned": the person's stories the desk sent back to them
 * (drafts with the desk's note), not yet resubmitted.
 */
export const DESK_VIEWS = ["all", "mine", "returned", "review", "scheduled", "published"] as const;

export type DeskView = (typeof DESK_VIEWS)[number];

export type NewsroomFilter = {
  view?: DeskView;
  status?: ArticleStatus;
  sectionId?: string;
  author?: string;
  q?: string;
};

type Params = Record<string, string | string[] | undefined>;

const first = (value: string | string[] | undefined): string | undefined => (Array.isArray(value) ? value[0] : value);

const pick = <T extends string>(value: string | undefined, allowed: readonly T[]): T | undefined =>
  allowed.includes(value as T) ? (value as T) : undefined;

/**
 * The view, filters and cursor a query string names. Unknown views, statuses
 * and sections are ignored; the cursor stays opaque here (desk-list.ts
 * decodes it, and treats one it cannot read as the first page).
 */
export function parseDeskQuery(params: Params, sectionIds: readonly string[]): { filter: NewsroomFilter & { view: DeskView }; cursor?: string } {
  const section = first(params.section);
  return {
    filter: {
      view: pick(first(params.view), DESK_VIEWS) ?? "all",
      status: pick(first(params.status), ARTICLE_STATUSES),
      sectionId: section && sectionIds.includes(section) ? section : undefined,
      author: first(params.author)?.trim() || undefined,
      q: first(params.q)?.trim() || undefined,
    },
    cursor: first(params.cursor) || undefined,
  };
}

/** The address of the desk with this view and these filters, at `cursor` (none: the first page). */
export function deskHref(filter: NewsroomFilter, cursor?: string | null): string {
  const params = new URLSearchParams();
  // The same names the filter form submits (app/newsroom/page.tsx).
  if (filter.view && filter.view !== "all") params.set("view", filter.view);
  if (filter.status) params.set("status", filter.status);
  if (filter.sectionId) params.set("section", filter.sectionId);
  if (filter.author) params.set("author", filter.author);
  if (filter.q) params.set("q", filter.q);
  if (cursor) params.set("cursor", cursor);
  const query = params.toString();
  return query ? `/newsroom?${query}` : "/newsroom";
}
