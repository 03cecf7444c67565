// The shape of an article in the editor, shared by the server (which loads
// and saves it) and the client editor. Plain data only.
import type { ArticleStatus } from "@prisma/client";
import type { JsonNode } from "../content/body";

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
