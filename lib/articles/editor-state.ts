// The shape of an article in the editor, shared by the server (which loads
// and saves it) and the client editor. Plain data only.
import type { ArticleStatus } from "@prisma/client";
import type { JsonNode } from "@/lib/content/body";
import type { WorkflowAction } from "@/lib/articles/statuses";

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
  /** BCP 47 tag of the text (lib/articles/languages.ts); null is the site's language. */
  language: string | null;
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

/** What the editor's workflow panel shows and offers, decided on the server. */
export type WorkflowView = {
  status: ArticleStatus;
  /** The steps this person may take now (labels come from the "workflow" catalogue group). */
  actions: WorkflowAction[];
  reviewNote: string | null;
  hasPendingChanges: boolean;
  /** May publish pending changes (when there are any). */
  canPublishUpdate: boolean;
  canCorrect: boolean;
  canFeature: boolean;
  canScheduleUnpublish: boolean;
  /** May delete the article (admins; refused while it is published or scheduled: lib/articles/delete-article.ts). */
  canDelete?: boolean;
  featured: "lead" | "secondary" | "none";
  /** Wall-clock times in the site's time zone, for datetime-local inputs. */
  scheduledAt: string | null;
  unpublishAt: string | null;
  /** The scheduled publication as an ISO instant, for display in the reader's language. */
  scheduledFor: string | null;
  publicPath: string | null;
  timeZone: string;
  /** The person is one of the article's own people (its creator or bylined). */
  own: boolean;
  /** Someone other than its own people has started reviewing it (lib/articles/review-start.ts). */
  reviewStarted: boolean;
};

/** A linked translation, as the editor's translations panel lists it. */
export type TranslationLink = {
  id: string;
  /** Its working language (BCP 47) and that language's own name. */
  language: string;
  languageName: string;
  title: string;
  status: ArticleStatus;
  /** This person may unlink it (may edit it). */
  canUnlink: boolean;
};

/** What the translations panel shows and offers, decided on the server. */
export type TranslationsView = {
  links: TranslationLink[];
  /** This person may link, unlink or create translations of this article. */
  canChange: boolean;
  /** Languages a new translation may be in: those not yet in the group. */
  freeLanguages: { tag: string; name: string }[];
};
