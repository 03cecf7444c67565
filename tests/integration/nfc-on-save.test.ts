// Every save stores text in NFC (issue 20): decomposed Vietnamese — "ệ" as
// e + circumflex + dot below, as macOS keyboards and PDFs give it — comes back
// composed in the fields, the body JSON, its text and HTML, tags,
// bylines and the search index, whether it came through the save action, the
// co-editing store or a new article's data. And search finds a word in both
// tone-mark styles on both engines.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import * as Y from "yjs";
import type { CurrentUser } from "@/lib/auth/session";
import { loadEditorArticle } from "@/lib/articles/article-state";
import { createArticle } from "@/lib/articles/editing";
import { transition } from "@/lib/articles/workflow";
import { applyFieldsToDoc } from "@/lib/collab/doc-fields";
import { loadDocumentState, storeDocument } from "@/lib/collab/store";
import { searchArticleIds } from "@/lib/search";
import { actAs, createStaff } from "@/tests/support/acting-as";
import { freshDatabase, type TestDb } from "@/tests/support/db";

vi.mock("@/lib/auth/session", () => import("@/tests/support/acting-as").then((m) => m.mockedSession));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-sapo-peer": "203.0.113.9" }) }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

const D = (s: string) => s.normalize("NFD");
const NGHE_AN = "Nghệ An";
const isNfc = (s: string) => s === s.normalize("NFC");
const doc = (text: string) => ({ type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text }] }] });

let t: TestDb;
let users: Record<"reporter" | "editor", CurrentUser>;
let save: typeof import("@/lib/actions/articles/save-article").saveArticleAction;

beforeAll(async () => {
  t = await freshDatabase();
  process.env.DATABASE_URL = t.url;
  save = (await import("@/lib/actions/articles/save-article")).saveArticleAction;
  await t.db.section.create({ data: { name: "Thời sự", slug: "thoi-su" } });
  users = await createStaff(t.db, { reporter: "REPORTER", editor: "EDITOR" });
});
afterAll(() => t.db.$disconnect());

async function stored(id: string) {
  const row = await t.db.article.findUniqueOrThrow({
    where: { id },
    include: { tags: { include: { tag: true } }, authors: true },
  });
  return row;
}

async function publish(id: string) {
  await transition(t.db, users.editor, { articleId: id, action: "submit" });
  await transition(t.db, users.editor, { articleId: id, action: "publish" });
}

describe("NFC on save", () => {
  it("the save action stores every field, the body and what is derived from it composed", async () => {
    const id = await createArticle(t.db, users.reporter);
    const base = (await loadEditorArticle(t.db, id))!;
    actAs(users.reporter);
    const result = await save({
      articleId: id,
      baseVersion: base.version,
      title: D(`Lũ ở ${NGHE_AN}`),
      lead: D(`Mưa lớn ở ${NGHE_AN}.`),
      sectionId: base.sectionId,
      slug: "",
      tags: [D(NGHE_AN)],
      authors: [{ byline: D("Hoài Thu"), userId: users.reporter.id }],
      coverMediaId: null,
      seoTitle: D(`Lũ ${NGHE_AN}`),
      seoDescription: D(`Tin lũ ${NGHE_AN}`),
      body: doc(D(`Nước lên ở ${NGHE_AN}.`)),
    });
    expect(result).toMatchObject({ ok: true, outcome: { kind: "saved" } });

    const row = await stored(id);
    expect(row.title).toBe(`Lũ ở ${NGHE_AN}`);
    expect(row.lead).toBe(`Mưa lớn ở ${NGHE_AN}.`);
    expect(row.seoTitle).toBe(`Lũ ${NGHE_AN}`);
    expect(row.seoDescription).toBe(`Tin lũ ${NGHE_AN}`);
    expect(row.slug).toBe("lu-o-nghe-an");
    expect(row.bodyText).toBe(`Nước lên ở ${NGHE_AN}.`);
    expect(row.bodyHtml).toBe(`<p>Nước lên ở ${NGHE_AN}.</p>`);
    expect(JSON.parse(row.bodyJson)).toEqual(doc(`Nước lên ở ${NGHE_AN}.`));
    expect(row.tags.map((x) => x.tag.name)).toEqual([NGHE_AN]);
    expect(row.authors.map((a) => a.byline)).toEqual(["Hoài Thu"]);

    // Published, the search index holds it: found with or without marks.
    await publish(id);
    for (const q of [NGHE_AN, D(NGHE_AN), "nghe an"]) {
      expect((await searchArticleIds(t.db, `lũ ${q}`, 10, 0)).ids, q).toEqual([id]);
    }
  });

  it("the co-editing store stores composed text", async () => {
    const id = await createArticle(t.db, users.reporter, { title: "Bản nháp" });
    const shared = new Y.Doc();
    Y.applyUpdate(shared, (await loadDocumentState(t.db, id))!);
    applyFieldsToDoc(shared, { title: D(`Tin ${NGHE_AN}`), lead: D(`Sáng nay ở ${NGHE_AN}`), body: doc(D(`Đường ở ${NGHE_AN}.`)) });
    const outcome = await storeDocument(t.db, id, shared, [users.reporter.id], users.reporter.id);
    expect(outcome.kind).toBe("stored");
    const row = await stored(id);
    expect(row.title).toBe(`Tin ${NGHE_AN}`);
    expect(row.lead).toBe(`Sáng nay ở ${NGHE_AN}`);
    expect(row.bodyText).toBe(`Đường ở ${NGHE_AN}.`);
    expect(isNfc(row.bodyJson)).toBe(true);
    expect(row.bodyJson).toContain(NGHE_AN);
  });

  it("the co-editing store keeps a published article's pending changes composed", async () => {
    const id = await createArticle(t.db, users.editor, { title: "Tin đã đăng", lead: "Sapo." });
    await transition(t.db, users.editor, { articleId: id, action: "submit" });
    await transition(t.db, users.editor, { articleId: id, action: "publish" });
    const shared = new Y.Doc();
    Y.applyUpdate(shared, (await loadDocumentState(t.db, id))!);
    applyFieldsToDoc(shared, { body: doc(D(`Cập nhật ở ${NGHE_AN}.`)) });
    expect((await storeDocument(t.db, id, shared, [users.editor.id], users.editor.id)).kind).toBe("stored");
    const { pendingJson } = await t.db.article.findUniqueOrThrow({ where: { id }, select: { pendingJson: true } });
    expect(pendingJson).toContain(NGHE_AN);
    expect(isNfc(pendingJson!)).toBe(true);
  });

  it("a new article's body is stored composed", async () => {
    const id = await createArticle(t.db, users.reporter, { body: doc(D(`Ở ${NGHE_AN}`)) as never });
    const row = await stored(id);
    expect(row.bodyText).toBe(`Ở ${NGHE_AN}`);
    expect(JSON.parse(row.bodyJson)).toEqual(doc(`Ở ${NGHE_AN}`));
  });
});

describe("search and tone-mark styles", () => {
  it("finds a word written with the mark on either vowel, whatever the query's style", async () => {
    const nonce = "zuvoxa";
    const ids: string[] = [];
    for (const title of [`Hoà giải ở ${nonce}`, `Hòa giải ở ${nonce}`, `Thuý và khoẻ ở ${nonce}`]) {
      const id = await createArticle(t.db, users.editor, { title });
      await publish(id);
      ids.push(id);
    }
    for (const q of ["hoa", "hoà", "hòa", D("HOÀ")]) {
      expect((await searchArticleIds(t.db, `${q} ${nonce}`, 10, 0)).ids.sort(), q).toEqual(ids.slice(0, 2).sort());
    }
    for (const q of ["thúy khỏe", "thuý khoẻ", "thuy khoe"]) {
      expect((await searchArticleIds(t.db, `${q} ${nonce}`, 10, 0)).ids, q).toEqual([ids[2]]);
    }
  });
});
