// The newsroom dictionary and the per-article ignore list, through the server
// actions as the dictionary page and the editor call them (lib/actions/spelling/):
// who may change them, which words they take (one word, NFC, at most 60
// characters), one entry per word whatever its case, and the audit trail.
// Only the session and Next's cache are stood in for.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { CurrentUser } from "@/lib/auth/session";
import { messageFor } from "@/lib/i18n/catalogue";
import { actAs, createStaff, onlyFor } from "@/tests/support/acting-as";
import { freshDatabase, type TestDb } from "@/tests/support/db";

vi.mock("@/lib/auth/session", () => import("@/tests/support/acting-as").then((m) => m.mockedSession));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

let t: TestDb;
let staff: Record<"reporter" | "colleague" | "editor" | "admin", CurrentUser>;
let actions: {
  add: typeof import("@/lib/actions/spelling/add-word").addDictionaryWord;
  remove: typeof import("@/lib/actions/spelling/remove-word").removeDictionaryWord;
  ignore: typeof import("@/lib/actions/spelling/ignore-word").ignoreWordInArticle;
  unignore: typeof import("@/lib/actions/spelling/unignore-word").unignoreWordInArticle;
};
/** The reporter's draft, and the reporter's article already published. */
let draft: string;
let published: string;
const en = (key: string, values: Record<string, string> = {}) => messageFor("en", key, values);
// Sorted here, not by the engine: PostgreSQL's collation may order "Đ" unlike SQLite.
const words = (language: string) => t.db.dictionaryWord.findMany({ where: { language }, select: { word: true } }).then((r) => r.map((w) => w.word).sort());
const ignored = (articleId: string) => t.db.articleIgnoredWord.findMany({ where: { articleId } }).then((r) => r.map((w) => w.word).sort());

beforeAll(async () => {
  t = await freshDatabase();
  process.env.DATABASE_URL = t.url;
  process.env.DATA_DIR = t.dir;
  staff = await createStaff(t.db, { reporter: "REPORTER", colleague: "REPORTER", editor: "EDITOR", admin: "ADMIN" });
  const sectionId = (await t.db.section.create({ data: { name: "Thời sự", slug: "thoi-su" } })).id;
  const { createArticle } = await import("@/lib/articles/editing");
  draft = await createArticle(t.db, staff.reporter, { sectionId, title: "Lũ ở Nghệ An" });
  published = await createArticle(t.db, staff.reporter, { sectionId, title: "Đã đăng" });
  await t.db.article.update({ where: { id: published }, data: { status: "PUBLISHED", publishedAt: new Date() } });
  actions = {
    add: (await import("@/lib/actions/spelling/add-word")).addDictionaryWord,
    remove: (await import("@/lib/actions/spelling/remove-word")).removeDictionaryWord,
    ignore: (await import("@/lib/actions/spelling/ignore-word")).ignoreWordInArticle,
    unignore: (await import("@/lib/actions/spelling/unignore-word")).unignoreWordInArticle,
  };
});
afterAll(() => t.db.$disconnect());

describe("the newsroom dictionary", () => {
  it("takes words from the desk only, and records who added which", async () => {
    const result = await onlyFor({ allowed: staff.editor, refused: [null, staff.reporter], state: () => words("vi") }, () => actions.add({ language: "vi", word: "Vinh" }));
    expect(result).toMatchObject({ ok: true, entry: { language: "vi", word: "Vinh" } });
    actAs(staff.reporter);
    expect(await actions.add({ language: "vi", word: "Pác" })).toEqual({ ok: false, error: en("errors.forbidden") });
    const row = await t.db.dictionaryWord.findFirstOrThrow({ where: { word: "Vinh" } });
    expect(row.addedById).toBe(staff.editor.id);
    const audit = await t.db.auditEvent.findFirstOrThrow({ where: { action: "dictionary.wordAdded", targetId: row.id } });
    expect(audit.actorId).toBe(staff.editor.id);
    expect(JSON.parse(audit.detail)).toEqual({ language: "vi", word: "Vinh" });
  });

  it("keeps one entry per word whatever its case or Unicode form, naming the entry that exists", async () => {
    actAs(staff.editor);
    expect(await actions.add({ language: "vi", word: "vinh" })).toEqual({ ok: false, error: en("spelling.errors.duplicate", { word: "Vinh" }) });
    expect(await actions.add({ language: "vi", word: "VINH" })).toMatchObject({ ok: false });
    // Decomposed (NFD) "Nghệ" is stored composed, and the composed spelling is then the same word.
    const decomposed = "Nghệ".normalize("NFD");
    expect(decomposed).not.toBe("Nghệ");
    expect(await actions.add({ language: "vi", word: `  ${decomposed}\t` })).toMatchObject({ ok: true, entry: { word: "Nghệ" } });
    expect(await actions.add({ language: "vi", word: "nghệ" })).toEqual({ ok: false, error: en("spelling.errors.duplicate", { word: "Nghệ" }) });
    // "Đ" and "đ" are one letter in two cases, beyond ASCII.
    expect(await actions.add({ language: "vi", word: "Đakrông" })).toMatchObject({ ok: true });
    expect(await actions.add({ language: "vi", word: "đakrông" })).toMatchObject({ ok: false, error: en("spelling.errors.duplicate", { word: "Đakrông" }) });
    expect(await words("vi")).toEqual(["Nghệ", "Vinh", "Đakrông"].sort());
    // Another language is another dictionary: "Vinh" may be there too.
    expect(await actions.add({ language: "en", word: "vinh" })).toMatchObject({ ok: true, entry: { language: "en" } });
  });

  it("takes one word only: letters and marks, an apostrophe or hyphen between letters, at most 60 characters", async () => {
    actAs(staff.editor);
    const refused: [string, string][] = [
      ["", "spelling.errors.empty"],
      ["   ", "spelling.errors.empty"],
      ["Nghệ An", "spelling.errors.notOneWord"],
      ["covid19", "spelling.errors.notOneWord"],
      ["-abc", "spelling.errors.notOneWord"],
      ["abc'", "spelling.errors.notOneWord"],
      ["a--b", "spelling.errors.notOneWord"],
      ["<b>x</b>", "spelling.errors.notOneWord"],
      ["ư".repeat(61), "spelling.errors.tooLong"],
    ];
    for (const [word, key] of refused) expect(await actions.add({ language: "vi", word }), JSON.stringify(word)).toEqual({ ok: false, error: en(key) });
    for (const word of ["O'Neill", "Bà-Rịa", "d’Arc", "ư".repeat(60)]) expect(await actions.add({ language: "vi", word }), word).toMatchObject({ ok: true, entry: { word } });
  });

  it("files a word under its language's primary tag, and refuses a language without spelling", async () => {
    actAs(staff.admin);
    expect(await actions.add({ language: "vi-VN", word: "Cửa Lò" })).toMatchObject({ ok: false });
    expect(await actions.add({ language: "vi-VN", word: "Lò" })).toMatchObject({ ok: true, entry: { language: "vi", word: "Lò" } });
    expect(await actions.add({ language: "ru", word: "Вьетнам" })).toEqual({ ok: false, error: en("spelling.errors.noLanguage") });
    expect(await t.db.dictionaryWord.count({ where: { language: "ru" } })).toBe(0);
  });

  it("loses words by the desk's hand only, audited, and a word removed twice is refused the second time", async () => {
    const { id } = await t.db.dictionaryWord.findFirstOrThrow({ where: { language: "vi", word: "Vinh" } });
    await onlyFor({ allowed: staff.editor, refused: [null, staff.reporter], state: () => words("vi") }, () => actions.remove({ id }));
    expect(await words("vi")).not.toContain("Vinh");
    const audit = await t.db.auditEvent.findFirstOrThrow({ where: { action: "dictionary.wordRemoved", targetId: id } });
    expect(audit.actorId).toBe(staff.editor.id);
    expect(JSON.parse(audit.detail)).toEqual({ language: "vi", word: "Vinh" });
    expect(await actions.remove({ id })).toEqual({ ok: false, error: en("spelling.errors.wordGone") });
    // Gone, it may be added again, in another case.
    expect(await actions.add({ language: "vi", word: "vinh" })).toMatchObject({ ok: true, entry: { word: "vinh" } });
  });
});

describe("ignoring a word in one article", () => {
  it("is for whoever may edit the article: its reporter while a draft, the desk always", async () => {
    const cannot = en("spelling.errors.cannotIgnore");
    await onlyFor({ allowed: staff.reporter, refused: [null, staff.colleague], state: () => ignored(draft) }, () => actions.ignore({ articleId: draft, word: "Xuôi" }));
    actAs(staff.colleague);
    expect(await actions.ignore({ articleId: draft, word: "Ngược" })).toEqual({ ok: false, error: cannot });
    // Published, the reporter's own article is the desk's to change.
    await onlyFor({ allowed: staff.editor, refused: [staff.reporter], error: cannot, state: () => ignored(published) }, () => actions.ignore({ articleId: published, word: "Ngược" }));
    actAs(staff.editor);
    expect(await actions.ignore({ articleId: "no-such-article", word: "x" })).toEqual({ ok: false, error: en("editor.errors.articleGone") });
  });

  it("keeps one entry per word whatever its case, answering with the word as kept; stopping removes every case", async () => {
    actAs(staff.reporter);
    expect(await actions.ignore({ articleId: draft, word: "Quỳnh".normalize("NFD") })).toEqual({ ok: true, word: "Quỳnh" });
    expect(await actions.ignore({ articleId: draft, word: "quỳnh" })).toEqual({ ok: true, word: "Quỳnh" });
    expect(await ignored(draft)).toEqual(["Quỳnh", "Xuôi"]);
    expect(await actions.ignore({ articleId: draft, word: "hai từ" })).toEqual({ ok: false, error: en("spelling.errors.notOneWord") });
    await onlyFor({ allowed: staff.reporter, refused: [staff.colleague], state: () => ignored(draft) }, () => actions.unignore({ articleId: draft, word: "QUỲNH" }));
    expect(await ignored(draft)).toEqual(["Xuôi"]);
    // Not ignored (any more) is no error: two people may both choose it.
    expect(await actions.unignore({ articleId: draft, word: "Quỳnh" })).toEqual({ ok: true });
  });

  it("goes with the article when it is deleted", async () => {
    const sectionId = (await t.db.section.findFirstOrThrow()).id;
    const { createArticle } = await import("@/lib/articles/editing");
    const id = await createArticle(t.db, staff.editor, { sectionId, title: "Tạm" });
    actAs(staff.editor);
    expect(await actions.ignore({ articleId: id, word: "Tạmm" })).toMatchObject({ ok: true });
    await t.db.article.delete({ where: { id } });
    expect(await t.db.articleIgnoredWord.count({ where: { articleId: id } })).toBe(0);
  });
});
