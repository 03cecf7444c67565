// Reads for the newsroom (staff only): the working state of any article.
import "server-only";
import { db } from "../db";
import { toMediaItem } from "../media/upload";
import { canEditArticle } from "./access";
import { loadEditorArticle } from "./editing";
import type { WorkflowView } from "./editor-state";
import { can } from "../auth/permissions";
import { siteSettings } from "../site-settings";
import { slugify } from "../slug";
import { utcToZonedLocal } from "../time";
import { allowedActions, WORKFLOW } from "./workflow";

export async function editorPageData(articleId: string, user: { id: string; role: "REPORTER" | "EDITOR" | "ADMIN" }) {
  const article = await loadEditorArticle(db, articleId);
  if (!article) return null;
  const [sections, row] = await Promise.all([
    db.section.findMany({ orderBy: [{ position: "asc" }, { name: "asc" }], select: { id: true, name: true } }),
    db.article.findUniqueOrThrow({
      where: { id: articleId },
      select: {
        publishedAt: true,
        createdById: true,
        coverMedia: true,
        scheduledAt: true,
        unpublishAt: true,
        featured: true,
        featuredRank: true,
        slug: true,
        section: { select: { slug: true } },
        authors: { select: { userId: true } },
      },
    }),
  ]);
  // Until first publication the slug follows the title, unless someone typed one.
  const fromTitle = slugify(article.title || "untitled");
  const slugIsAuto = !row.publishedAt && (article.slug === fromTitle || article.slug.startsWith(`${fromTitle}-`));
  const owner = { status: article.status, createdById: row.createdById, authorUserIds: row.authors.map((a) => a.userId) };
  const readOnly = !canEditArticle(user, owner);
  const { timeZone } = await siteSettings();
  const published = article.status === "PUBLISHED";
  const workflow: WorkflowView = {
    status: article.status,
    actions: allowedActions(user, owner).map((action) => ({ action, label: WORKFLOW[action].label })),
    reviewNote: article.reviewNote,
    hasPendingChanges: article.hasPendingChanges,
    canPublishUpdate: published && can(user.role, "article:publish"),
    canCorrect: published && can(user.role, "article:correct"),
    canFeature: published && can(user.role, "article:feature"),
    canScheduleUnpublish: published && can(user.role, "article:unpublish"),
    featured: !row.featured ? "none" : row.featuredRank === 0 ? "lead" : "secondary",
    scheduledAt: row.scheduledAt ? utcToZonedLocal(row.scheduledAt, timeZone) : null,
    unpublishAt: row.unpublishAt ? utcToZonedLocal(row.unpublishAt, timeZone) : null,
    publicPath: published ? `/${row.section.slug}/${row.slug}` : null,
    timeZone,
  };
  return { article, sections, slugIsAuto, readOnly, workflow, cover: row.coverMedia ? toMediaItem(row.coverMedia) : null };
}

export function articleRevisions(articleId: string) {
  return db.revision.findMany({
    where: { articleId },
    orderBy: { createdAt: "desc" },
    select: { id: true, version: true, reason: true, createdAt: true, snapshot: true, author: { select: { displayName: true } } },
  });
}

/** The working state rendered like the public page, for previews. */
export function previewArticle(articleId: string) {
  return db.article.findUnique({
    where: { id: articleId },
    select: {
      id: true,
      title: true,
      slug: true,
      lead: true,
      publishedAt: true,
      featured: true,
      featuredRank: true,
      bodyHtml: true,
      liveUpdatedAt: true,
      seoTitle: true,
      seoDescription: true,
      sectionId: true,
      section: { select: { name: true, slug: true } },
      authors: { select: { byline: true, bylineSlug: true }, orderBy: { position: "asc" } },
      coverMedia: { select: { fileKey: true, variants: true, width: true, height: true, alt: true } },
      tags: { select: { tag: { select: { name: true, slug: true } } }, orderBy: { position: "asc" } },
      corrections: { select: { id: true, text: true, createdAt: true }, orderBy: { createdAt: "asc" } },
    },
  });
}
