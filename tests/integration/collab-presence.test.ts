// Presence that tells the truth, against the real collaboration server: a
// person who leaves drops off the others' presence within seconds however
// they go (closing the editor, their socket cut, their network gone silent),
// not after Yjs's 30-second awareness timeout; and the editor's session says
// whether its person edits or only views, following the server's verdict live.
import { IDBFactory, IDBKeyRange } from "fake-indexeddb";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import WebSocket from "ws";
import type { Actor } from "@/lib/auth/actor";
import { loadEditorArticle } from "@/lib/articles/article-state";
import { createArticle } from "@/lib/articles/editing";
import { transition } from "@/lib/articles/workflow";
import type { EditorFields } from "@/lib/articles/editor-state";
import { CollabSession } from "@/components/newsroom/editor/collab/session";
import { collabUser, USER_FIELD } from "@/components/newsroom/editor/collab/awareness";
import { connect, eventually, sessionCookie, startCollab, type Client, type RunningCollab } from "@/tests/support/collab";
import { announce, cutSocket, namesSeenBy, othersSeenBy, silenceSocket } from "@/tests/support/presence";
import { freshDatabase, type TestDb } from "@/tests/support/db";

/** "Within seconds": the others see a departure this fast (the 30-second timeout would fail it). */
const LEAVES_WITHIN_MS = 3000;

let t: TestDb;
let running: RunningCollab;
const people: Record<string, Actor> = {};
const clients: Client[] = [];
const body = { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "Mưa lớn ở miền Tây." }] }] } as EditorFields["body"];

beforeAll(async () => {
  t = await freshDatabase();
  await t.db.section.create({ data: { name: "Thời sự", slug: "thoi-su" } });
  for (const [name, role] of [["Hoa", "EDITOR"], ["Minh", "EDITOR"], ["Nam", "REPORTER"]] as const) {
    const u = await t.db.user.create({ data: { email: `${name.toLowerCase()}@example.com`, displayName: name, role, language: "en" } });
    people[name] = { id: u.id, role, displayName: name, penName: null };
  }
  // Pings every half second: a silent network is noticed within a second or so.
  running = await startCollab(t.db, { pingMs: 500 });
});
afterAll(async () => {
  clients.forEach((c) => c.destroy());
  await running.stop();
  await t.db.$disconnect();
});

async function as(name: string, articleId: string): Promise<Client> {
  const client = connect(running, articleId, await sessionCookie(people[name]));
  clients.push(client);
  await client.synced;
  return client;
}

/** Hoa and Minh in one article, each seeing the other. */
async function pair() {
  const id = await createArticle(t.db, people.Hoa, { title: "Hai người", body });
  const hoa = await as("Hoa", id);
  const minh = await as("Minh", id);
  const me = announce(hoa, people.Hoa.id, "Hoa");
  announce(minh, people.Minh.id, "Minh");
  await eventually(() => namesSeenBy(hoa, me).includes("Minh"), "Hoa to see Minh");
  return { hoa, minh, me };
}

/** How long until `client` no longer sees Minh (fails after 10 s). */
async function timeUntilMinhGone(client: Client, me: ReturnType<typeof collabUser>, leave: () => void): Promise<number> {
  const start = Date.now();
  leave();
  await eventually(() => !namesSeenBy(client, me).includes("Minh"), "Minh to drop off the presence", 10_000);
  return Date.now() - start;
}

describe("someone who leaves drops off within seconds", () => {
  it("when they close the editor", async () => {
    const { hoa, minh, me } = await pair();
    expect(await timeUntilMinhGone(hoa, me, () => minh.destroy())).toBeLessThan(LEAVES_WITHIN_MS);
  });

  it("when their socket is cut without a goodbye", async () => {
    const { hoa, minh, me } = await pair();
    expect(await timeUntilMinhGone(hoa, me, () => cutSocket(minh))).toBeLessThan(LEAVES_WITHIN_MS);
  });

  it("when their network goes silent, the socket still open", async () => {
    const { hoa, minh, me } = await pair();
    expect(await timeUntilMinhGone(hoa, me, () => silenceSocket(minh))).toBeLessThan(LEAVES_WITHIN_MS);
    cutSocket(minh); // a paused socket would hold the server's shutdown for its close timeout
  });
});

describe("the editor's session says whether its person edits or views", () => {
  const sessions: CollabSession[] = [];
  let cookie = "";
  afterEach(() => {
    sessions.splice(0).forEach((s) => s.stop());
    vi.unstubAllGlobals();
  });

  /** Opens the article in the editor's session as `name` (a browser stood in for, as in collab-editor-session.test.ts). */
  async function openEditor(name: string, articleId: string, readOnly: boolean) {
    cookie = await sessionCookie(people[name]);
    const { host } = new URL(running.url);
    const origin = running.origin;
    class BrowserSocket extends WebSocket {
      constructor(address: string) {
        super(address, { headers: { origin, cookie } });
      }
    }
    vi.stubGlobal("WebSocket", BrowserSocket);
    vi.stubGlobal("window", { location: { protocol: "http:", host }, addEventListener() {}, removeEventListener() {} });
    vi.stubGlobal("navigator", { onLine: true });
    vi.stubGlobal("indexedDB", new IDBFactory());
    vi.stubGlobal("IDBKeyRange", IDBKeyRange);
    const article = (await loadEditorArticle(t.db, articleId))!;
    const session = new CollabSession({
      articleId,
      userId: people[name].id,
      readOnly,
      stored: { version: article.version, updatedAt: article.updatedAt, slug: article.slug, pending: article.hasPendingChanges },
    });
    sessions.push(session);
    session.start();
    // The editor announces its person (useCollaborators).
    session.getSnapshot().provider!.setAwarenessField(USER_FIELD, collabUser(people[name].id, name));
    return session;
  }

  const modeOfNam = (desk: Client, me: ReturnType<typeof collabUser>) => othersSeenBy(desk, me).find((o) => o.name === "Nam")?.mode;

  it("a reporter on someone else's story is viewing", async () => {
    const id = await createArticle(t.db, people.Hoa, { title: "Bài của Hoa", body });
    const desk = await as("Hoa", id);
    const me = announce(desk, people.Hoa.id, "Hoa");
    // Even if the page thought they could edit, the server's verdict decides.
    const session = await openEditor("Nam", id, false);
    await eventually(() => modeOfNam(desk, me) === "viewing", "Nam to be viewing in Hoa's presence");
    expect(session.getSnapshot().readOnly).toBe(true);
  });

  it("a reporter on their own draft is editing, and viewing once it goes to review, live", async () => {
    const id = await createArticle(t.db, people.Nam, { title: "Bài của Nam", body });
    const desk = await as("Hoa", id);
    const me = announce(desk, people.Hoa.id, "Hoa");
    const session = await openEditor("Nam", id, false);
    await eventually(() => session.getSnapshot().serverSynced, "Nam's editor to sync");
    expect(await eventually(() => modeOfNam(desk, me), "Nam in Hoa's presence")).toBe("editing");
    await transition(t.db, people.Nam, { articleId: id, action: "submit" });
    await eventually(() => modeOfNam(desk, me) === "viewing", "Nam to be viewing once the story is in review");
    expect(session.getSnapshot().readOnly).toBe(true);
  });
});
