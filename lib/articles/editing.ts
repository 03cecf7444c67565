// Creating, saving and restoring articles: the write side of the editor.
// An article's editable fields live in its shared (Yjs) document
// (lib/collab/): people in the editor change it live through the
// collaboration server, which stores it with writeWorkingState(). A save
// from outside the editor (the JSON API, restoring a revision) is applied to
// that document as a change against the version it was based on
// (lib/collab/merge-save.ts), so it never wipes what others typed since; a
// save whose changes clash with changes made after its base is answered
// with the current state (a conflict), never applied. Each write is one
// transaction: document, fields, tags, byline, media usage, old addresses,
// search index and revision change together or not at all, run again when
// another write took the same address meanwhile (withRetry,
// lib/db/concurrency.ts: the retry picks the next free slug). Reading an
// article is in article-state.ts, writing its fields in field-writes.ts.
import type { Prisma } from "@prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { UserError } from "@/lib/errors/user-error";
import { EMPTY_DOC, prepareBody, type JsonNode, type PreparedBody } from "@/lib/content/body";
import type { Db, Tx } from "@/lib/db/client";
import { holdLock, withRetry } from "@/lib/db/concurrency";
import { getSiteSettings } from "@/lib/settings/site-settings";
import { signalSharedChange } from "@/lib/collab/change-signal";
import { applyFieldsToDoc, fieldsOf } from "@/lib/collab/doc-fields";
import { mergeSave } from "@/lib/collab/merge-save";
import { loadSharedState, lockSharedDocument, writeSharedState } from "@/lib/collab/shared-state";
import { canEditArticle } from "@/lib/articles/access";
import { loadEditorArticle, loadRow, ownership, parseSnapshot, snapshotOf, toEditor, type Loaded } from "@/lib/articles/article-state";
import type { EditorArticle, EditorFields } from "@/lib/articles/editor-state";
import { applyFields, checkReferences, columnData, maybeRevision, mediaFor, writeFields } from "@/lib/articles/field-writes";
import { assertLanguageFree, workingLanguage } from "@/lib/articles/languages";
import { markReviewStarted } from "@/lib/articles/review-start";
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
};

/** The editor fields of a row's working state (pending changes of a published article, else its columns). */
export function workingFields(row: Loaded): EditorFields {
  const { id: _id, version: _v, status: _s, updatedAt: _u, hasPendingChanges: _p, reviewNote: _r, ...fields } = toEditor(row);
  return fields;
}

/** The fields as they were at `version`, if a revision kept that version. */
async function fieldsAtVersion(tx: Tx, articleId: string, version: number, current: EditorFields): Promise<EditorFields | null> {
  const revision = await tx.revision.findFirst({ where: { articleId, version }, orderBy: { createdAt: "desc" }, select: { snapshot: true } });
  return revision ? completeSnapshot(parseSnapshot(revision.snapshot), current) : null;
}

export async function saveArticle(db: Db, user: Actor, input: SaveInput): Promise<SaveOutcome> {
  const { articleId, baseVersion, reason, forceRevision, language, ...rest } = input;
  // Validate before opening the transaction: bad input fails fast and clearly.
  prepareBody(rest.body, (await mediaFor(db, rest.body)).variants);
  const outcome = await withRetry(db, async (tx): Promise<SaveOutcome> => {
    await lockSharedDocument(tx, articleId);
    const row = await loadRow(tx, articleId);
    if (!row) throw new UserError("editor.errors.articleGone");
    if (!canEditArticle(user, ownership(row))) throw new UserError("editor.errors.cannotEdit");
    const current = workingFields(row);
    const mine: EditorFields = { ...rest, language: language !== undefined ? language : workingLanguage(row) };
    // Based on the current version, the current fields are the base;
    // otherwise the base must be known (a revision kept it) to tell which
    // changes are the caller's.
    const base = row.version === baseVersion ? null : await fieldsAtVersion(tx, articleId, baseVersion, current);
    if (row.version !== baseVersion && !base) return { kind: "conflict", current: toEditor(row) };
    const merged = mergeSave(base, mine, current);
    if (!merged.ok) return { kind: "conflict", current: toEditor(row) };
    const shared = await loadSharedState(tx, articleId, current);
    applyFieldsToDoc(shared.doc, merged.changes, "save");
    const next = fieldsOf(shared.doc, current);
    const written = await writeWorkingState(tx, row, next, {
      authorId: user.id,
      reason: reason ?? revisionReason("edited"),
      forceRevision: forceRevision ?? false,
      contributors: shared.contributors,
    });
    await writeSharedState(tx, articleId, shared.doc, written.revised ? [] : [...shared.contributors, user.id]);
    return { kind: "saved", version: written.version, updatedAt: written.updatedAt, slug: written.slug };
  });
  // Editors with the article open get the change live (lib/collab/server.ts).
  if (outcome.kind === "saved") signalSharedChange(articleId);
  return outcome;
}

export type WorkingStateWrite = {
  /** Who the revision is by (null: the system); also counted as a contributor. */
  authorId: string | null;
  reason: string;
  forceRevision: boolean;
  /** Everyone else whose changes are in `fields` since the last revision. */
  contributors: string[];
};

/**
 * Writes `fields` as the article's working state: its columns (with derived
 * HTML and text, tags, byline, ...), or for a published article its pending
 * changes, which readers do not see until an editor publishes them
 * (lib/articles/workflow.ts). Bumps the version; keeps a revision when one is
 * due. Throws a lost race (retried by withRetry) if another writer changed
 * the article since `row` was read.
 */
export async function writeWorkingState(
  tx: Tx,
  row: Loaded,
  fields: EditorFields,
  how: WorkingStateWrite,
): Promise<{ version: number; slug: string; updatedAt: string; revised: boolean }> {
  // A translation may not take a language another article of its group is
  // in. The group is read again under the groups' lock (lib/articles/translations.ts):
  // the article may have been linked since `row` was read.
  if (fields.language !== workingLanguage(row)) {
    await holdLock(tx, "translation-groups");
    const { translationGroupId } = await tx.article.findUniqueOrThrow({ where: { id: row.id }, select: { translationGroupId: true } });
    if (translationGroupId) await assertLanguageFree(tx, translationGroupId, fields.language, [row.id]);
  }
  let version: number;
  let slug = fields.slug;
  if (row.status === "PUBLISHED") {
    await checkReferences(tx, fields);
    version = row.version + 1;
    const updated = await tx.article.updateMany({ where: { id: row.id, version: row.version }, data: { pendingJson: snapshotOf(fields), version } });
    if (updated.count !== 1) throw lostRace();
  } else {
    const applied = await applyFields(tx, row, fields);
    if (!applied) throw lostRace();
    ({ version, slug } = applied);
  }
  // Someone else's edit of a story in review: review has started (review-start.ts).
  if (row.status === "IN_REVIEW") await markReviewStarted(tx, row.id, [how.authorId, ...how.contributors]);
  const revised = await maybeRevision(tx, row.id, version, { ...fields, slug }, how.authorId, how.reason, how.forceRevision, how.contributors);
  const after = await tx.article.findUniqueOrThrow({ where: { id: row.id }, select: { updatedAt: true, slug: true } });
  return { version, updatedAt: after.updatedAt.toISOString(), slug: row.status === "PUBLISHED" ? after.slug : slug, revised };
}

/** What withRetry takes for a race lost to a concurrent transaction: it runs the write again. */
function lostRace(): Error {
  return Object.assign(new Error("The article changed during the save"), { code: "P2034" });
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

/** A revision's snapshot as whole fields: what it lacks (older revisions kept less) is taken from `current`. */
export function completeSnapshot(snap: ReturnType<typeof parseSnapshot>, current: EditorFields): EditorFields {
  return {
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
  const fields = completeSnapshot(parseSnapshot(revision.snapshot), current);
  const when = revision.createdAt.toISOString().slice(0, 16).replace("T", " ");
  return saveArticle(db, user, {
    ...fields,
    articleId: input.articleId,
    baseVersion: input.baseVersion,
    reason: revisionReason("restored", { when }),
    forceRevision: true,
  });
}
