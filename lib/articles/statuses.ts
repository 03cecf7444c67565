// The article statuses in workflow order, for filters and lists. Their names
// are the "workflow" messages status.<STATUS> (components/newsroom/status-label.tsx).
import type { ArticleStatus } from "@prisma/client";

export const ARTICLE_STATUSES: ArticleStatus[] = ["DRAFT", "IN_REVIEW", "SCHEDULED", "PUBLISHED", "UNPUBLISHED", "ARCHIVED"];
