// Article statuses for newsroom pages: the badge and filter options in the
// newsroom language (client components in status-label.tsx, so server pages
// can use them too) and the list of statuses.
export { StatusBadge, StatusOptions, useStatusLabel } from "@/components/newsroom/status-label";
export { ARTICLE_STATUSES } from "@/lib/articles/statuses";
