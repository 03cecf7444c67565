// An article as the write side reads it: the one select, its live columns and
// pending changes as editor fields, who owns it, and revision snapshots.
// Shared by saving (editing.ts), field writing (field-writes.ts) and the
// workflow (workflow.ts), so each reads an article the same way.
import type { JsonNode } from "@/lib/content/body";
import type { Tx } from "@/lib/db/client";
import type { ArticleOwnership } from "@/lib/articles/access";
import type { EditorArticle, EditorFields } from "@/lib/articles/editor-state";
import { workingLanguage } from "@/lib/articles/languages";

const editorSelect = {
  id: true,
  version: true,
  status: true,
  updatedAt: true,
  title: true,
  lead: true,
  sectionId: true,
  slug: true,
  coverMediaId: true,
  seoTitle: true,
  seoDescription: true,
  language: true,
  translationGroupId: true,
  bodyJson: true,
  createdById: true,
  publishedAt: true,
  // The scheduler re-checks these inside its transaction (workflow.ts).
  scheduledAt: true,
  unpublishAt: true,
  pendingJson: true,
  reviewNote: true,
  section: { select: { slug: true } },
  tags: { select: { tag: { select: { name: true } } }, orderBy: { position: "asc" } },
  authors: { select: { byline: true, userId: true }, orderBy: { position: "asc" } },
} as const;

export type Loaded = NonNullable<Awaited<ReturnType<typeof loadRow>>>;

export function loadRow(db: Tx, id: string) {
  return db.article.findUnique({ where: { id }, select: editorSelect });
}

/** The columns of an article as editor fields (for a published article: the live version). */
export function columnsOf(row: Loaded): EditorFields {
  return {
    title: row.title,
    lead: row.lead,
    sectionId: row.sectionId,
    slug: row.slug,
    tags: row.tags.map((t) => t.tag.name),
    authors: row.authors.map((a) => ({ byline: a.byline, userId: a.userId })),
    coverMediaId: row.coverMediaId,
    seoTitle: row.seoTitle ?? "",
    seoDescription: row.seoDescription ?? "",
    language: row.language,
    body: JSON.parse(row.bodyJson) as JsonNode,
  };
}

/** A published article's pending changes (with the article's language if they were stored before articles had one). */
export function pendingOf(row: Loaded): EditorFields | null {
  if (!row.pendingJson) return null;
  return { ...(JSON.parse(row.pendingJson) as EditorFields), language: workingLanguage(row) };
}

/** The working state: pending changes of a published article, else its columns. */
export function toEditor(row: Loaded): EditorArticle {
  const fields = pendingOf(row) ?? columnsOf(row);
  return {
    ...fields,
    id: row.id,
    version: row.version,
    status: row.status,
    updatedAt: row.updatedAt.toISOString(),
    hasPendingChanges: Boolean(row.pendingJson),
    reviewNote: row.reviewNote,
  };
}

export async function loadEditorArticle(db: Tx, id: string): Promise<EditorArticle | null> {
  const row = await loadRow(db, id);
  return row ? toEditor(row) : null;
}

export function ownership(row: Loaded): ArticleOwnership {
  return { status: row.status, createdById: row.createdById, authorUserIds: row.authors.map((a) => a.userId) };
}

/** The fields a revision keeps, as stored JSON. */
export function snapshotOf(fields: EditorFields): string {
  return JSON.stringify(fields);
}

export function parseSnapshot(snapshot: string): Partial<EditorFields> & { bodyJson?: string } {
  return JSON.parse(snapshot) as Partial<EditorFields> & { bodyJson?: string };
}
