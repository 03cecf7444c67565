// The server actions themselves, called directly as an attacker would (not
// through the UI), with another user's article ids. The session is the only
// thing stood in for: each call runs as the user named in `currentUser`.
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { CurrentUser } from "@/lib/auth/session";
import { freshDatabase, type TestDb } from "@/tests/support/db";

let currentUser: CurrentUser | null = null;
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => currentUser }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-forwarded-for": "203.0.113.9" }) }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

let t: TestDb;
let actions: {
  save: typeof import("@/lib/actions/articles/save-article").saveArticleAction;
  transition: typeof import("@/lib/actions/articles/transition-article").transitionArticleAction;
  correct: typeof import("@/lib/actions/articles/add-correction").addCorrectionAction;
  feature: typeof import("@/lib/actions/articles/set-featured").setFeaturedAction;
  restore: typeof import("@/lib/actions/articles/restore-revision").restoreRevisionAction;
  publishUpdate: typeof import("@/lib/actions/articles/publish-update").publishUpdateAction;
};
const users: Record<string, CurrentUser> = {};
let theirDraft: string;
let published: string;

beforeAll(async () => {
  t = await freshDatabase();
  // lib/db/index.ts opens DATABASE_URL when first imported: point it at this test's database.
  process.env.DATABASE_URL = t.url;
  actions = {
    save: (await import("@/lib/actions/articles/save-article")).saveArticleAction,
    transition: (await import("@/lib/actions/articles/transition-article")).transitionArticleAction,
    correct: (await import("@/lib/actions/articles/add-correction")).addCorrectionAction,
    feature: (await import("@/lib/actions/articles/set-featured")).setFeaturedAction,
    restore: (await import("@/lib/actions/articles/restore-revision")).restoreRevisionAction,
    publishUpdate: (await import("@/lib/actions/articles/publish-update")).publishUpdateAction,
  };
  const section = await t.db.section.create({ data: { name: "S", slug: "s" } });
  for (const [key, role] of [["mallory", "REPORTER"], ["victim", "REPORTER"], ["editor", "EDITOR"]] as const) {
    const u = await t.db.user.create({ data: { email: `${key}@example.com`, displayName: key, role } });
    users[key] = { id: u.id, email: u.email, displayName: key, role, penName: null, language: "en" };
  }
  const { createArticle } = await import("@/lib/articles/editing");
  const victim = { ...users.victim, penName: null };
  theirDraft = await createArticle(t.db, victim, { sectionId: section.id, title: "Victim's draft" });
  published = await createArticle(t.db, victim, { sectionId: section.id, title: "Published piece" });
  await t.db.article.update({ where: { id: published }, data: { status: "PUBLISHED", publishedAt: new Date() } });
});
afterAll(() => t.db.$disconnect());

async function fields(id: string) {
  const { loadEditorArticle } = await import("@/lib/articles/editing");
  const a = (await loadEditorArticle(t.db, id))!;
  const { id: _id, version, status: _s, updatedAt: _u, hasPendingChanges: _h, reviewNote: _r, ...rest } = a; // eslint-disable-line @typescript-eslint/no-unused-vars
  return { ...rest, baseVersion: version };
}

describe("server actions refuse what the UI hides", () => {
  it("without a session, nothing happens (and the refusal is in the site's language)", async () => {
    currentUser = null;
    const result = await actions.save({ ...(await fields(theirDraft)), articleId: theirDraft, title: "x" });
    const { getSiteSettings } = await import("@/lib/settings/site-settings");
    const { messageFor } = await import("@/lib/i18n/catalogue");
    const { siteLanguage } = await getSiteSettings(t.db);
    expect(result).toMatchObject({ ok: false, error: messageFor(siteLanguage, "errors.sessionEnded") });
    expect((await t.db.article.findUniqueOrThrow({ where: { id: theirDraft } })).title).toBe("Victim's draft");
  });

  it("a reporter cannot save, submit, publish or restore another reporter's article", async () => {
    currentUser = users.mallory;
    const f = await fields(theirDraft);
    expect(await actions.save({ ...f, articleId: theirDraft, title: "Defaced" })).toMatchObject({ ok: false, error: "You cannot edit this article." });
    expect(await actions.transition({ articleId: theirDraft, action: "submit" })).toMatchObject({ ok: false });
    expect(await actions.transition({ articleId: theirDraft, action: "publish" })).toMatchObject({ ok: false });
    const revision = await t.db.revision.findFirstOrThrow({ where: { articleId: theirDraft } });
    expect(await actions.restore({ articleId: theirDraft, revisionId: revision.id, baseVersion: f.baseVersion })).toMatchObject({ ok: false });
    expect((await t.db.article.findUniqueOrThrow({ where: { id: theirDraft } })).title).toBe("Victim's draft");
  });

  it("a reporter cannot publish, correct, feature or unpublish anything", async () => {
    currentUser = users.mallory;
    expect(await actions.correct({ articleId: published, text: "Fake correction" })).toMatchObject({ ok: false, error: "You are not allowed to do that." });
    expect(await actions.feature({ articleId: published, slot: "lead" })).toMatchObject({ ok: false, error: "You are not allowed to do that." });
    expect(await actions.publishUpdate({ articleId: published, baseVersion: 1 })).toMatchObject({ ok: false });
    expect(await actions.transition({ articleId: published, action: "unpublish" })).toMatchObject({ ok: false });
    expect(await t.db.correction.count()).toBe(0);
    expect((await t.db.article.findUniqueOrThrow({ where: { id: published } })).status).toBe("PUBLISHED");
  });

  it("malformed input is answered with field errors, not a crash", async () => {
    currentUser = users.editor;
    const result = await actions.save({ articleId: theirDraft, baseVersion: "one", title: 5 });
    expect(result).toMatchObject({ ok: false, fieldErrors: expect.objectContaining({ baseVersion: expect.any(Array) }) });
  });

  it("the desk may do what reporters may not, and it is audited with the caller's address", async () => {
    currentUser = users.editor;
    expect(await actions.correct({ articleId: published, text: "The date was wrong." })).toMatchObject({ ok: true });
    const event = await t.db.auditEvent.findFirstOrThrow({ where: { action: "article.correction" } });
    expect(event).toMatchObject({ actorId: users.editor.id, ip: "203.0.113.9" });
  });
});

describe("hostile input through the save action", () => {
  it("refuses every unsafe link and image address", async () => {
    const { HOSTILE_URLS } = await import("@/tests/fixtures/xss-payloads");
    currentUser = users.editor;
    for (const href of HOSTILE_URLS) {
      const f = await fields(theirDraft);
      const link = { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "x", marks: [{ type: "link", attrs: { href } }] }] }] };
      expect(await actions.save({ ...f, articleId: theirDraft, body: link }), href).toMatchObject({ ok: false });
      const image = { type: "doc", content: [{ type: "figure", attrs: { src: href } }] };
      expect(await actions.save({ ...f, articleId: theirDraft, body: image }), href).toMatchObject({ ok: false });
    }
  });

  it("stores hostile text as text: the derived HTML has only the editor's tags and no event handlers", async () => {
    const { HOSTILE_TEXT } = await import("@/tests/fixtures/xss-payloads");
    currentUser = users.editor;
    const f = await fields(theirDraft);
    const body = {
      type: "doc",
      content: HOSTILE_TEXT.map((text) => ({ type: "paragraph", content: [{ type: "text", text }] })).concat([
        { type: "figure", attrs: { src: "/media/abc-480.webp", alt: HOSTILE_TEXT[2], caption: HOSTILE_TEXT[0], credit: HOSTILE_TEXT[3] } } as never,
      ]),
    };
    const result = await actions.save({ ...f, articleId: theirDraft, title: HOSTILE_TEXT[0], lead: HOSTILE_TEXT[2], body });
    expect(result).toMatchObject({ ok: true });
    const { bodyHtml } = await t.db.article.findUniqueOrThrow({ where: { id: theirDraft } });
    const tags = new Set([...bodyHtml.matchAll(/<\/?([a-zA-Z][\w-]*)/g)].map((m) => m[1].toLowerCase()));
    for (const tag of tags) expect(["p", "figure", "img", "figcaption", "span"]).toContain(tag);
    // Inside real tags (text is escaped, so every "<" starts one of ours): no handlers, no script URLs.
    for (const tag of bodyHtml.match(/<[^>]*>/g) ?? []) {
      for (const [, name, value = ""] of tag.matchAll(/\s([^\s="'>/]+)(?:="([^"]*)")?/g)) {
        expect(name.toLowerCase().startsWith("on"), tag).toBe(false);
        if (name === "href" || name === "src") expect(value.trim().toLowerCase()).not.toMatch(/^(javascript|data|vbscript):/);
      }
    }
    expect(bodyHtml).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
  });
});
