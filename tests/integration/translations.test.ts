// Article languages and translations against a real database: a new article
// is in the site's language, the language is saved like the other fields
// (pending for a published article, kept in revisions), and translation
// groups hold one article per language, changed only by people who may edit
// the articles concerned. Only the Prisma API: the suite also runs on PostgreSQL.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import type { CurrentUser } from "@/lib/auth/session";
import { loadEditorArticle } from "@/lib/articles/article-state";
import { createArticle, restoreRevision, saveArticle } from "@/lib/articles/editing";
import { articleFieldsSchema } from "@/lib/articles/fields-schema";
import { createTranslation, linkCandidates, linkTranslation, translationsView, unlinkTranslation } from "@/lib/articles/translations";
import { publishUpdate, transition } from "@/lib/articles/workflow";
import { UserError } from "@/lib/errors/user-error";
import { getSiteSettings, updateSiteSettings } from "@/lib/settings/site-settings";
import { freshDatabase, type TestDb } from "@/tests/support/db";

let currentUser: CurrentUser | null = null;
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => currentUser }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-sapo-peer": "203.0.113.7" }) }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

let t: TestDb;
let otherSectionId: string;
const people: Record<"editor" | "reporter" | "otherReporter", Actor> = {} as never;
const sessions: Record<keyof typeof people, CurrentUser> = {} as never;

beforeAll(async () => {
  t = await freshDatabase();
  // The server actions open lib/db/index.ts's client: point it at this test's database.
  process.env.DATABASE_URL = t.url;
  // The first section: where new articles go when no section is given.
  await t.db.section.create({ data: { name: "Thời sự", slug: "thoi-su", position: 0 } });
  otherSectionId = (await t.db.section.create({ data: { name: "Văn hóa", slug: "van-hoa", position: 1 } })).id;
  for (const [key, role] of [["editor", "EDITOR"], ["reporter", "REPORTER"], ["otherReporter", "REPORTER"]] as const) {
    const u = await t.db.user.create({ data: { email: `${key}@example.com`, displayName: key, role, language: "en" } });
    people[key] = { id: u.id, role, displayName: key, penName: null };
    sessions[key] = { id: u.id, email: u.email, displayName: key, role, penName: null, language: "en" };
  }
});
afterAll(() => t.db.$disconnect());

const article = (id: string) => t.db.article.findUniqueOrThrow({ where: { id } });
const editorState = async (id: string) => (await loadEditorArticle(t.db, id))!;

describe("an article's language", () => {
  it("is the site's for a new article, or the one asked for", async () => {
    const { siteLanguage } = await getSiteSettings(t.db);
    const plain = await createArticle(t.db, people.reporter, { title: "Default language" });
    expect((await article(plain)).language).toBe(siteLanguage);
    const russian = await createArticle(t.db, people.reporter, { title: "На русском", language: "ru" });
    expect((await article(russian)).language).toBe("ru");
  });

  it("follows the site setting when a new article is made", async () => {
    const { siteLanguage: before } = await getSiteSettings(t.db);
    const other = before === "en" ? "vi" : "en";
    await updateSiteSettings(t.db, { id: people.editor.id }, { siteLanguage: other });
    try {
      const id = await createArticle(t.db, people.editor, { title: "After the change" });
      expect((await article(id)).language).toBe(other);
    } finally {
      await updateSiteSettings(t.db, { id: people.editor.id }, { siteLanguage: before });
    }
  });

  it("is validated as a short BCP 47 tag and stored canonically", () => {
    const base = { title: "", lead: "", sectionId: "s", slug: "", tags: [], authors: [{ byline: "A", userId: null }], coverMediaId: null, seoTitle: "", seoDescription: "", body: {} };
    for (const ok of ["vi", "ru", "zh-Hant", "pt-BR", "es-419", "EN-us"]) expect(articleFieldsSchema.safeParse({ ...base, language: ok }).success, ok).toBe(true);
    expect(articleFieldsSchema.parse({ ...base, language: "EN-us" }).language).toBe("en-US");
    for (const bad of ["", "x", "english", "vi_VN", "en-US-x-private-long", "<script>"]) {
      const parsed = articleFieldsSchema.safeParse({ ...base, language: bad });
      expect(parsed.success, bad).toBe(false);
      if (!parsed.success) expect(parsed.error.issues[0].message).toBe("editor.validation.language");
    }
  });

  it("is saved like the other fields and kept in revisions; a save without it keeps it", async () => {
    const id = await createArticle(t.db, people.editor, { title: "Language change" });
    const before = await editorState(id);
    await saveArticle(t.db, people.editor, { ...before, articleId: id, baseVersion: before.version, language: "fr", forceRevision: true });
    expect((await article(id)).language).toBe("fr");
    const newest = await t.db.revision.findFirstOrThrow({ where: { articleId: id }, orderBy: { createdAt: "desc" } });
    expect(JSON.parse(newest.snapshot).language).toBe("fr");
    const now = await editorState(id);
    const { language: _dropped, ...withoutLanguage } = now;
    await saveArticle(t.db, people.editor, { ...withoutLanguage, articleId: id, baseVersion: now.version, lead: "kept" });
    expect(await article(id)).toMatchObject({ language: "fr", lead: "kept" });
    // Restoring the first revision brings its language back.
    const first = await t.db.revision.findFirstOrThrow({ where: { articleId: id }, orderBy: { createdAt: "asc" } });
    await restoreRevision(t.db, people.editor, { articleId: id, revisionId: first.id, baseVersion: (await editorState(id)).version });
    expect((await article(id)).language).toBe(before.language);
  });

  it("waits in pending for a published article until the update is published", async () => {
    const id = await createArticle(t.db, people.editor, { title: "Live", language: "vi" });
    await transition(t.db, people.editor, { articleId: id, action: "submit" });
    await transition(t.db, people.editor, { articleId: id, action: "publish" });
    const working = await editorState(id);
    await saveArticle(t.db, people.editor, { ...working, articleId: id, baseVersion: working.version, language: "en" });
    expect((await article(id)).language).toBe("vi");
    expect(await editorState(id)).toMatchObject({ language: "en", hasPendingChanges: true });
    await publishUpdate(t.db, people.editor, { articleId: id });
    expect(await article(id)).toMatchObject({ language: "en", pendingJson: null });
  });
});

describe("translations", () => {
  it("links two articles into one group, and refuses a second article in the same language", async () => {
    const vi_ = await createArticle(t.db, people.editor, { title: "Lũ ở Kỳ Sơn", language: "vi" });
    const ru = await createArticle(t.db, people.editor, { title: "Наводнение в Кишоне", language: "ru" });
    const ru2 = await createArticle(t.db, people.editor, { title: "Ещё одно наводнение", language: "ru" });
    const groupId = await linkTranslation(t.db, people.editor, { articleId: vi_, otherId: ru });
    expect((await article(vi_)).translationGroupId).toBe(groupId);
    expect((await article(ru)).translationGroupId).toBe(groupId);
    await expect(linkTranslation(t.db, people.editor, { articleId: vi_, otherId: ru2 })).rejects.toThrow(/already in Русский/);
    expect((await article(ru2)).translationGroupId).toBeNull();
    // Nor can an article of the group take a language another one has.
    const working = await editorState(vi_);
    await expect(saveArticle(t.db, people.editor, { ...working, articleId: vi_, baseVersion: working.version, language: "ru" })).rejects.toThrow(UserError);
    expect((await article(vi_)).language).toBe("vi");
    expect(await t.db.auditEvent.count({ where: { action: "article.translation_linked", targetId: vi_, actorId: people.editor.id } })).toBe(1);
  });

  it("refuses to link an article to itself, or to one in another group", async () => {
    const a = await createArticle(t.db, people.editor, { title: "Self", language: "vi" });
    await expect(linkTranslation(t.db, people.editor, { articleId: a, otherId: a })).rejects.toThrow("An article cannot be linked to itself as a translation.");
    const b = await createArticle(t.db, people.editor, { title: "B", language: "en" });
    const c = await createArticle(t.db, people.editor, { title: "C", language: "fr" });
    const d = await createArticle(t.db, people.editor, { title: "D", language: "ru" });
    await linkTranslation(t.db, people.editor, { articleId: a, otherId: b });
    await linkTranslation(t.db, people.editor, { articleId: c, otherId: d });
    await expect(linkTranslation(t.db, people.editor, { articleId: a, otherId: c })).rejects.toThrow(/already linked to other translations/);
    await expect(linkTranslation(t.db, people.editor, { articleId: a, otherId: b })).rejects.toThrow(/already linked as translations/);
  });

  it("unlinks, and dissolves a group left with one article", async () => {
    const a = await createArticle(t.db, people.editor, { title: "Ba", language: "vi" });
    const b = await createArticle(t.db, people.editor, { title: "Three", language: "en" });
    const c = await createArticle(t.db, people.editor, { title: "Trois", language: "fr" });
    const groupId = await linkTranslation(t.db, people.editor, { articleId: a, otherId: b });
    await linkTranslation(t.db, people.editor, { articleId: a, otherId: c });
    expect((await article(c)).translationGroupId).toBe(groupId);
    await unlinkTranslation(t.db, people.editor, { articleId: c });
    expect((await article(c)).translationGroupId).toBeNull();
    expect((await article(a)).translationGroupId).toBe(groupId);
    await unlinkTranslation(t.db, people.editor, { articleId: b });
    expect((await article(a)).translationGroupId).toBeNull();
    expect((await article(b)).translationGroupId).toBeNull();
    await expect(unlinkTranslation(t.db, people.editor, { articleId: b })).rejects.toThrow(/not linked/);
    expect(await t.db.auditEvent.count({ where: { action: "article.translation_unlinked", actorId: people.editor.id, targetId: { in: [b, c] } } })).toBe(2);
  });

  it("creates a translation: a draft in the same section, in the language, titled like the original, in the group", async () => {
    const original = await createArticle(t.db, people.editor, { title: "Lễ hội đền Cờn", sectionId: otherSectionId, language: "vi", lead: "Sapo" });
    const id = await createTranslation(t.db, people.reporter, { articleId: original, language: "ru" }).catch((e) => e);
    // A reporter cannot change the translations of an editor's draft…
    expect(id).toBeInstanceOf(UserError);
    // …an editor can.
    const ru = await createTranslation(t.db, people.editor, { articleId: original, language: "ru" });
    const row = await t.db.article.findUniqueOrThrow({ where: { id: ru }, include: { authors: true } });
    expect(row).toMatchObject({ status: "DRAFT", language: "ru", sectionId: otherSectionId, title: "Lễ hội đền Cờn", lead: "", createdById: people.editor.id });
    expect(row.translationGroupId).not.toBeNull();
    expect((await article(original)).translationGroupId).toBe(row.translationGroupId);
    expect(row.authors.map((a) => a.userId)).toEqual([people.editor.id]);
    const revision = await t.db.revision.findFirstOrThrow({ where: { articleId: ru } });
    expect(revision.reason).toBe("Created as a translation of “Lễ hội đền Cờn”");
    expect(await t.db.auditEvent.count({ where: { action: "article.translation_created", targetId: ru } })).toBe(1);
    // A second one in a language the group has is refused; the original's own language too.
    await expect(createTranslation(t.db, people.editor, { articleId: original, language: "ru" })).rejects.toThrow(/already in Русский/);
    await expect(createTranslation(t.db, people.editor, { articleId: ru, language: "vi" })).rejects.toThrow(/already in Tiếng Việt/);
    await expect(createTranslation(t.db, people.editor, { articleId: original, language: "not a tag" })).rejects.toThrow(UserError);
    expect(await t.db.article.count({ where: { translationGroupId: row.translationGroupId } })).toBe(2);

    const view = (await translationsView(t.db, people.editor, original))!;
    expect(view.links).toEqual([{ id: ru, language: "ru", languageName: "Русский", title: "Lễ hội đền Cờn", status: "DRAFT", canUnlink: true }]);
    expect(view.canChange).toBe(true);
    expect(view.freeLanguages.map((l) => l.tag)).not.toContain("ru");
    expect(view.freeLanguages.map((l) => l.tag)).not.toContain("vi");
    expect(view.freeLanguages.map((l) => l.tag)).toContain("en");
  });

  it("finds articles to link by title among those in no group, or by id", async () => {
    const here = await createArticle(t.db, people.editor, { title: "Searching from here", language: "vi" });
    const loose = await createArticle(t.db, people.editor, { title: "Harvest festival", language: "en" });
    const grouped = await createArticle(t.db, people.editor, { title: "Harvest fair", language: "fr" });
    const partner = await createArticle(t.db, people.editor, { title: "Hội chợ", language: "vi" });
    await linkTranslation(t.db, people.editor, { articleId: grouped, otherId: partner });
    const byTitle = await linkCandidates(t.db, here, "harvest");
    expect(byTitle.map((c) => c.id)).toEqual([loose]);
    expect(byTitle[0]).toMatchObject({ language: "en", languageName: "English" });
    expect((await linkCandidates(t.db, here, grouped)).map((c) => c.id)).toEqual([grouped]);
    expect(await linkCandidates(t.db, here, here)).toEqual([]);
    expect(await linkCandidates(t.db, here, "  ")).toEqual([]);
  });

  it("a reporter cannot link an article they cannot edit, but may link their own drafts", async () => {
    const mine = await createArticle(t.db, people.reporter, { title: "My draft", language: "vi" });
    const alsoMine = await createArticle(t.db, people.reporter, { title: "My translation", language: "en" });
    const theirs = await createArticle(t.db, people.otherReporter, { title: "Their draft", language: "ru" });
    await expect(linkTranslation(t.db, people.reporter, { articleId: mine, otherId: theirs })).rejects.toThrow(/cannot change the translations of “Their draft”/);
    expect((await article(mine)).translationGroupId).toBeNull();
    expect((await article(theirs)).translationGroupId).toBeNull();
    await linkTranslation(t.db, people.reporter, { articleId: mine, otherId: alsoMine });
    // Once submitted, the reporter's article is no longer theirs to change.
    await transition(t.db, people.reporter, { articleId: alsoMine, action: "submit" });
    await expect(unlinkTranslation(t.db, people.reporter, { articleId: alsoMine })).rejects.toThrow(UserError);
    const view = (await translationsView(t.db, people.reporter, mine))!;
    expect(view.links).toMatchObject([{ id: alsoMine, canUnlink: false }]);
  });
});

describe("the translation actions", () => {
  it("refuse a reporter's link to an article they cannot edit, in their language, and audit the desk's with its address", async () => {
    const { linkTranslationAction } = await import("@/lib/actions/articles/link-translation");
    const { createTranslationAction } = await import("@/lib/actions/articles/create-translation");
    const { unlinkTranslationAction } = await import("@/lib/actions/articles/unlink-translation");
    const mine = await createArticle(t.db, people.reporter, { title: "Reporter's story", language: "vi" });
    const theirs = await createArticle(t.db, people.otherReporter, { title: "Other story", language: "en" });

    currentUser = sessions.reporter;
    expect(await linkTranslationAction({ articleId: mine, otherId: theirs })).toEqual({
      ok: false,
      error: "You cannot change the translations of “Other story”: you cannot edit it.",
    });
    currentUser = { ...sessions.reporter, language: "vi" };
    expect(await linkTranslationAction({ articleId: mine, otherId: theirs })).toMatchObject({ ok: false, error: expect.stringContaining("không có quyền sửa") });
    expect(await createTranslationAction({ articleId: mine, language: "english" })).toMatchObject({ ok: false, fieldErrors: { language: [expect.stringContaining("mã ngôn ngữ")] } });

    currentUser = sessions.editor;
    const linked = await linkTranslationAction({ articleId: mine, otherId: theirs });
    expect(linked).toMatchObject({ ok: true });
    const event = await t.db.auditEvent.findFirstOrThrow({ where: { action: "article.translation_linked", targetId: mine } });
    expect(event).toMatchObject({ actorId: people.editor.id, ip: "203.0.113.7" });
    const created = await createTranslationAction({ articleId: mine, language: "ru" });
    expect(created).toMatchObject({ ok: true, id: expect.any(String) });
    expect(await unlinkTranslationAction({ articleId: theirs })).toEqual({ ok: true });
    currentUser = null;
  });
});

// Unlinking the last but one article dissolves the group, which changes the
// other article too: the rule of the module (whoever changes a group must be
// able to edit every article whose group changes) applies to it.
describe("unlinking from a group of two", () => {
  it("is refused to a reporter when the other article is someone else's, and changes nothing", async () => {
    const mine = await createArticle(t.db, people.reporter, { title: "Mine to unlink", language: "vi" });
    const theirs = await createArticle(t.db, people.otherReporter, { title: "Theirs to keep", language: "en" });
    const groupId = await linkTranslation(t.db, people.editor, { articleId: mine, otherId: theirs });
    const refusal = await unlinkTranslation(t.db, people.reporter, { articleId: mine }).catch((e: unknown) => e);
    expect((await article(theirs)).translationGroupId).toBe(groupId);
    expect((await article(mine)).translationGroupId).toBe(groupId);
    expect(refusal).toBeInstanceOf(UserError);
    expect((refusal as UserError).key).toBe("editor.errors.translationUnlinkLeavesOther");
    expect((refusal as UserError).message).toContain("“Theirs to keep”");

    const { unlinkTranslationAction } = await import("@/lib/actions/articles/unlink-translation");
    currentUser = sessions.reporter;
    expect(await unlinkTranslationAction({ articleId: mine })).toMatchObject({ ok: false, error: expect.stringContaining("“Theirs to keep”") });
    currentUser = null;
    expect((await article(theirs)).translationGroupId).toBe(groupId);
    expect(await t.db.auditEvent.count({ where: { action: "article.translation_unlinked", targetId: mine } })).toBe(0);

    // The desk may: it edits both.
    await unlinkTranslation(t.db, people.editor, { articleId: mine });
    expect((await article(theirs)).translationGroupId).toBeNull();
  });

  it("from a larger group, a reporter may take out their own draft: nobody else's article changes", async () => {
    const mine = await createArticle(t.db, people.reporter, { title: "Mine in three", language: "vi" });
    const theirs = await createArticle(t.db, people.otherReporter, { title: "Theirs in three", language: "en" });
    const third = await createArticle(t.db, people.editor, { title: "Third in three", language: "fr" });
    const groupId = await linkTranslation(t.db, people.editor, { articleId: theirs, otherId: third });
    await linkTranslation(t.db, people.editor, { articleId: theirs, otherId: mine });
    await unlinkTranslation(t.db, people.reporter, { articleId: mine });
    expect((await article(mine)).translationGroupId).toBeNull();
    expect((await article(theirs)).translationGroupId).toBe(groupId);
    expect((await article(third)).translationGroupId).toBe(groupId);
  });
});

// Changes to one group at the same moment: each transaction alone finds the
// language free (or the group big enough), so at READ COMMITTED (PostgreSQL)
// both went through. Repeated to make the overlap likely.
describe("translation groups changed at the same moment", () => {
  const ROUNDS = 6;
  const languagesIn = async (groupId: string) =>
    (await t.db.article.findMany({ where: { translationGroupId: groupId }, select: { language: true } })).map((a) => a.language).sort();
  const refusalsOf = (results: PromiseSettledResult<unknown>[]) => results.flatMap((x) => (x.status === "rejected" ? [x.reason as unknown] : []));
  /** A group of a Vietnamese and a French article. */
  async function pair(round: string) {
    const vi_ = await createArticle(t.db, people.editor, { title: `Gốc ${round}`, language: "vi" });
    const fr = await createArticle(t.db, people.editor, { title: `Français ${round}`, language: "fr" });
    return { vi_, fr, groupId: await linkTranslation(t.db, people.editor, { articleId: vi_, otherId: fr }) };
  }
  const english = (title: string) => createArticle(t.db, people.editor, { title, language: "en" });

  it("two English articles linked into one group at once: one is refused", async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const { vi_, fr, groupId } = await pair(`link ${round}`);
      const [en1, en2] = [await english(`One ${round}`), await english(`Two ${round}`)];
      const results = await Promise.allSettled([
        linkTranslation(t.db, people.editor, { articleId: vi_, otherId: en1 }),
        linkTranslation(t.db, people.editor, { articleId: fr, otherId: en2 }),
      ]);
      expect(await languagesIn(groupId)).toEqual(["en", "fr", "vi"]);
      const refusals = refusalsOf(results);
      expect(refusals).toHaveLength(1);
      expect((refusals[0] as UserError).key).toBe("editor.errors.translationLanguageTaken");
    }
  });

  it("two English translations started at once from two articles of a group: one is refused", async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const { vi_, fr, groupId } = await pair(`create ${round}`);
      const results = await Promise.allSettled([
        createTranslation(t.db, people.editor, { articleId: vi_, language: "en" }),
        createTranslation(t.db, people.editor, { articleId: fr, language: "en" }),
      ]);
      expect(await languagesIn(groupId)).toEqual(["en", "fr", "vi"]);
      const refusals = refusalsOf(results);
      expect(refusals).toHaveLength(1);
      expect((refusals[0] as UserError).key).toBe("editor.errors.translationLanguageTaken");
    }
  });

  it("two English articles linked at once to one article in no group: one is refused, none left alone in a group", async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const vi_ = await createArticle(t.db, people.editor, { title: `Loose ${round}`, language: "vi" });
      const [en1, en2] = [await english(`Loose one ${round}`), await english(`Loose two ${round}`)];
      const results = await Promise.allSettled([
        linkTranslation(t.db, people.editor, { articleId: vi_, otherId: en1 }),
        linkTranslation(t.db, people.editor, { articleId: vi_, otherId: en2 }),
      ]);
      const groupId = (await article(vi_)).translationGroupId!;
      expect(await languagesIn(groupId)).toEqual(["en", "vi"]);
      const loser = (await article(en1)).translationGroupId === groupId ? en2 : en1;
      expect((await article(loser)).translationGroupId).toBeNull();
      expect(refusalsOf(results)).toHaveLength(1);
    }
  });

  it("an article switched to English while an English one is linked into its group: one is refused", async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const { vi_, fr, groupId } = await pair(`save ${round}`);
      const en = await english(`Linked while saving ${round}`);
      const working = await editorState(fr);
      const results = await Promise.allSettled([
        saveArticle(t.db, people.editor, { ...working, articleId: fr, baseVersion: working.version, language: "en" }),
        linkTranslation(t.db, people.editor, { articleId: vi_, otherId: en }),
      ]);
      expect((await languagesIn(groupId)).filter((l) => l === "en")).toEqual(["en"]);
      const refusals = refusalsOf(results);
      expect(refusals).toHaveLength(1);
      expect((refusals[0] as UserError).key).toBe("editor.errors.translationLanguageTaken");
    }
  });

  it("two articles unlinked at once from a group of three: the group is dissolved, none left alone in it", async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const { vi_, fr, groupId } = await pair(`unlink ${round}`);
      const en = await english(`Unlinked ${round}`);
      await linkTranslation(t.db, people.editor, { articleId: vi_, otherId: en });
      await Promise.all([unlinkTranslation(t.db, people.editor, { articleId: fr }), unlinkTranslation(t.db, people.editor, { articleId: en })]);
      expect(await languagesIn(groupId)).toEqual([]);
      expect((await article(vi_)).translationGroupId).toBeNull();
    }
  });
});
