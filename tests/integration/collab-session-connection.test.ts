// The editor's connection (components/newsroom/editor/collab/session.ts)
// around the moments it is not there: flush() asked for while the connection
// is still being made (a workflow step reloads the editor, and the next step
// may be clicked at once) waits for it; the browser going offline closes the
// connection, so nothing typed meanwhile goes into a socket that may be dead,
// and coming back online syncs what was typed. The browser is stood in for as
// in collab-editor-session.test.ts, with window events that can be fired.
import { IDBFactory, IDBKeyRange } from "fake-indexeddb";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import WebSocket from "ws";
import * as Y from "yjs";
import type { Actor } from "@/lib/auth/actor";
import { loadEditorArticle } from "@/lib/articles/article-state";
import { createArticle } from "@/lib/articles/editing";
import { FIELDS_MAP } from "@/lib/collab/layout";
import { CollabSession } from "@/components/newsroom/editor/collab/session";
import { eventually, sessionCookie, startCollab, type RunningCollab } from "@/tests/support/collab";
import { freshDatabase, type TestDb } from "@/tests/support/db";

let t: TestDb;
let running: RunningCollab;
let hoa: Actor;
const sessions: CollabSession[] = [];
let listeners: Map<string, Set<() => void>>;
const browser = { onLine: true };

beforeAll(async () => {
  t = await freshDatabase();
  await t.db.section.create({ data: { name: "Thời sự", slug: "thoi-su" } });
  const u = await t.db.user.create({ data: { email: "hoa@example.com", displayName: "Hoa", role: "EDITOR", language: "en" } });
  hoa = { id: u.id, role: "EDITOR", displayName: "Hoa", penName: null };
  running = await startCollab(t.db);
});
afterAll(async () => {
  await running.stop();
  await t.db.$disconnect();
});

beforeEach(async () => {
  const { host } = new URL(running.url);
  const headers = { origin: running.origin, cookie: await sessionCookie(hoa) };
  class BrowserSocket extends WebSocket {
    constructor(address: string) {
      super(address, { headers });
    }
  }
  listeners = new Map();
  browser.onLine = true;
  vi.stubGlobal("WebSocket", BrowserSocket);
  vi.stubGlobal("window", {
    location: { protocol: "http:", host, reload() {} },
    addEventListener: (type: string, fn: () => void) => listeners.set(type, (listeners.get(type) ?? new Set()).add(fn)),
    removeEventListener: (type: string, fn: () => void) => listeners.get(type)?.delete(fn),
  });
  vi.stubGlobal("navigator", browser);
  vi.stubGlobal("indexedDB", new IDBFactory());
  vi.stubGlobal("IDBKeyRange", IDBKeyRange);
});
afterEach(() => {
  sessions.splice(0).forEach((s) => s.stop());
  vi.unstubAllGlobals();
});

/** The browser goes offline or comes back, as the window's events say. */
function setOnline(on: boolean) {
  browser.onLine = on;
  for (const fn of listeners.get(on ? "online" : "offline") ?? []) fn();
}

async function open(articleId: string) {
  const article = (await loadEditorArticle(t.db, articleId))!;
  const session = new CollabSession({
    articleId,
    userId: hoa.id,
    readOnly: false,
    stored: { version: article.version, updatedAt: article.updatedAt, slug: article.slug, pending: article.hasPendingChanges },
  });
  sessions.push(session);
  session.start();
  return { session, version: article.version };
}

const title = (s: CollabSession) => s.doc.getMap(FIELDS_MAP).get("title") as Y.Text;
const storedTitle = async (id: string) => (await loadEditorArticle(t.db, id))!.title;

describe("the editor's connection", () => {
  it("flush() asked for while the connection is still being made waits for it and stores", async () => {
    const id = await createArticle(t.db, hoa, { title: "Just opened" });
    const { session, version } = await open(id);
    expect(session.getSnapshot().status).toBe("connecting");
    const stored = await session.flush();
    expect(stored).not.toBeNull();
    expect(stored).toBeGreaterThanOrEqual(version);
  });

  it("is closed while the browser is offline, and syncs what was typed when it is back", async () => {
    const id = await createArticle(t.db, hoa, { title: "Storm" });
    const { session } = await open(id);
    await eventually(() => session.getSnapshot().status === "synced", "the first sync");
    expect(running.collab.stats().connections).toBe(1);

    setOnline(false);
    expect(session.getSnapshot().status).toBe("offline");
    await eventually(() => running.collab.stats().connections === 0, "the connection closed");
    title(session).insert(title(session).length, " in the west");
    // The server stores within 100 ms in these tests: nothing came.
    await new Promise((r) => setTimeout(r, 400));
    expect(await storedTitle(id)).toBe("Storm");
    expect(await session.flush()).toBeNull();

    setOnline(true);
    await eventually(() => session.getSnapshot().status === "synced", "synced again");
    await eventually(async () => (await storedTitle(id)) === "Storm in the west", "the offline edit stored");
  });
});
