"use client";
// An article's status in the newsroom language, as a badge or as <option>s
// for a status filter. Client components, so server pages and client panels
// alike can use them (the newsroom layout provides the "workflow" messages).
import type { ArticleStatus } from "@prisma/client";
import { useTranslations } from "use-intl";
import { ARTICLE_STATUSES } from "@/lib/articles/statuses";

/** The status names in the newsroom language. */
export function useStatusLabel(): (status: ArticleStatus) => string {
  const t = useTranslations("workflow");
  const labels: Record<ArticleStatus, string> = {
    DRAFT: t("status.DRAFT"),
    IN_REVIEW: t("status.IN_REVIEW"),
    SCHEDULED: t("status.SCHEDULED"),
    PUBLISHED: t("status.PUBLISHED"),
    UNPUBLISHED: t("status.UNPUBLISHED"),
    ARCHIVED: t("status.ARCHIVED"),
  };
  return (status) => labels[status];
}

export function StatusBadge({ status }: { status: ArticleStatus }) {
  const label = useStatusLabel();
  return <span className={`status status-${status.toLowerCase()}`}>{label(status)}</span>;
}

/** Every status as an <option>, for status filters. */
export function StatusOptions() {
  const label = useStatusLabel();
  return ARTICLE_STATUSES.map((s) => (
    <option key={s} value={s}>
      {label(s)}
    </option>
  ));
}
