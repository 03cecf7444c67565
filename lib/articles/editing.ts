// Creating, saving and restoring articles: the write side of the editor.
// Every save names the version it was based on; a stale one is answered with
// the current state (a conflict), never applied. Each write is one
// transaction: fields, tags, byline, media usage, old addresses, search index
// and revision change together or not at all.
import type { Prisma, Role } from "@prisma/client";
import { UserError } from "@/lib/errors/user-error";
import { EMPTY_DOC, prepareBody, type JsonNode, type MediaVariants, type PreparedBody } from "@/lib/content/body";
import type { Db, Tx } from "@/lib/db/client";
import { slugify } from "@/lib/text/slug";
import { getSiteSettings } from "@/lib/settings/site-settings";
import { canEditArticle } from "@/lib/articles/access";
import type { EditorArticle, EditorFields } from "@/lib/articles/editor-state";
import { assertLanguageFree, workingLanguage } from "@/lib/articles/languages";
import { revisionReason } from "@/lib/articles/revision-reasons";
import { recordAddressChange } from "@/lib/articles/slug-history";
import { availableArticleSlug } from "@/lib/articles/slugs";

/** Editing keeps at most one revision per this interval; publishing always makes one. */
export const REVISION_INTERVAL_MS = 5 * 60_000;

export type Editor = { id: string; role: Role; displayName: string; penName: string | null };

export type SaveOutcome =
  | { kind: "saved"; version: number; updatedAt: string; slug: string }
  | { kind: "conflict"; current: EditorArticle };

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
function toEditor(row: Loaded): EditorArticle {
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

export function ownership(row: Loaded) {
  return { status: row.status, createdById: row.createdById, authorUserIds: row.authors.map((a) => a.userId) };
}

/** The fields a revision keeps, as stored JSON. */
export function snapshotOf(fields: EditorFields): string {
  return JSON.stringify(fields);
}

export function parseSnapshot(snapshot: string): Partial<EditorFields> & { bodyJson?: string } {
  return JSON.parse(snapshot) as Partial<EditorFields> & { bodyJson?: string };
}

/** The media ids the body's figures point at. */
function figureMediaIds(node: JsonNode, out = new Set<string>()): Set<string> {
  if (node.type === "figure" && typeof node.attrs?.mediaId === "string" && node.attrs.mediaId) out.add(node.attrs.mediaId);
  for (const child of node.content ?? []) figureMediaIds(child, out);
  return out;
}

export async function mediaFor(db: Tx, body: unknown): Promise<{ ids: string[]; variants: MediaVariants }> {
  const ids = typeof body === "object" && body !== null ? [...figureMediaIds(body as JsonNode)] : [];
  const rows = ids.length
    ? await db.media.findMany({ where: { id: { in: ids } }, select: { id: true, fileKey: true, variants: true } })
    : [];
  const missing = ids.filter((id) => !rows.some((r) => r.id === id));
  if (missing.length) throw new UserError("editor.errors.imageGone");
  return { ids, variants: new Map(rows.map((r) => [r.id, { fileKey: r.fileKey, variants: r.variants }])) };
}

/** Writes the fields of an article the caller has already locked by version. */
export async function writeFields(tx: Tx, articleId: string, fields: EditorFields, mediaIds: string[]) {
  await tx.articleTag.deleteMany({ where: { articleId } });
  const seen = new Set<string>();
  let position = 0;
  for (const name of fields.tags) {
    const slug = slugify(name);
    if (!slug || seen.has(slug)) continue;
    seen.add(slug);
    const tag = await tx.tag.upsert({ where: { slug }, create: { name, slug }, update: {} });
    await tx.articleTag.create({ data: { articleId, tagId: tag.id, position: position++ } });
  }
  await tx.articleAuthor.deleteMany({ where: { articleId } });
  await tx.articleAuthor.createMany({
    data: fields.authors.map((a, i) => ({ articleId, position: i, byline: a.byline, bylineSlug: slugify(a.byline) || "author", userId: a.userId })),
  });
  await tx.articleMedia.deleteMany({ where: { articleId } });
  if (mediaIds.length) await tx.articleMedia.createMany({ data: mediaIds.map((mediaId) => ({ articleId, mediaId })) });
}

export async function maybeRevision(tx: Tx, articleId: string, version: number, fields: EditorFields, authorId: string, reason: string, force: boolean) {
  if (!force) {
    const last = await tx.revision.findFirst({ where: { articleId }, orderBy: { createdAt: "desc" }, select: { createdAt: true } });
    if (last && Date.now() - last.createdAt.getTime() < REVISION_INTERVAL_MS) return;
  }
  await tx.revision.create({ data: { articleId, version, snapshot: snapshotOf(fields), reason, authorId } });
}

export async function checkReferences(tx: Tx, fields: EditorFields) {
  const section = await tx.section.findUnique({ where: { id: fields.sectionId }, select: { id: true } });
  if (!section) throw new UserError("editor.errors.sectionGone");
  if (fields.coverMediaId && !(await tx.media.findUnique({ where: { id: fields.coverMediaId }, select: { id: true } }))) {
    throw new UserError("editor.errors.coverGone");
  }
  const userIds = fields.authors.map((a) => a.userId).filter((id): id is string => Boolean(id));
  if (userIds.length && (await tx.user.count({ where: { id: { in: userIds } } })) !== new Set(userIds).size) {
    throw new UserError("editor.errors.bylineUserGone");
  }
}

/** The article columns that hold editor fields; the body as JSON plus its derived HTML and text. */
function columnData(fields: EditorFields, slug: string, body: PreparedBody) {
  return {
    title: fields.title,
    lead: fields.lead,
    sectionId: fields.sectionId,
    slug,
    coverMediaId: fields.coverMediaId,
    seoTitle: fields.seoTitle || null,
    seoDescription: fields.seoDescription || null,
    language: fields.language,
    bodyJson: body.json,
    bodyHtml: body.html,
    bodyText: body.text,
  };
}

/**
 * Writes fields into an article's columns (the public ones, for a published
 * article), with derived HTML/text, tags, byline, media usage and old
 * addresses, provided the article is still at `row.version`. Returns null if
 * someone else wrote first.
 */
export async function applyFields(
  tx: Tx,
  row: Loaded,
  fields: EditorFields,
  extra: Omit<Prisma.ArticleUpdateManyMutationInput, "version"> = {},
): Promise<{ slug: string; text: string; version: number } | null> {
  const { ids: mediaIds, variants } = await mediaFor(tx, fields.body);
  const body = prepareBody(fields.body, variants); // throws BodyError with a readable message
  await checkReferences(tx, fields);
  const slug = await availableArticleSlug(tx, fields.sectionId, fields.slug || fields.title, row.id);
  const version = row.version + 1;
  // The version in the WHERE makes the check and the write one step, even if
  // another writer got in between the read and this line.
  const updated = await tx.article.updateMany({
    where: { id: row.id, version: row.version },
    data: { ...columnData(fields, slug, body), version, ...extra },
  });
  if (updated.count !== 1) return null;
  await writeFields(tx, row.id, { ...fields, slug }, mediaIds);
  const sectionSlug = (await tx.section.findUniqueOrThrow({ where: { id: fields.sectionId }, select: { slug: true } })).slug;
  if (row.publishedAt && (sectionSlug !== row.section.slug || slug !== row.slug)) {
    await recordAddressChange(tx, row.id, { sectionSlug: row.section.slug, slug: row.slug }, { sectionSlug, slug });
  }
  return { slug, text: body.text, version };
}

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

export async function saveArticle(db: Db, user: Editor, input: SaveInput): Promise<SaveOutcome> {
  const { articleId, baseVersion, reason, forceRevision, overwrite, language, ...rest } = input;
  // Validate before opening the transaction: bad input fails fast and clearly.
  prepareBody(rest.body, (await mediaFor(db, rest.body)).variants);
  return db.$transaction(async (tx) => {
    const row = await loadRow(tx, articleId);
    if (!row) throw new UserError("editor.errors.articleGone");
    if (!canEditArticle(user, ownership(row))) throw new UserError("editor.errors.cannotEdit");
    if (row.version !== baseVersion) return { kind: "conflict", current: toEditor(row) };
    const fields: EditorFields = { ...rest, language: language !== undefined ? language : workingLanguage(row) };
    // A translation may not take a language another article of its group is in.
    if (row.translationGroupId && fields.language !== workingLanguage(row)) {
      await assertLanguageFree(tx, row.translationGroupId, fields.language, [row.id]);
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
export async function prepareDraft(db: Db, user: Editor, fields: Partial<EditorFields> = {}): Promise<PreparedDraft> {
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

/** Inserts a prepared draft with its first revision, inside the caller's transaction. */
export async function insertDraft(
  tx: Tx,
  user: Editor,
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
export async function createArticle(db: Db, user: Editor, fields: Partial<EditorFields> = {}, reason = revisionReason("created")): Promise<string> {
  const draft = await prepareDraft(db, user, fields);
  return db.$transaction((tx) => insertDraft(tx, user, draft, reason));
}

/** Brings back a revision's fields as a new version (and a new revision). */
export async function restoreRevision(
  db: Db,
  user: Editor,
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
