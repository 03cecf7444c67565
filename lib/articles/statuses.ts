// The article statuses in workflow order, for filters and lists, and the names
// of the steps between them. Their names are the "workflow" messages
// status.<STATUS> (components/newsroom/status-label.tsx) and steps.<action>.
// Plain data, so the client editor and the server share it; what each step
// does is lib/articles/workflow.ts.
import type { ArticleStatus } from "@prisma/client";

export const ARTICLE_STATUSES: ArticleStatus[] = ["DRAFT", "IN_REVIEW", "SCHEDULED", "PUBLISHED", "UNPUBLISHED", "ARCHIVED"];

/** The workflow's steps (the keys of WORKFLOW in lib/articles/workflow.ts). */
export type WorkflowAction = "submit" | "withdraw" | "sendBack" | "publish" | "schedule" | "unschedule" | "unpublish" | "archive" | "reopen";
