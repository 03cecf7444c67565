// Writing an article's editor fields into the database: the checks that what
// they point at still exists (section, cover, byline users, body images), the
// columns with the body's derived HTML and text, tags, byline, media usage,
// old addresses, and a revision when one is due. Used by saving (editing.ts)
// and by the workflow when it makes pending changes live (workflow.ts).
import type { Prisma } from "@prisma/client";
import { prepareBody, type MediaVariants, type PreparedBody } from "@/lib/content/body";
import { figureMediaIds } from "@/lib/content/figures";
import { assertVideoMediaKinds } from "@/lib/media/video-nodes";
import type { Tx } from "@/lib/db/client";
import { UserError } from "@/lib/errors/user-error";
import { slugify } from "@/lib/text/slug";
import { snapshotOf, type Loaded } from "@/lib/articles/article-state";
import type { EditorFields } from "@/lib/articles/editor-state";
import { recordAddressChange } from "@/lib/articles/slug-history";
import { availableArticleSlug } from "@/lib/articles/slugs";

/** Editing keeps at most one revision per this interval; publishing always makes one. */
export const REVISION_INTERVAL_MS = 5 * 60_000;

export async function mediaFor(db: Tx, body: unknown): Promise<{ ids: string[]; variants: MediaVariants }> {
  const ids = figureMediaIds(body);
  const rows = ids.length
    ? await db.media.findMany({
        where: { id: { in: ids } },
        select: { id: true, fileKey: true, variants: true, formats: true, kind: true, mimeType: true, width: true, height: true, language: true, durationSeconds: true, caption: true },
      })
    : [];
  const missing = ids.filter((id) => !rows.some((r) => r.id === id));
  if (missing.length) throw new UserError("editor.errors.imageGone");
  const variants: MediaVariants = new Map(rows.map(({ id, ...row }) => [id, row]));
  assertVideoMediaKinds(body, variants);
  return { ids, variants };
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

/**
 * Keeps a revision of `fields` unless one was made within REVISION_INTERVAL_MS
 * (`force` always keeps one). `contributors`: everyone whose changes went into
 * it since the last revision (co-editing), the author included. Returns
 * whether a revision was made.
 */
export async function maybeRevision(
  tx: Tx,
  articleId: string,
  version: number,
  fields: EditorFields,
  authorId: string | null,
  reason: string,
  force: boolean,
  contributors: string[] = [],
): Promise<boolean> {
  if (!force) {
    const last = await tx.revision.findFirst({ where: { articleId }, orderBy: { createdAt: "desc" }, select: { createdAt: true } });
    if (last && Date.now() - last.createdAt.getTime() < REVISION_INTERVAL_MS) return false;
  }
  const ids = [...new Set([...(authorId ? [authorId] : []), ...contributors])];
  // Contributors who have since been deleted are left out (the foreign key would refuse them).
  const known = ids.length ? (await tx.user.findMany({ where: { id: { in: ids } }, select: { id: true } })).map((u) => u.id) : [];
  await tx.revision.create({
    data: {
      articleId,
      version,
      snapshot: snapshotOf(fields),
      reason,
      authorId,
      contributors: { create: known.map((userId) => ({ userId })) },
    },
  });
  return true;
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
export function columnData(fields: EditorFields, slug: string, body: PreparedBody) {
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
