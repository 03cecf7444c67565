// Nothing unpublished or private leaks through the content API. Everything
// every endpoint answers (both formats, every page, every article by id and
// by address, searches for the secret words) is read, then the newsroom
// works: a story is published, another taken down, a published one gets
// saved-but-unpublished changes (title, lead, body, tags, byline) and a
// comment thread, a story in review is sent back with a note. Read again,
// the difference must be exactly the story published and the one taken
// down, and no draft, pending text, comment, note, email, user id or name of
// staff who are not bylined appears anywhere, before or after.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadEditorArticle } from "@/lib/articles/article-state";
import { createArticle, saveArticle } from "@/lib/articles/editing";
import { transition } from "@/lib/articles/workflow";
import type { ApiArticle } from "@/lib/api/schemas";
import { contentChanged } from "@/lib/cache/sync";
import { createThread } from "@/lib/comments/create-thread";
import { freshDatabase, type TestDb } from "@/tests/support/db";
import { serveApi, type ApiTestServer } from "@/tests/support/api-server";
import { draftStory, figure, publishStory, seedNewsroom, SITE_URL, text, type Newsroom } from "@/tests/support/content-api-fixture";

type Page<T> = { data: T[]; next: string | null };
type Snapshot = Map<string, { status: number; etag: string | undefined; body: unknown }>;

const SECRETS = ["PENDINGTITLE", "PENDINGLEAD", "PENDINGBODY", "pendingtag", "PENDINGBYLINE", "COMMENTSECRET", "REVIEWNOTE", "DRAFTSECRET", "@example.com"];
const ANCHOR = '{"from":{"type":{"client":7,"clock":0},"item":{"client":7,"clock":4},"assoc":0},"to":{"type":{"client":7,"clock":0},"item":{"client":7,"clock":12},"assoc":-1}}';

let t: TestDb;
let room: Newsroom;
let api: ApiTestServer;
const ids = { edited: "", takenDown: "", steady: "", added: "", draft: "", inReview: "" };

/** Every page of a list. */
async function pages(path: string): Promise<{ status: number; etag: string | undefined; body: unknown }[]> {
  const out = [];
  let next: string | null = null;
  do {
    const answer = await api.api(`${path}${path.includes("?") ? "&" : "?"}limit=2${next ? `&cursor=${next}` : ""}`);
    const body = JSON.parse(answer.body) as Page<unknown>;
    out.push({ status: answer.status, etag: answer.headers.etag, body });
    next = answer.status === 200 ? body.next : null;
  } while (next);
  return out;
}

/** What the API shows of everything, by request. */
async function snapshot(articleIds: string[]): Promise<Snapshot> {
  const shots: Snapshot = new Map();
  const everything = "fields=id,url,title,lead,language,section,tags,authors,publishedAt,updatedAt,version,seo,cover,body,figures,corrections,translations";
  for (const list of [`/api/v1/articles?${everything}`, "/api/v1/articles?format=ninjs", "/api/v1/sections", "/api/v1/tags", "/api/v1/authors", "/api/v1/search?q=sapo", `/api/v1/search?q=sapo&format=ninjs`]) {
    for (const [n, page] of (await pages(list)).entries()) shots.set(`${list}#${n}`, page);
  }
  for (const word of SECRETS.filter((w) => !w.includes("@"))) {
    const answer = await api.api(`/api/v1/search?q=${word.toLowerCase()}`);
    shots.set(`search ${word}`, { status: answer.status, etag: answer.headers.etag, body: JSON.parse(answer.body) });
  }
  for (const id of articleIds) {
    for (const path of [`/api/v1/articles/${id}`, `/api/v1/articles/${id}?format=ninjs`]) {
      const answer = await api.api(path);
      shots.set(path, { status: answer.status, etag: answer.headers.etag, body: JSON.parse(answer.body) });
    }
    const row = await t.db.article.findUniqueOrThrow({ where: { id }, select: { slug: true, section: { select: { slug: true } } } });
    const path = `/api/v1/sections/${row.section.slug}/articles/${row.slug}`;
    const answer = await api.api(path);
    shots.set(path, { status: answer.status, etag: answer.headers.etag, body: JSON.parse(answer.body) });
  }
  return shots;
}

/** Everything the snapshot holds, as one text. */
const allText = (shots: Snapshot) => JSON.stringify([...shots.values()].map((s) => s.body));

/** What must never appear: the secrets, every person's email, id and name unless it is a printed byline. */
async function forbidden(): Promise<string[]> {
  const users = await t.db.user.findMany({ select: { id: true, email: true, displayName: true } });
  // And how media are stored (the cover once went out with its whole row): renditions carry addresses, never keys.
  const storage = ['"fileKey":', '"variants":', '"formats":', '"uploadedById":'];
  return [...SECRETS, ...users.flatMap((u) => [u.id, u.email, u.displayName]), ids.draft, ids.inReview, "Bản nháp bí mật", ...storage];
}

function expectClean(shots: Snapshot, words: string[]) {
  const all = allText(shots);
  for (const word of words) expect(all.toLowerCase(), word).not.toContain(word.toLowerCase());
}

let before: Snapshot;
let after: Snapshot;

beforeAll(async () => {
  process.env.SITE_URL = SITE_URL;
  delete process.env.MEDIA_PUBLIC_URL;
  t = await freshDatabase();
  room = await seedNewsroom(t.db);
  ids.edited = await publishStory(t.db, room, {
    title: "Đường ven biển mở rộng",
    tags: ["Giao thông"],
    coverMediaId: room.media.id,
    body: [text("Đoạn đầu về đường ven biển."), figure(room.media, "Chú thích", "Ảnh: Hoa Mai")],
  });
  ids.takenDown = await publishStory(t.db, room, { title: "Bài sẽ gỡ xuống", tags: ["Chỉ bài bị gỡ"], authors: [{ byline: "Bút Danh Bị Gỡ", userId: null }] });
  ids.steady = await publishStory(t.db, room, { title: "Lễ hội Đền Cuông", sectionId: room.sections.culture, authors: [{ byline: "Minh Anh", userId: null }] });
  ids.draft = await draftStory(t.db, room, "Bản nháp bí mật DRAFTSECRET");
  ids.inReview = await createArticle(t.db, room.reporter, { title: "Bài đang duyệt", sectionId: room.sections.news, body: { type: "doc", content: [text("Chờ duyệt")] } });
  await transition(t.db, room.reporter, { articleId: ids.inReview, action: "submit" });
  api = await serveApi(t.db, room.admin);

  before = await snapshot([ids.edited, ids.takenDown, ids.steady]);

  // The newsroom at work.
  ids.added = await publishStory(t.db, room, { title: "Tin mới xuất bản", authors: [{ byline: "Hoa Mai", userId: room.reporter.id }] });
  await transition(t.db, room.editor, { articleId: ids.takenDown, action: "unpublish" });
  const working = (await loadEditorArticle(t.db, ids.edited))!;
  const saved = await saveArticle(t.db, room.editor, {
    ...working,
    articleId: ids.edited,
    baseVersion: working.version,
    title: "Tiêu đề PENDINGTITLE",
    lead: "Sapo PENDINGLEAD",
    body: { type: "doc", content: [text("Thân bài PENDINGBODY"), figure(room.media, "Chú thích PENDINGBODY", "Ảnh: PENDINGBYLINE")] },
    tags: [...working.tags, "Thẻ pendingtag"],
    authors: [...working.authors, { byline: "Bút danh PENDINGBYLINE", userId: room.editor.id }],
  });
  expect(saved.kind).toBe("saved");
  await createThread(t.db, room.editor, { articleId: ids.edited, anchor: ANCHOR, quote: "đường ven biển", text: "Kiểm tra lại số liệu COMMENTSECRET", mentions: [] });
  await transition(t.db, room.editor, { articleId: ids.inReview, action: "sendBack", note: "Thiếu nguồn REVIEWNOTE" });
  await contentChanged(t.db);

  after = await snapshot([ids.edited, ids.steady, ids.added, ids.takenDown, ids.draft, ids.inReview]);
});

afterAll(async () => {
  api?.close();
  await t?.db.$disconnect();
});

describe("what the content API shows", () => {
  it("never holds a draft, pending text, comment, review note, email, user id or unbylined staff name, before or after", async () => {
    const words = await forbidden();
    // The reporter's byline is printed; her name and email are not.
    expect(words).toContain("Nguyễn Thị Phóng Viên");
    expect(words).toContain("Trần Biên Tập");
    expectClean(before, words);
    expectClean(after, words);
    // And the searches for the secret words find nothing.
    for (const word of SECRETS.filter((w) => !w.includes("@"))) expect(after.get(`search ${word}`)?.body, word).toEqual({ data: [], next: null });
  });

  it("shows a published article with saved-but-unpublished changes and comments exactly as before, ETag and all", async () => {
    for (const path of [`/api/v1/articles/${ids.edited}`, `/api/v1/articles/${ids.edited}?format=ninjs`, "/api/v1/sections/thoi-su/articles/duong-ven-bien-mo-rong"]) {
      expect(after.get(path), path).toEqual(before.get(path));
      expect(after.get(path)?.status).toBe(200);
    }
    for (const path of [`/api/v1/articles/${ids.steady}`, "/api/v1/sections#0"]) expect(after.get(path), path).toEqual(before.get(path));
  });

  it("differs from before by exactly the story published and the one taken down", async () => {
    const listed = (shots: Snapshot, prefix: string) =>
      [...shots.entries()].filter(([k]) => k.startsWith(prefix)).flatMap(([, v]) => (v.body as Page<ApiArticle>).data);
    const everything = "/api/v1/articles?fields=";
    const was = listed(before, everything);
    const now = listed(after, everything);
    expect(now.map((a) => a.id)).toEqual([ids.added, ...was.map((a) => a.id).filter((id) => id !== ids.takenDown)]);
    expect(now.slice(1)).toEqual(was.filter((a) => a.id !== ids.takenDown));
    expect(now[0]).toMatchObject({ title: "Tin mới xuất bản", authors: [{ name: "Hoa Mai", slug: "hoa-mai" }] });

    const ninjs = (shots: Snapshot) => listed(shots, "/api/v1/articles?format=ninjs") as unknown as { uri: string }[];
    expect(ninjs(after).slice(1)).toEqual(ninjs(before).filter((item) => !item.uri.endsWith(ids.takenDown)));

    for (const path of [`/api/v1/articles/${ids.takenDown}`, "/api/v1/sections/thoi-su/articles/bai-se-go-xuong", `/api/v1/articles/${ids.draft}`, `/api/v1/articles/${ids.inReview}`]) {
      expect(after.get(path)?.status, path).toBe(404);
    }
    const names = (shots: Snapshot, list: string) => [...shots.entries()].filter(([k]) => k.startsWith(list)).flatMap(([, v]) => (v.body as Page<{ name: string }>).data.map((x) => x.name));
    expect(names(before, "/api/v1/tags#")).toEqual(["Chỉ bài bị gỡ", "Giao thông"]);
    expect(names(after, "/api/v1/tags#")).toEqual(["Giao thông"]);
    expect(names(before, "/api/v1/authors#")).toEqual(["Bút Danh Bị Gỡ", "Hoa Mai", "Minh Anh"]);
    expect(names(after, "/api/v1/authors#")).toEqual(["Hoa Mai", "Minh Anh"]);
    const searched = (shots: Snapshot) => listed(shots, "/api/v1/search?q=sapo#").map((a) => a.id).sort();
    expect(searched(after)).toEqual([...searched(before).filter((id) => id !== ids.takenDown), ids.added].sort());
  });
});
