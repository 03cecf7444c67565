// Reads for the newsroom (staff only), always from the primary database: the
// working state of any article, its revisions and preview, the desk's table.
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { prepareBody } from "@/lib/content/body";
import { db } from "@/lib/db";
import { availableLocales } from "@/lib/i18n/catalogue";
import { toMediaItem } from "@/lib/media/items";
import { siteSettings } from "@/lib/site/settings";
import { slugify } from "@/lib/text/slug";
import { slugFollowsTitle } from "@/lib/articles/slugs";
import { utcToZonedLocal } from "@/lib/time/zones";
import { canEditArticle, isOwnArticle } from "@/lib/articles/access";
import { loadEditorArticle } from "@/lib/articles/article-state";
import { deskPage, type DeskPage } from "@/lib/articles/desk-list";
import type { NewsroomFilter } from "@/lib/articles/desk-query";
import type { EditorFields, WorkflowView } from "@/lib/articles/editor-state";
import { mediaFor } from "@/lib/articles/field-writes";
import { languageOptions, workingLanguage } from "@/lib/articles/languages";
import { articleSelect } from "@/lib/articles/queries";
import { translationsView } from "@/lib/articles/translations";
import { allowedActions } from "@/lib/articles/workflow";

export async function editorPageData(articleId: string, user: Pick<Actor, "id" | "role">) {
  const article = await loadEditorArticle(db, articleId);
  if (!article) return null;
  const [sections, row] = await Promise.all([
    db.section.findMany({ orderBy: [{ position: "asc" }, { name: "asc" }], select: { id: true, name: true, names: true } }),
    db.article.findUniqueOrThrow({
      where: { id: articleId },
      select: {
        publishedAt: true,
        createdById: true,
        coverMedia: true,
        scheduledAt: true,
        unpublishAt: true,
        reviewStartedAt: true,
        featured: true,
        featuredRank: true,
        slug: true,
        section: { select: { slug: true } },
        authors: { select: { userId: true } },
      },
    }),
  ]);
  const slugIsAuto = slugFollowsTitle({ slug: article.slug, title: article.title, publishedAt: row.publishedAt });
  const owner = { status: article.status, createdById: row.createdById, authorUserIds: row.authors.map((a) => a.userId) };
  const readOnly = !canEditArticle(user, owner);
  const { timeZone, siteLanguage } = await siteSettings();
  const published = article.status === "PUBLISHED";
  const workflow: WorkflowView = {
    status: article.status,
    actions: allowedActions(user, { ...owner, reviewStartedAt: row.reviewStartedAt }),
    reviewNote: article.reviewNote,
    hasPendingChanges: article.hasPendingChanges,
    canPublishUpdate: published && can(user.role, "article:publish"),
    canCorrect: published && can(user.role, "article:correct"),
    canFeature: published && can(user.role, "article:feature"),
    canScheduleUnpublish: published && can(user.role, "article:unpublish"),
    canDelete: can(user.role, "article:delete"),
    featured: !row.featured ? "none" : row.featuredRank === 0 ? "lead" : "secondary",
    scheduledAt: row.scheduledAt ? utcToZonedLocal(row.scheduledAt, timeZone) : null,
    unpublishAt: row.unpublishAt ? utcToZonedLocal(row.unpublishAt, timeZone) : null,
    scheduledFor: row.scheduledAt?.toISOString() ?? null,
    publicPath: published ? `/${row.section.slug}/${row.slug}` : null,
    timeZone,
    own: isOwnArticle(user.id, owner),
    reviewStarted: article.status === "IN_REVIEW" && row.reviewStartedAt !== null,
  };
  return {
    article,
    sections,
    slugIsAuto,
    readOnly,
    workflow,
    cover: row.coverMedia ? toMediaItem(row.coverMedia) : null,
    // The article's language is any short BCP 47 tag: offer the interface's
    // languages and common content languages, and always its own.
    languages: languageOptions(availableLocales(), [article.language, siteLanguage]),
    siteLanguage,
    translations: (await translationsView(db, user, articleId))!,
    // Who suggested what, by name (suggestion marks carry a user id).
    staff: (await db.user.findMany({ select: { id: true, displayName: true }, orderBy: { displayName: "asc" } })).map((u) => ({ id: u.id, name: u.displayName })),
  };
}

/** An article's revisions, newest first, each with everyone whose changes it holds (its author first). */
export async function articleRevisions(articleId: string) {
  const rows = await db.revision.findMany({
    where: { articleId },
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      version: true,
      reason: true,
      createdAt: true,
      snapshot: true,
      authorId: true,
      author: { select: { displayName: true } },
      contributors: { select: { user: { select: { id: true, displayName: true } } } },
    },
  });
  return rows.map(({ contributors, authorId, ...r }) => ({
    ...r,
    contributors: [
      ...(r.author ? [r.author.displayName] : []),
      ...contributors
        .map((c) => c.user)
        .filter((u) => u.id !== authorId)
        .map((u) => u.displayName)
        .sort((a, b) => a.localeCompare(b)),
    ],
  }));
}

/**
 * The working state rendered like the public page, for previews: a published
 * article's pending changes, not its live version.
 */
export async function previewArticle(articleId: string) {
  const row = await db.article.findUnique({ where: { id: articleId }, select: { ...articleSelect, pendingJson: true, language: true } });
  if (!row?.pendingJson) return row;
  const pending = JSON.parse(row.pendingJson) as EditorFields;
  const body = prepareBody(pending.body, (await mediaFor(db, pending.body)).variants);
  const section =
    pending.sectionId === row.sectionId
      ? row.section
      : ((await db.section.findUnique({ where: { id: pending.sectionId }, select: { name: true, slug: true } })) ?? row.section);
  return {
    ...row,
    title: pending.title,
    lead: pending.lead,
    language: workingLanguage(row),
    bodyHtml: body.html,
    section,
    authors: pending.authors.map((a) => ({ byline: a.byline, bylineSlug: slugify(a.byline) })),
    tags: pending.tags.map((name) => ({ tag: { name, slug: slugify(name) } })),
  };
}

/** A page of the desk's article table (lib/articles/desk-list.ts), read from the primary. */
export function newsroomArticles(filter: NewsroomFilter, userId: string, cursor?: string): Promise<DeskPage> {
  return deskPage(db, filter, userId, cursor);
}
