// The shape of an article in the editor, shared by the server (which loads
// and saves it) and the client editor. Plain data only.
import type { ArticleStatus } from "@prisma/client";
import type { JsonNode } from "../content/body";
import type { WorkflowAction } from "./workflow";

export type EditorAuthor = { byline: string; userId: string | null };

/** The fields a journalist edits; what a save sends and a revision keeps. */
export type EditorFields = {
  title: string;
  lead: string;
  sectionId: string;
  slug: string;
  tags: string[];
  authors: EditorAuthor[];
  coverMediaId: string | null;
  seoTitle: string;
  seoDescription: string;
  body: JsonNode;
};

export type EditorArticle = EditorFields & {
  id: string;
  version: number;
  status: ArticleStatus;
  updatedAt: string;
  /** A published article edited since: readers still see the live version. */
  hasPendingChanges: boolean;
  /** The desk's note when the article was sent back. */
  reviewNote: string | null;
};

export const FIELD_LABELS: Record<keyof EditorFields, string> = {
  title: "Title",
  lead: "Lead",
  sectionId: "Section",
  slug: "Slug",
  tags: "Tags",
  authors: "Byline",
  coverMediaId: "Cover image",
  seoTitle: "SEO title",
  seoDescription: "SEO description",
  body: "Body",
};

/** What the editor's workflow panel shows and offers, decided on the server. */
export type WorkflowView = {
  status: ArticleStatus;
  actions: { action: WorkflowAction; label: string }[];
  reviewNote: string | null;
  hasPendingChanges: boolean;
  /** May publish pending changes (when there are any). */
  canPublishUpdate: boolean;
  canCorrect: boolean;
  canFeature: boolean;
  canScheduleUnpublish: boolean;
  featured: "lead" | "secondary" | "none";
  scheduledAt: string | null;
  unpublishAt: string | null;
  publicPath: string | null;
  timeZone: string;
};
