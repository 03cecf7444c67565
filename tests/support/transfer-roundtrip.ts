// The core of the export/import tests, engine-agnostic so it can be run with
// any pair of databases (SQLite → SQLite in transfer.test.ts; SQLite →
// PostgreSQL once that test infrastructure exists): seed a source with the
// demo content plus a newsroom's worth of history, move it, and check that
// the target holds the same things and behaves the same.
import { expect } from "vitest";
import { loadEditorArticle } from "@/lib/articles/article-state";
import { createArticle, saveArticle } from "@/lib/articles/editing";
import type { Actor } from "@/lib/auth/actor";
import { verifyCredentials } from "@/lib/auth/credentials";
import { hashPassword } from "@/lib/auth/password";
import { seedDemoContent } from "@/lib/bootstrap/demo-content";
import type { Db } from "@/lib/db/client";
import type { MediaStore } from "@/lib/media/store";
import { searchArticleIds, indexedCount } from "@/lib/search";
import { updateSiteSettings } from "@/lib/settings/site-settings";
import { exportArchive, mediaFileNames } from "@/lib/transfer/export";
import { importArchive, type ImportReport } from "@/lib/transfer/import";
import { transferPlan } from "@/lib/transfer/plan";
import { delegate } from "@/lib/transfer/tables";
import type { Manifest } from "@/lib/transfer/format";
import { addCorrection, publishUpdate, transition } from "@/lib/articles/workflow";
import { createUser } from "@/lib/users/admin";

export const PASSWORD = "river ferry at dawn 42";
/** A word only the test article has, to find it by search. */
export const SEARCH_WORD = "Qwertyferry";

export type Seeded = { articleId: string; editorEmail: string; reporterEmail: string };

const doc = (...paragraphs: string[]) => ({
  type: "doc",
  content: paragraphs.map((text) => ({ type: "paragraph", content: [{ type: "text", text }] })),
});

/**
 * Demo content plus: users with passwords (one with a pen name, one disabled,
 * one invited with a set-password token), an article with several revisions,
 * tags, three bylines, a changed address (slug redirect), a correction, a
 * site setting, audit events, a comment thread, and a sign-in attempt (which is not transferred).
 */
export async function seedTransferSource(db: Db, store: MediaStore): Promise<Seeded> {
  const passwordHash = await hashPassword(PASSWORD);
  const admin = await db.user.create({ data: { email: "admin@example.com", displayName: "Admin", role: "ADMIN", passwordHash } });
  await seedDemoContent(db, { store, createdById: admin.id });
  const editorRow = await db.user.create({
    data: { email: "hoa@example.com", displayName: "Nguyen Thi Hoa", penName: "Hoa Mai", role: "EDITOR", passwordHash, sessionVersion: 3 },
  });
  const reporterRow = await db.user.create({ data: { email: "lan@example.com", displayName: "Tran Lan", role: "REPORTER", passwordHash } });
  await db.user.create({ data: { email: "gone@example.com", displayName: "Gone", role: "REPORTER", passwordHash, disabledAt: new Date("2026-01-02T03:04:05.678Z") } });
  await createUser(db, { id: admin.id, ip: "192.0.2.1" }, { email: "new@example.com", displayName: "Invited", role: "REPORTER" });
  await updateSiteSettings(db, { id: admin.id }, { siteName: "Transfer Daily", featuredSlots: 4 });

  const editor: Actor = { id: editorRow.id, role: "EDITOR", displayName: editorRow.displayName, penName: editorRow.penName };
  const reporter: Actor = { id: reporterRow.id, role: "REPORTER", displayName: reporterRow.displayName, penName: null };
  const section = await db.section.findFirstOrThrow({ orderBy: { position: "asc" } });
  const cover = await db.media.findFirstOrThrow();
  const articleId = await createArticle(db, reporter, {
    title: "The ferry across the Lam river",
    lead: "Every morning at five the ferry leaves Hung Nguyen.",
    sectionId: section.id,
    tags: ["Ferries", "Lam river", "Nghệ An"],
    authors: [
      { byline: "Tran Lan", userId: reporter.id },
      { byline: "Hoa Mai", userId: editor.id },
      { byline: "Staff correspondent", userId: null },
    ],
    coverMediaId: cover.id,
    body: doc(`The ${SEARCH_WORD} carries forty people.`) as never,
  });
  // Saves with forced revisions, as after five minutes of editing each.
  for (const text of ["and their bicycles", "and their motorbikes"]) {
    const a = (await loadEditorArticle(db, articleId))!;
    const saved = await saveArticle(db, reporter, {
      ...a,
      articleId,
      baseVersion: a.version,
      body: doc(`The ${SEARCH_WORD} carries forty people ${text}.`) as never,
      forceRevision: true,
    });
    expect(saved.kind).toBe("saved");
  }
  await transition(db, reporter, { articleId, action: "submit" });
  await transition(db, editor, { articleId, action: "publish", ip: "192.0.2.7" });
  // A new address after publication leaves a redirect from the old one.
  const live = (await loadEditorArticle(db, articleId))!;
  await saveArticle(db, editor, { ...live, articleId, baseVersion: live.version, slug: "lam-river-ferry" });
  await publishUpdate(db, editor, { articleId });
  await addCorrection(db, editor, { articleId, text: "The ferry leaves at five, not six." });
  await db.signInAttempt.create({ data: { account: "someone@example.com", address: "192.0.2.1", createdAt: new Date() } });
  await db.commentThread.create({
    data: { articleId, anchor: "{}", quote: "ferry", createdById: editor.id, comments: { create: { authorId: editor.id, text: "Check the time." } } },
  });
  return { articleId, editorEmail: editorRow.email, reporterEmail: reporterRow.email };
}

/** Rows per transferred model. */
export async function countRows(db: Db): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const spec of transferPlan().tables) counts[spec.model] = await delegate(db, spec.model).count();
  return counts;
}

/** An article with everything hanging off it, in an engine-independent order. */
export async function articleGraph(db: Db, id: string) {
  const a = await db.article.findUniqueOrThrow({
    where: { id },
    include: {
      tags: { include: { tag: true }, orderBy: { position: "asc" } },
      authors: { orderBy: { position: "asc" } },
      revisions: true,
      corrections: true,
      slugRedirects: true,
      media: true,
      coverMedia: true,
      createdBy: { omit: { passwordHash: false } },
    },
  });
  const byId = <T extends { id: string }>(rows: T[]) => [...rows].sort((x, y) => (x.id < y.id ? -1 : 1));
  return { ...a, revisions: byId(a.revisions), corrections: byId(a.corrections), slugRedirects: byId(a.slugRedirects) };
}

/**
 * Exports `source` into `archiveDir`, imports it into the empty `target`, and
 * checks the result. Returns the manifest and the import's report.
 */
export async function checkRoundTrip(
  source: { db: Db; store: MediaStore },
  target: { db: Db; store: MediaStore },
  archiveDir: string,
  seeded: Seeded,
): Promise<{ manifest: Manifest; report: ImportReport }> {
  const manifest = await exportArchive(source.db, source.store, archiveDir, { appVersion: "test" });
  const sourceCounts = await countRows(source.db);
  expect(Object.fromEntries(manifest.tables.map((t) => [t.model, t.rows]))).toEqual(sourceCounts);
  expect(Object.keys(manifest.skipped).sort()).toEqual(["SearchKey", "SignInAttempt", "SignInLock"]);
  expect(manifest.tables.every((t) => t.model !== "SignInAttempt" && t.model !== "SearchKey")).toBe(true);
  // Everything the seed made is in there.
  for (const model of ["User", "Article", "Revision", "ArticleTag", "ArticleAuthor", "Media", "ArticleMedia", "SlugRedirect", "Correction", "AuditEvent", "PasswordToken", "Setting", "CommentThread", "Comment"]) {
    expect(sourceCounts[model], model).toBeGreaterThan(0);
  }

  const report = await importArchive(target.db, target.store, archiveDir);
  expect(report.checks.filter((c) => !c.ok)).toEqual([]);
  expect(report.checks.map((c) => c.what)).toEqual([...manifest.tables.map((t) => t.model), "media files"]);
  expect(await countRows(target.db)).toEqual(sourceCounts);
  expect(await target.db.signInAttempt.count()).toBe(0);
  expect(await target.db.comment.findFirst({ select: { text: true } })).toEqual({ text: "Check the time." });

  // The sampled article with its tags, byline order, revisions, correction,
  // old address, media and creator (password hash included) is identical.
  const before = await articleGraph(source.db, seeded.articleId);
  const after = await articleGraph(target.db, seeded.articleId);
  expect(after).toEqual(before);
  expect(after.authors.map((a) => a.byline)).toEqual(["Tran Lan", "Hoa Mai", "Staff correspondent"]);
  expect(after.tags.map((t) => t.tag.name)).toEqual(["Ferries", "Lam river", "Nghệ An"]);
  expect(after.revisions.length).toBeGreaterThanOrEqual(5);
  expect(after.slugRedirects).toHaveLength(1);
  expect(after.corrections).toHaveLength(1);
  // @updatedAt columns keep the source's times instead of the import's.
  expect(after.updatedAt).toEqual(before.updatedAt);

  // People can sign in with their old passwords (checked last: it writes audit events).
  expect(await verifyCredentials(target.db, seeded.editorEmail, PASSWORD)).toMatchObject({ email: seeded.editorEmail, sessionVersion: 3 });
  expect(await verifyCredentials(target.db, seeded.reporterEmail, "not the password")).toBeNull();
  expect(await verifyCredentials(target.db, "gone@example.com", PASSWORD)).toBeNull(); // still disabled

  // The search index was rebuilt on the target.
  const published = await target.db.article.count({ where: { status: "PUBLISHED" } });
  expect(report.searchIndexed).toBe(published);
  expect(await indexedCount(target.db)).toBe(published);
  expect((await searchArticleIds(target.db, SEARCH_WORD.toLowerCase(), 10, 0)).ids).toEqual([seeded.articleId]);

  // Every image file came across byte for byte.
  let files = 0;
  for (const m of await target.db.media.findMany()) {
    for (const name of mediaFileNames(m)) {
      const [a, b] = [await source.store.get(name), await target.store.get(name)];
      expect(a, name).not.toBeNull();
      expect(b && Buffer.compare(a!, b), name).toBe(0);
      files++;
    }
  }
  expect(files).toBe(manifest.media.length);
  return { manifest, report };
}
