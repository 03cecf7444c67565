// The editor's side of co-editing (components/newsroom/editor/collab/
// session.ts, what useSharedDocument runs) against the real collaboration
// server: the status it reports, the browser copy it keeps, flush() for the
// workflow panel, read-only access, and the endings (signed out, refused
// update). The browser is stood in for: its location, navigator, a WebSocket
// that sends the session cookie, IndexedDB (fake-indexeddb).
import { IDBFactory, IDBKeyRange } from "fake-indexeddb";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import WebSocket from "ws";
import * as Y from "yjs";
import type { Actor } from "@/lib/auth/actor";
import { loadEditorArticle } from "@/lib/articles/article-state";
import { createArticle } from "@/lib/articles/editing";
import { transition } from "@/lib/articles/workflow";
import type { EditorFields } from "@/lib/articles/editor-state";
import { BODY_FIELD, documentName, FIELDS_MAP } from "@/lib/collab/layout";
import { offlineCopyName } from "@/components/newsroom/offline-copies";
import { CollabSession, REFUSED_RELOAD_MS } from "@/components/newsroom/editor/collab/session";
import { textDiff } from "@/components/newsroom/editor/collab/text-diff";
import { eventually, sessionCookie, startCollab, type RunningCollab } from "@/tests/support/collab";
import { freshDatabase, type TestDb } from "@/tests/support/db";

let t: TestDb;
let running: RunningCollab;
const people: Record<string, Actor> = {};
const sessions: CollabSession[] = [];
let cookie: string | null = null;
const reload = vi.fn();

const p = (text: string) => ({ type: "paragraph", content: [{ type: "text", text }] });
const doc = (...content: unknown[]) => ({ type: "doc", content }) as EditorFields["body"];

beforeAll(async () => {
  t = await freshDatabase();
  await t.db.section.create({ data: { name: "Thời sự", slug: "thoi-su" } });
  for (const [name, role] of [["Hoa", "EDITOR"], ["Nam", "REPORTER"], ["Lan", "REPORTER"]] as const) {
    const u = await t.db.user.create({ data: { email: `${name.toLowerCase()}@example.com`, displayName: name, role, language: "en" } });
    people[name] = { id: u.id, role, displayName: name, penName: null };
  }
  running = await startCollab(t.db);
});
afterAll(async () => {
  await running.stop();
  await t.db.$disconnect();
});

beforeEach(() => {
  const { host } = new URL(running.url);
  const origin = running.origin;
  class BrowserSocket extends WebSocket {
    constructor(address: string) {
      super(address, { headers: cookie ? { origin, cookie } : { origin } });
    }
  }
  vi.stubGlobal("WebSocket", BrowserSocket);
  vi.stubGlobal("window", { location: { protocol: "http:", host, reload }, addEventListener() {}, removeEventListener() {} });
  vi.stubGlobal("navigator", { onLine: true });
  vi.stubGlobal("indexedDB", new IDBFactory());
  vi.stubGlobal("IDBKeyRange", IDBKeyRange);
  reload.mockReset();
});
afterEach(() => {
  sessions.splice(0).forEach((s) => s.stop());
  vi.unstubAllGlobals();
});

/** Opens the article as `name`'s editor would; `signedIn: false` leaves the cookie out. */
async function open(name: string, articleId: string, { signedIn = true } = {}) {
  cookie = signedIn ? await sessionCookie(people[name]) : null;
  const article = (await loadEditorArticle(t.db, articleId))!;
  const session = new CollabSession({
    articleId,
    userId: people[name].id,
    readOnly: false,
    stored: { version: article.version, updatedAt: article.updatedAt, slug: article.slug, pending: article.hasPendingChanges },
  });
  sessions.push(session);
  session.start();
  return session;
}

const title = (s: CollabSession) => s.doc.getMap(FIELDS_MAP).get("title") as Y.Text;

/** Types into the title as the bound <input> would: one splice. */
function retitle(s: CollabSession, next: string) {
  const text = title(s);
  const edit = textDiff(text.toString(), next)!;
  s.doc.transact(() => {
    if (edit.remove) text.delete(edit.index, edit.remove);
    if (edit.insert) text.insert(edit.index, edit.insert);
  });
}

const localCopyName = (userId: string, articleId: string) => offlineCopyName(userId, documentName(articleId));
const databases = async () => (await indexedDB.databases()).map((d) => d.name);

describe("an editor's session", () => {
  it("connects, shows the stored article, stores what is typed, and flush() answers with the version", async () => {
    const id = await createArticle(t.db, people.Hoa, { title: "Lũ về", body: doc(p("Nước lên.")) });
    const session = await open("Hoa", id);
    expect(session.getSnapshot().status).toBe("connecting");
    await eventually(() => session.getSnapshot().status === "synced", "the first sync");
    expect(session.getSnapshot()).toMatchObject({ loaded: true, serverSynced: true, readOnly: false });
    expect(title(session).toString()).toBe("Lũ về");
    expect(session.doc.getXmlFragment(BODY_FIELD).toString()).toContain("Nước lên.");
    const before = session.getSnapshot().lastStored.version;

    retitle(session, "Lũ về Kỳ Sơn");
    const version = await session.flush();
    expect(version).toBeGreaterThan(before);
    expect((await loadEditorArticle(t.db, id))!.title).toBe("Lũ về Kỳ Sơn");
    await eventually(() => session.getSnapshot().lastStored.version === version, "the stored notice");
    expect(session.getSnapshot().status).toBe("synced");
    // The browser keeps its copy, per person and article.
    expect(await databases()).toContain(localCopyName(people.Hoa.id, id));
  });

  it("is read-only for a reporter who may not edit the story, and flush() then answers the stored version", async () => {
    const id = await createArticle(t.db, people.Nam, { title: "Nam's", body: doc(p("Text.")) });
    const session = await open("Lan", id);
    await eventually(() => session.getSnapshot().status === "synced", "the first sync");
    expect(session.getSnapshot().readOnly).toBe(true);
    expect(await session.flush()).toBe(session.getSnapshot().lastStored.version);
  });

  it("sees a co-author's words and the version they stored, and turns read-only live when the story goes to review", async () => {
    const id = await createArticle(t.db, people.Nam, { title: "Draft", body: doc(p("Text.")) });
    const nam = await open("Nam", id);
    const hoa = await open("Hoa", id);
    await eventually(() => nam.getSnapshot().status === "synced" && hoa.getSnapshot().status === "synced", "both synced");
    retitle(hoa, "Draft, edited");
    await eventually(() => title(nam).toString() === "Draft, edited", "Hoa's title at Nam's");
    const version = await hoa.flush();
    await eventually(() => nam.getSnapshot().lastStored.version === version, "the stored notice at Nam's");
    await transition(t.db, people.Nam, { articleId: id, action: "submit", baseVersion: version! });
    await eventually(() => nam.getSnapshot().readOnly, "Nam's editor turning read-only");
    expect(hoa.getSnapshot().readOnly).toBe(false);
  });

  it("ends when there is no session: status ended, read-only, flush() gives null", async () => {
    const id = await createArticle(t.db, people.Hoa, { title: "Closed", body: doc(p("Text.")) });
    const session = await open("Hoa", id, { signedIn: false });
    await eventually(() => session.getSnapshot().status === "ended", "the ended status");
    expect(session.getSnapshot().readOnly).toBe(true);
    expect(await session.flush()).toBeNull();
  });

  it("after a refused update shows the reason, drops this browser's copy and reloads the page", async () => {
    const id = await createArticle(t.db, people.Hoa, { title: "Forgery", body: doc(p("Clean.")) });
    const session = await open("Hoa", id);
    await eventually(() => session.getSnapshot().status === "synced", "the first sync");
    await eventually(async () => (await databases()).includes(localCopyName(people.Hoa.id, id)), "the browser copy");
    const paragraph = new Y.XmlElement("paragraph");
    const text = new Y.XmlText();
    paragraph.insert(0, [text]);
    text.insert(0, "click me", { link: { href: "javascript:alert(1)" } });
    session.doc.getXmlFragment(BODY_FIELD).insert(1, [paragraph]);
    await eventually(() => session.getSnapshot().status === "refused", "the refusal");
    // The detail only, without the refusal's name.
    expect(session.getSnapshot().refusal).toContain("javascript:");
    expect(session.getSnapshot().refusal).not.toMatch(/^update-refused/);
    expect(session.getSnapshot().readOnly).toBe(true);
    await eventually(async () => !(await databases()).includes(localCopyName(people.Hoa.id, id)), "the dropped copy");
    await eventually(() => reload.mock.calls.length === 1, "the reload", REFUSED_RELOAD_MS + 3000);
    expect(JSON.stringify((await loadEditorArticle(t.db, id))!.body)).not.toContain("javascript");
  }, 20_000);
});
