// Saving articles against a real database: validation of what the editor
// sends, optimistic concurrency, revisions, restore, and who may edit.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createArticle, restoreRevision, saveArticle } from "@/lib/articles/editing";
import { REVISION_INTERVAL_MS } from "@/lib/articles/field-writes";
import type { EditorFields } from "@/lib/articles/editor-state";
import type { Actor } from "@/lib/auth/actor";
import { BODY_LIMITS, BodyError } from "@/lib/content/body";
import { UserError } from "@/lib/errors/user-error";
import { freshDatabase, type TestDb } from "@/tests/support/db";

let t: TestDb;
let editor: Actor;
let reporter: Actor;
let otherReporter: Actor;

const p = (text: string) => ({ type: "paragraph", content: [{ type: "text", text }] });
const doc = (...content: unknown[]) => ({ type: "doc", content }) as EditorFields["body"];

beforeAll(async () => {
  t = await freshDatabase();
  // A section for new articles to go in (none is given: the first is taken).
  await t.db.section.create({ data: { name: "Xã hội", slug: "society" } });
  const make = async (role: "EDITOR" | "REPORTER", name: string): Promise<Actor> => {
    const u = await t.db.user.create({ data: { email: `${name}@example.com`, displayName: name, role } });
    return { id: u.id, role, displayName: name, penName: null };
  };
  editor = await make("EDITOR", "Hoa");
  reporter = await make("REPORTER", "Nam");
  otherReporter = await make("REPORTER", "Lan");
});
afterAll(() => t.db.$disconnect());

async function fieldsOf(articleId: string): Promise<EditorFields & { version: number }> {
  const { loadEditorArticle } = await import("@/lib/articles/article-state");
  const a = (await loadEditorArticle(t.db, articleId))!;
  return a;
}

describe("saving", () => {
  it("stores the body with server-made HTML and text, tags, byline and a new version", async () => {
    const id = await createArticle(t.db, reporter);
    const base = await fieldsOf(id);
    const outcome = await saveArticle(t.db, reporter, {
      ...base,
      articleId: id,
      baseVersion: base.version,
      title: "Lũ về Kỳ Sơn",
      slug: "", // empty: made from the title, as the editor sends it until someone types one
      tags: ["Kỳ Sơn", "lũ", "Ky Son"],
      authors: [{ byline: "Hoài Thu", userId: reporter.id }, { byline: "PV", userId: null }],
      body: doc(p("Nước lên nhanh."), { type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: "Sơ tán" }] }),
    });
    expect(outcome).toMatchObject({ kind: "saved", version: base.version + 1, slug: "lu-ve-ky-son" });
    const row = await t.db.article.findUniqueOrThrow({ where: { id }, include: { tags: { include: { tag: true } }, authors: true } });
    expect(row.bodyHtml).toBe("<p>Nước lên nhanh.</p><h2>Sơ tán</h2>");
    expect(row.bodyText).toBe("Nước lên nhanh.\n\nSơ tán");
    expect(row.tags.map((x) => x.tag.name)).toEqual(["Kỳ Sơn", "lũ"]); // "Ky Son" is the same tag as "Kỳ Sơn"
    expect(row.authors.sort((a, b) => a.position - b.position).map((a) => a.byline)).toEqual(["Hoài Thu", "PV"]);
  });

  const bad: [string, () => unknown, RegExp][] = [
    ["malformed JSON", () => "{\"type\":\"doc\",", /not valid JSON/],
    ["a javascript: link", () => doc({ type: "paragraph", content: [{ type: "text", text: "x", marks: [{ type: "link", attrs: { href: "javascript:alert(1)" } }] }] }), /Links must start/],
    ["an unknown node", () => doc({ type: "iframe", attrs: { src: "https://evil.example" } }), /Unknown element type "iframe"/],
    ["an oversized body", () => doc(...Array.from({ length: 40 }, () => p("x".repeat(BODY_LIMITS.maxTextChars / 20)))), /too long|too large/],
    ["an image from a data: URL", () => doc({ type: "figure", attrs: { src: "data:image/png;base64,AAAA" } }), /Image source/],
  ];
  for (const [what, body, message] of bad) {
    it(`refuses ${what} with a clear message and changes nothing`, async () => {
      const id = await createArticle(t.db, editor, { title: `Bad input: ${what}`, body: doc(p("The original text.")) });
      const before = await fieldsOf(id);
      const attempt = saveArticle(t.db, editor, { ...before, articleId: id, baseVersion: before.version, body: body() as EditorFields["body"] });
      await expect(attempt).rejects.toThrow(BodyError);
      await expect(attempt).rejects.toThrow(message);
      const after = await fieldsOf(id);
      expect(after.version).toBe(before.version);
      expect(after.body).toEqual(before.body);
    });
  }
});

describe("optimistic concurrency", () => {
  it("refuses a save based on a stale version and returns the current state", async () => {
    const id = await createArticle(t.db, editor, { title: "Shared story" });
    const base = await fieldsOf(id);
    const first = await saveArticle(t.db, editor, { ...base, articleId: id, baseVersion: base.version, lead: "Hoa's lead" });
    expect(first.kind).toBe("saved");
    const second = await saveArticle(t.db, editor, { ...base, articleId: id, baseVersion: base.version, lead: "Another lead" });
    expect(second.kind).toBe("conflict");
    if (second.kind !== "conflict") return;
    expect(second.current.lead).toBe("Hoa's lead");
    expect(second.current.version).toBe(base.version + 1);
    expect((await fieldsOf(id)).lead).toBe("Hoa's lead");
  });

  it("lets only one of two simultaneous saves of the same version win", async () => {
    const id = await createArticle(t.db, editor, { title: "Race" });
    const base = await fieldsOf(id);
    const results = await Promise.all(
      ["one", "two", "three"].map((lead) => saveArticle(t.db, editor, { ...base, articleId: id, baseVersion: base.version, lead })),
    );
    expect(results.filter((r) => r.kind === "saved")).toHaveLength(1);
    expect(results.filter((r) => r.kind === "conflict")).toHaveLength(2);
  });
});

describe("revisions", () => {
  it("snapshots at most every five minutes of editing", async () => {
    const id = await createArticle(t.db, editor, { title: "Revisions" });
    let f = await fieldsOf(id);
    for (const lead of ["a", "b", "c"]) {
      await saveArticle(t.db, editor, { ...f, articleId: id, baseVersion: f.version, lead });
      f = await fieldsOf(id);
    }
    expect(await t.db.revision.count({ where: { articleId: id } })).toBe(1); // the one made on creation
    await t.db.revision.updateMany({ where: { articleId: id }, data: { createdAt: new Date(Date.now() - REVISION_INTERVAL_MS - 1000) } });
    await saveArticle(t.db, editor, { ...f, articleId: id, baseVersion: f.version, lead: "d" });
    const revisions = await t.db.revision.findMany({ where: { articleId: id }, orderBy: { createdAt: "asc" } });
    expect(revisions).toHaveLength(2);
    expect(revisions[1]).toMatchObject({ authorId: editor.id, reason: "Edited" });
    expect(JSON.parse(revisions[1].snapshot).lead).toBe("d");
  });

  it("restores a revision as a new version and a new revision", async () => {
    const id = await createArticle(t.db, editor, { title: "First title", body: doc(p("first text")) });
    const created = await t.db.revision.findFirstOrThrow({ where: { articleId: id } });
    const f = await fieldsOf(id);
    await saveArticle(t.db, editor, { ...f, articleId: id, baseVersion: f.version, title: "Second title", body: doc(p("second text")) });
    const now = await fieldsOf(id);
    const outcome = await restoreRevision(t.db, editor, { articleId: id, revisionId: created.id, baseVersion: now.version });
    expect(outcome.kind).toBe("saved");
    const restored = await fieldsOf(id);
    expect(restored.title).toBe("First title");
    expect(restored.body).toEqual(doc(p("first text")));
    expect(restored.version).toBe(now.version + 1);
    const newest = await t.db.revision.findFirstOrThrow({ where: { articleId: id }, orderBy: { createdAt: "desc" } });
    expect(newest.reason).toMatch(/^Restored the revision of/);
  });
});

describe("who may edit", () => {
  it("reporters edit their own drafts only; editors edit everything", async () => {
    const mine = await createArticle(t.db, reporter, { title: "Reporter's draft" });
    const f = await fieldsOf(mine);
    await expect(saveArticle(t.db, otherReporter, { ...f, articleId: mine, baseVersion: f.version, title: "Hijacked" })).rejects.toThrow(UserError);
    await t.db.article.update({ where: { id: mine }, data: { status: "IN_REVIEW" } });
    await expect(saveArticle(t.db, reporter, { ...f, articleId: mine, baseVersion: f.version, title: "Changed in review" })).rejects.toThrow(
      /cannot edit/,
    );
    expect((await saveArticle(t.db, editor, { ...f, articleId: mine, baseVersion: f.version, title: "Edited by the desk" })).kind).toBe("saved");
  });
});

// Articles given the same address at the same moment: each transaction alone
// finds the slug free, so at READ COMMITTED (PostgreSQL) the second insert
// broke the unique index and the request failed. Repeated to make the overlap likely.
describe("the same address wanted at the same moment", () => {
  const ROUNDS = 6;
  const slugsOf = async (ids: string[]) => (await t.db.article.findMany({ where: { id: { in: ids } }, select: { slug: true } })).map((a) => a.slug).sort();

  it("three drafts created at once get three addresses", async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const title = `Created together ${round}`;
      const ids = await Promise.all([editor, reporter, otherReporter].map((who) => createArticle(t.db, who, { title })));
      const base = `created-together-${round}`;
      expect(await slugsOf(ids)).toEqual([base, `${base}-2`, `${base}-3`]);
    }
  });

  it("two drafts renamed to one title at once get two addresses", async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const ids = await Promise.all(["first", "second"].map((n) => createArticle(t.db, editor, { title: `Renamed ${n} ${round}` })));
      const title = `Renamed together ${round}`;
      const saved = await Promise.all(
        ids.map(async (id) => {
          const base = await fieldsOf(id);
          return saveArticle(t.db, editor, { ...base, articleId: id, baseVersion: base.version, title, slug: "" });
        }),
      );
      expect(saved.map((s) => s.kind)).toEqual(["saved", "saved"]);
      const slug = `renamed-together-${round}`;
      expect(await slugsOf(ids)).toEqual([slug, `${slug}-2`]);
    }
  });
});
