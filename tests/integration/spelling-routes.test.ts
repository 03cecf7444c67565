// The editor's spelling endpoints called as its worker calls them:
//   GET /newsroom/api/spelling/<language>/index.aff | index.dic — the Hunspell
//     files from the dictionary package on disk, cached by version;
//   GET /newsroom/api/spelling/<language>/words?articleId= — the newsroom
//     dictionary, the names, and the article's ignored words.
// Staff only; a language without a dictionary (or whose optional package is
// not installed) is a 404 in the caller's language. Only the session is stood in for.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { CurrentUser } from "@/lib/auth/session";
import { messageFor } from "@/lib/i18n/catalogue";
import { actAs, createStaff } from "@/tests/support/acting-as";
import { freshDatabase, type TestDb } from "@/tests/support/db";

vi.mock("@/lib/auth/session", () => import("@/tests/support/acting-as").then((m) => m.mockedSession));

const SITE = "http://localhost:3100";
let t: TestDb;
let staff: Record<"reporter" | "colleague" | "editor", CurrentUser>;
let fileRoute: typeof import("@/app/newsroom/api/spelling/[language]/[file]/route").GET;
let wordsRoute: typeof import("@/app/newsroom/api/spelling/[language]/words/route").GET;
let draft: string;
let other: string;

/** A dictionary package's folder in node_modules, or null when it is not installed. */
function packageDir(name: string): string | null {
  const dir = path.join(process.cwd(), "node_modules", name);
  return existsSync(path.join(dir, "package.json")) ? dir : null;
}

function getFile(language: string, file: string, headers: Record<string, string> = {}) {
  return fileRoute(new Request(`${SITE}/newsroom/api/spelling/${language}/${file}`, { headers }), { params: Promise.resolve({ language, file }) });
}

function getWords(language: string, articleId?: string) {
  const query = articleId ? `?articleId=${encodeURIComponent(articleId)}` : "";
  return wordsRoute(new Request(`${SITE}/newsroom/api/spelling/${language}/words${query}`), { params: Promise.resolve({ language }) });
}

beforeAll(async () => {
  t = await freshDatabase();
  process.env.DATABASE_URL = t.url;
  process.env.DATA_DIR = t.dir;
  staff = await createStaff(t.db, { reporter: "REPORTER", colleague: "REPORTER", editor: "EDITOR" });
  fileRoute = (await import("@/app/newsroom/api/spelling/[language]/[file]/route")).GET;
  wordsRoute = (await import("@/app/newsroom/api/spelling/[language]/words/route")).GET;
  const sectionId = (await t.db.section.create({ data: { name: "Xã hội", slug: "xa-hoi" } })).id;
  const { createArticle } = await import("@/lib/articles/editing");
  draft = await createArticle(t.db, staff.reporter, { sectionId, title: "Bản nháp" });
  other = await createArticle(t.db, staff.colleague, { sectionId, title: "Bài khác" });
  await t.db.user.create({ data: { email: "thuy@example.com", displayName: "Trần Thị Thuý", penName: "Thuý Nga", role: "REPORTER" } });
  await t.db.tag.create({ data: { name: "Nghệ An", slug: "nghe-an" } });
  await t.db.tag.create({ data: { name: "COVID-19", slug: "covid-19" } });
  await t.db.articleAuthor.create({ data: { articleId: draft, position: 9, byline: "Hoàng-Anh (TTXVN)", bylineSlug: "hoang-anh-ttxvn" } });
  await t.db.dictionaryWord.createMany({ data: [{ language: "vi", word: "Cửa" }, { language: "vi", word: "Pác" }, { language: "en", word: "Vinh" }] });
  await t.db.articleIgnoredWord.create({ data: { articleId: draft, word: "Xuôi" } });
});
afterAll(() => t.db.$disconnect());

describe("the dictionary files", () => {
  it("serves English's .aff and .dic as they are on disk, UTF-8 text, cached a day and revalidated by the package's version", async () => {
    actAs(staff.reporter);
    const dir = packageDir("dictionary-en")!;
    const version = (JSON.parse(readFileSync(path.join(dir, "package.json"), "utf8")) as { version: string }).version;
    for (const file of ["index.aff", "index.dic"]) {
      const response = await getFile("en", file);
      expect(response.status, file).toBe(200);
      expect(response.headers.get("content-type")).toBe("text/plain; charset=utf-8");
      expect(response.headers.get("cache-control")).toBe("private, max-age=86400");
      const etag = response.headers.get("etag");
      expect(etag).toBe(`"dictionary-en@${version}/${file}"`);
      expect(Buffer.from(await response.arrayBuffer()).equals(readFileSync(path.join(dir, file))), file).toBe(true);
      const again = await getFile("en-GB", file, { "if-none-match": etag! });
      expect(again.status).toBe(304);
      expect(await again.text()).toBe("");
    }
  });

  it("serves Vietnamese when its optional package is installed, else answers 404 saying spelling is unavailable", async () => {
    actAs(staff.reporter);
    const dir = packageDir("dictionary-vi");
    const response = await getFile("vi", "index.dic");
    if (dir) {
      expect(response.status).toBe(200);
      const text = await response.text();
      expect(text).toBe(readFileSync(path.join(dir, "index.dic"), "utf8"));
      expect(text).toContain("hoà"); // main-vowel style, read as UTF-8
    } else {
      expect(response.status).toBe(404);
      expect(await response.json()).toEqual({ ok: false, error: messageFor("en", "spelling.unavailable") });
    }
  });

  it("answers 404 in the caller's language for a language without a dictionary or a file that is not one", async () => {
    actAs(staff.editor);
    for (const [language, file] of [["ru", "index.aff"], ["xx", "index.dic"], ["en", "package.json"], ["en", "..%2Fpackage.json"], ["en", "index.js"]]) {
      const response = await getFile(language, file);
      expect(response.status, `${language}/${file}`).toBe(404);
      expect(await response.json()).toEqual({ ok: false, error: messageFor("en", "spelling.unavailable") });
    }
    await t.db.user.update({ where: { id: staff.editor.id }, data: { language: "vi" } });
    actAs({ ...staff.editor, language: "vi" });
    expect(await (await getFile("ru", "index.aff")).json()).toEqual({ ok: false, error: messageFor("vi", "spelling.unavailable") });
  });

  it("are for signed-in staff only", async () => {
    actAs(null);
    const response = await getFile("en", "index.aff");
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ ok: false });
  });
});

describe("the words besides the dictionary", () => {
  it("lists the language's newsroom words, every name split into words, and the article's ignored words, never cached", async () => {
    actAs(staff.reporter);
    const response = await getWords("vi-VN", draft);
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const body = (await response.json()) as { words: string[]; names: string[]; ignored: string[] };
    expect(body.words.sort()).toEqual(["Cửa", "Pác"]);
    expect(body.ignored).toEqual(["Xuôi"]);
    // Tag names, display and pen names, bylines; a hyphenated name also gives its parts; no digits or brackets.
    for (const name of ["Nghệ", "An", "COVID", "Trần", "Thị", "Thuý", "Nga", "Hoàng-Anh", "Hoàng", "Anh", "TTXVN", "reporter", "editor"]) expect(body.names, name).toContain(name);
    expect(body.names).not.toContain("19");
    expect(body.names).not.toContain("(TTXVN)");
    expect(new Set(body.names).size).toBe(body.names.length);
  });

  it("gives another language its own words, and no ignored words without an article", async () => {
    actAs(staff.editor);
    const body = (await (await getWords("en")).json()) as { words: string[]; ignored: string[] };
    expect(body.words).toEqual(["Vinh"]);
    expect(body.ignored).toEqual([]);
    // A language without spelling has no newsroom words, and that is no error.
    const ru = await getWords("ru", draft);
    expect(ru.status).toBe(200);
    expect(await ru.json()).toMatchObject({ words: [], ignored: ["Xuôi"] });
  });

  it("gives any staff member who may read the article its ignored words, and nothing for an article that is gone", async () => {
    await t.db.articleIgnoredWord.create({ data: { articleId: other, word: "Ngược" } });
    actAs(staff.reporter); // every reporter reads every article (article:read-any)
    expect(await (await getWords("vi", other)).json()).toMatchObject({ ignored: ["Ngược"] });
    expect(await (await getWords("vi", "no-such-article")).json()).toMatchObject({ ignored: [] });
    actAs(null);
    expect((await getWords("vi", other)).status).toBe(401);
  });
});
