// Creating, saving and restoring articles: the write side of the editor.
// Every save names the version it was based on; a stale one is answered with
// the current state (a conflict), never applied. Each write is one
// transaction: fields, tags, byline, media usage, old addresses, search index
// and revision change together or not at all, run again when another write
// took the same address meanwhile (withRetry, lib/db/concurrency.ts: the
// retry picks the next free slug). Reading an article is in
// article-state.ts, writing its fields in field-writes.ts.
import type { Prisma } from "@prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { UserError } from "@/lib/errors/user-error";
import { EMPTY_DOC, prepareBody, type JsonNode, type PreparedBody } from "@/lib/content/body";
import type { Db, Tx } from "@/lib/db/client";
import { holdLock, withRetry } from "@/lib/db/concurrency";
import { getSiteSettings } from "@/lib/settings/site-settings";
import { canEditArticle } from "@/lib/articles/access";
import { loadEditorArticle, loadRow, ownership, parseSnapshot, snapshotOf, toEditor } from "@/lib/articles/article-state";
import type { EditorArticle, EditorFields } from "@/lib/articles/editor-state";
import { applyFields, checkReferences, columnData, maybeRevision, mediaFor, writeFields } from "@/lib/articles/field-writes";
import { assertLanguageFree, workingLanguage } from "@/lib/articles/languages";
import { revisionReason } from "@/lib/articles/revision-reasons";
import { availableArticleSlug } from "@/lib/articles/slugs";

export type SaveOutcome =
  | { kind: "saved"; version: number; updatedAt: string; slug: string }
  | { kind: "conflict"; current: EditorArticle };

/** What a save sends: the editor's fields; without a language, the article keeps its own. */
export type SaveInput = Omit<EditorFields, "language"> & {
  language?: string | null;
  articleId: string;
  baseVersion: number;
  /** Why, for the revision (English, see revision-reasons.ts); "Edited" by default. */
  reason?: string;
  forceRevision?: boolean;
  /** The writer chose to overwrite a conflicting version: keep that one as a revision first. */
  overwrite?: boolean;
};

export async function saveArticle(db: Db, user: Actor, input: SaveInput): Promise<SaveOutcome> {
  const { articleId, baseVersion, reason, forceRevision, overwrite, language, ...rest } = input;
  // Validate before opening the transaction: bad input fails fast and clearly.
  prepareBody(rest.body, (await mediaFor(db, rest.body)).variants);
  return withRetry(db, async (tx) => {
    const row = await loadRow(tx, articleId);
    if (!row) throw new UserError("editor.errors.articleGone");
    if (!canEditArticle(user, ownership(row))) throw new UserError("editor.errors.cannotEdit");
    if (row.version !== baseVersion) return { kind: "conflict", current: toEditor(row) };
    const fields: EditorFields = { ...rest, language: language !== undefined ? language : workingLanguage(row) };
    // A translation may not take a language another article of its group is
    // in. The group is read again under the groups' lock (lib/articles/translations.ts):
    // the article may have been linked since `row` was read.
    if (fields.language !== workingLanguage(row)) {
      await holdLock(tx, "translation-groups");
      const { translationGroupId } = await tx.article.findUniqueOrThrow({ where: { id: row.id }, select: { translationGroupId: true } });
      if (translationGroupId) await assertLanguageFree(tx, translationGroupId, fields.language, [row.id]);
    }
    if (overwrite) {
      await tx.revision.create({
        data: {
          articleId: row.id,
          version: row.version,
          snapshot: snapshotOf(toEditor(row)),
          reason: revisionReason("keptBeforeOverwrite", { name: user.displayName }),
          authorId: user.id,
        },
      });
    }
    let version: number;
    let slug = fields.slug;
    if (row.status === "PUBLISHED") {
      // Readers keep the live version: the change waits as pending until an
      // editor publishes it (lib/articles/workflow.ts).
      await checkReferences(tx, fields);
      version = row.version + 1;
      const updated = await tx.article.updateMany({
        where: { id: row.id, version: row.version },
        data: { pendingJson: snapshotOf(fields), version },
      });
      if (updated.count !== 1) return { kind: "conflict", current: toEditor((await loadRow(tx, row.id))!) };
    } else {
      const applied = await applyFields(tx, row, fields);
      if (!applied) return { kind: "conflict", current: toEditor((await loadRow(tx, row.id))!) };
      ({ version, slug } = applied);
    }
    await maybeRevision(tx, row.id, version, { ...fields, slug }, user.id, reason ?? revisionReason("edited"), forceRevision ?? false);
    const after = await tx.article.findUniqueOrThrow({ where: { id: row.id }, select: { updatedAt: true, slug: true } });
    return { kind: "saved", version, updatedAt: after.updatedAt.toISOString(), slug: row.status === "PUBLISHED" ? after.slug : slug };
  });
}

/** A draft ready to insert: fields completed with defaults, body checked and rendered. */
export type PreparedDraft = { fields: EditorFields; body: PreparedBody; mediaIds: string[] };

/**
 * Completes the fields of a new draft: by default bylined to its writer, in
 * the first section, in the site's language. Checks the body outside any
 * transaction (see insertDraft).
 */
export async function prepareDraft(db: Db, user: Actor, fields: Partial<EditorFields> = {}): Promise<PreparedDraft> {
  const sectionId = fields.sectionId ?? (await db.section.findFirst({ orderBy: { position: "asc" }, select: { id: true } }))?.id;
  if (!sectionId) throw new UserError("editor.errors.noSections");
  const authors = fields.authors?.length ? fields.authors : [{ byline: user.penName || user.displayName, userId: user.id }];
  const draft: EditorFields = {
    title: fields.title ?? "",
    lead: fields.lead ?? "",
    sectionId,
    slug: "",
    tags: fields.tags ?? [],
    authors,
    coverMediaId: fields.coverMediaId ?? null,
    seoTitle: fields.seoTitle ?? "",
    seoDescription: fields.seoDescription ?? "",
    language: fields.language || (await getSiteSettings(db)).siteLanguage,
    body: fields.body ?? EMPTY_DOC,
  };
  const { ids: mediaIds, variants } = await mediaFor(db, draft.body);
  return { fields: draft, body: prepareBody(draft.body, variants), mediaIds };
}

/**
 * Inserts a prepared draft with its first revision, inside the caller's
 * transaction. Two drafts inserted at once may pick the same slug: the unique
 * index refuses the second, so the caller runs its transaction with withRetry.
 */
export async function insertDraft(
  tx: Tx,
  user: Pick<Actor, "id">,
  { fields, body, mediaIds }: PreparedDraft,
  reason: string,
  extra: Pick<Prisma.ArticleUncheckedCreateInput, "translationGroupId"> = {},
): Promise<string> {
  await checkReferences(tx, fields);
  const slug = await availableArticleSlug(tx, fields.sectionId, fields.title || "untitled");
  const article = await tx.article.create({
    data: { ...columnData(fields, slug, body), ...extra, createdById: user.id },
  });
  await writeFields(tx, article.id, { ...fields, slug }, mediaIds);
  await tx.revision.create({ data: { articleId: article.id, version: 1, snapshot: snapshotOf({ ...fields, slug }), reason, authorId: user.id } });
  return article.id;
}

/** A new draft, by default bylined to its writer and in the site's language. */
export async function createArticle(db: Db, user: Actor, fields: Partial<EditorFields> = {}, reason = revisionReason("created")): Promise<string> {
  const draft = await prepareDraft(db, user, fields);
  return withRetry(db, (tx) => insertDraft(tx, user, draft, reason));
}

/** Brings back a revision's fields as a new version (and a new revision). */
export async function restoreRevision(
  db: Db,
  user: Actor,
  input: { articleId: string; revisionId: string; baseVersion: number },
): Promise<SaveOutcome> {
  const revision = await db.revision.findUnique({ where: { id: input.revisionId } });
  if (!revision || revision.articleId !== input.articleId) throw new UserError("editor.errors.revisionNotOfArticle");
  const current = await loadEditorArticle(db, input.articleId);
  if (!current) throw new UserError("editor.errors.articleGone");
  const snap = parseSnapshot(revision.snapshot);
  const fields: EditorFields = {
    title: snap.title ?? current.title,
    lead: snap.lead ?? current.lead,
    sectionId: snap.sectionId ?? current.sectionId,
    slug: snap.slug ?? current.slug,
    tags: snap.tags ?? current.tags,
    authors: snap.authors ?? current.authors,
    coverMediaId: snap.coverMediaId !== undefined ? snap.coverMediaId : current.coverMediaId,
    seoTitle: snap.seoTitle ?? current.seoTitle,
    seoDescription: snap.seoDescription ?? current.seoDescription,
    // Revisions made before articles had a language keep the current one.
    language: snap.language !== undefined ? snap.language : current.language,
    body: snap.body ?? (snap.bodyJson ? (JSON.parse(snap.bodyJson) as JsonNode) : current.body),
  };
  const when = revision.createdAt.toISOString().slice(0, 16).replace("T", " ");
  return saveArticle(db, user, {
    ...fields,
    articleId: input.articleId,
    baseVersion: input.baseVersion,
    reason: revisionReason("restored", { when }),
    forceRevision: true,
  });
}
