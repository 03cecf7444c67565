// The server actions themselves, called directly as an attacker would (not
// through the UI), with another user's article ids. The session is the only
// thing stood in for: each call runs as the user named with actAs().
// Every refusal is made on a state in which the same call succeeds for
// someone the rule allows (onlyForOn), so it is the rule that refuses, not the
// article's state.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { ArticleStatus } from "@prisma/client";
import type { CurrentUser } from "@/lib/auth/session";
import { messageFor } from "@/lib/i18n/catalogue";
import { actAs, createStaff, onlyFor } from "@/tests/support/acting-as";
import { freshDatabase, type TestDb } from "@/tests/support/db";

vi.mock("@/lib/auth/session", () => import("@/tests/support/acting-as").then((m) => m.mockedSession));
// The connection's own address (lib/http/client-ip.ts), which the audit log records.
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-sapo-peer": "203.0.113.9" }) }));
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
let users: Record<"mallory" | "victim" | "editor", CurrentUser>;
let sectionId: string;
let theirDraft: string;

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
  sectionId = (await t.db.section.create({ data: { name: "S", slug: "s" } })).id;
  users = await createStaff(t.db, { mallory: "REPORTER", victim: "REPORTER", editor: "EDITOR" });
  theirDraft = await articleBy(users.victim, "Victim's draft");
});
afterAll(() => t.db.$disconnect());

/** A new article of `owner`'s, put straight into `status`. */
async function articleBy(owner: CurrentUser, title: string, status: ArticleStatus = "DRAFT") {
  const { createArticle } = await import("@/lib/articles/editing");
  const id = await createArticle(t.db, owner, { sectionId, title });
  if (status !== "DRAFT") await t.db.article.update({ where: { id }, data: { status, publishedAt: status === "PUBLISHED" ? new Date() : null } });
  return id;
}

/** What the actions below may change about an article. */
function stateOf(id: string) {
  return t.db.article.findUniqueOrThrow({
    where: { id },
    select: { title: true, status: true, version: true, pendingJson: true, featured: true, _count: { select: { corrections: true, revisions: true } } },
  });
}

const en = (key: string) => messageFor("en", key);

/** onlyFor (tests/support/acting-as.ts), with article `id` as what a refused call must leave unchanged. */
function onlyForOn(id: string, allowed: CurrentUser, refused: (CurrentUser | null)[], error: string, call: () => Promise<{ ok: boolean }>) {
  return onlyFor({ allowed, refused, error, state: () => stateOf(id) }, call);
}

async function fields(id: string) {
  const { loadEditorArticle } = await import("@/lib/articles/article-state");
  const a = (await loadEditorArticle(t.db, id))!;
  const { id: _id, version, status: _s, updatedAt: _u, hasPendingChanges: _h, reviewNote: _r, ...rest } = a;
  return { ...rest, baseVersion: version };
}

describe("server actions refuse what the UI hides", () => {
  it("without a session, nothing happens (and the refusal is in the site's language)", async () => {
    const { getSiteSettings } = await import("@/lib/settings/site-settings");
    const { siteLanguage } = await getSiteSettings(t.db);
    const id = await articleBy(users.victim, "Victim's draft");
    const input = { ...(await fields(id)), articleId: id, title: "x" };
    const result = await onlyForOn(id, users.victim, [null], messageFor(siteLanguage, "errors.sessionEnded"), () => actions.save(input));
    expect(result).toMatchObject({ outcome: { kind: "saved" } });
    expect((await stateOf(id)).title).toBe("x");
  });

  it("a reporter cannot save, restore or submit another reporter's draft; its writer can", async () => {
    const id = await articleBy(users.victim, "Victim's draft");
    const { mallory, victim } = users;
    const save = { ...(await fields(id)), articleId: id, title: "Rewritten" };
    await onlyForOn(id, victim, [mallory], en("editor.errors.cannotEdit"), () => actions.save(save));
    expect((await stateOf(id)).title).toBe("Rewritten");

    const first = await t.db.revision.findFirstOrThrow({ where: { articleId: id, version: 1 } });
    const restore = { articleId: id, revisionId: first.id, baseVersion: (await stateOf(id)).version };
    await onlyForOn(id, victim, [mallory], en("editor.errors.cannotEdit"), () => actions.restore(restore));
    expect((await stateOf(id)).title).toBe("Victim's draft");

    await onlyForOn(id, victim, [mallory], en("workflow.errors.notAllowed"), () => actions.transition({ articleId: id, action: "submit" }));
    expect((await stateOf(id)).status).toBe("IN_REVIEW");
  });

  it("no reporter, not even its writer, can publish an article in review; an editor can", async () => {
    const id = await articleBy(users.victim, "Ready for the desk", "IN_REVIEW");
    await onlyForOn(id, users.editor, [users.victim, users.mallory], en("workflow.errors.notAllowed"), () => actions.transition({ articleId: id, action: "publish" }));
    expect((await stateOf(id)).status).toBe("PUBLISHED");
  });

  it("no reporter can correct, feature, publish the changes of or unpublish a published article; the desk can, audited with the caller's address", async () => {
    const { mallory, victim, editor } = users;
    const id = await articleBy(victim, "Published piece", "PUBLISHED");
    // Real pending changes, so that publishing them is possible.
    const { saveArticle } = await import("@/lib/articles/editing");
    expect(await saveArticle(t.db, editor, { ...(await fields(id)), articleId: id, title: "Published piece, updated" })).toMatchObject({ kind: "saved" });
    expect((await stateOf(id)).pendingJson).not.toBeNull();

    await onlyForOn(id, editor, [victim, mallory], en("errors.forbidden"), () => actions.correct({ articleId: id, text: "The date was wrong." }));
    expect(await t.db.auditEvent.findFirstOrThrow({ where: { action: "article.correction", targetId: id } })).toMatchObject({ actorId: editor.id, ip: "203.0.113.9" });

    await onlyForOn(id, editor, [victim, mallory], en("errors.forbidden"), () => actions.feature({ articleId: id, slot: "lead" }));
    expect((await stateOf(id)).featured).toBe(true);

    const ref = { articleId: id, baseVersion: (await stateOf(id)).version };
    await onlyForOn(id, editor, [victim, mallory], en("errors.forbidden"), () => actions.publishUpdate(ref));
    expect(await stateOf(id)).toMatchObject({ title: "Published piece, updated", pendingJson: null });

    await onlyForOn(id, editor, [victim, mallory], en("workflow.errors.notAllowed"), () => actions.transition({ articleId: id, action: "unpublish" }));
    expect((await stateOf(id)).status).toBe("UNPUBLISHED");
  });

  it("malformed input is answered with field errors, not a crash", async () => {
    actAs(users.editor);
    const result = await actions.save({ articleId: theirDraft, baseVersion: "one", title: 5 });
    expect(result).toMatchObject({ ok: false, fieldErrors: expect.objectContaining({ baseVersion: expect.any(Array) }) });
  });
});

describe("hostile input through the save action", () => {
  it("refuses every unsafe link and image address", async () => {
    const { HOSTILE_URLS } = await import("@/tests/fixtures/xss-payloads");
    actAs(users.editor);
    const link = (href: string) => ({ type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "x", marks: [{ type: "link", attrs: { href } }] }] }] });
    const image = (src: string) => ({ type: "doc", content: [{ type: "figure", attrs: { src } }] });
    // The same saves with safe addresses go through: what refuses the others is the address.
    for (const body of [link("https://example.com/a?b=c"), image("/media/abc-480.webp")]) {
      expect(await actions.save({ ...(await fields(theirDraft)), articleId: theirDraft, body })).toMatchObject({ ok: true, outcome: { kind: "saved" } });
    }
    const before = await stateOf(theirDraft);
    for (const href of HOSTILE_URLS) {
      const f = await fields(theirDraft);
      expect(await actions.save({ ...f, articleId: theirDraft, body: link(href) }), href).toMatchObject({ ok: false });
      expect(await actions.save({ ...f, articleId: theirDraft, body: image(href) }), href).toMatchObject({ ok: false });
    }
    expect(await stateOf(theirDraft)).toEqual(before);
  });

  it("stores hostile text as text: the derived HTML has only the editor's tags and no event handlers", async () => {
    const { HOSTILE_TEXT } = await import("@/tests/fixtures/xss-payloads");
    actAs(users.editor);
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
