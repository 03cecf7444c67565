// The collaboration server against a real database, with Hocuspocus providers
// connecting the way the editor does: who may connect and write, the checks
// on every update, what is stored, revisions with every contributor, live
// changes from the JSON save API, and connections closed when a session ends.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import type { Actor } from "@/lib/auth/actor";
import { loadEditorArticle } from "@/lib/articles/article-state";
import { createArticle, saveArticle } from "@/lib/articles/editing";
import { REVISION_INTERVAL_MS } from "@/lib/articles/field-writes";
import type { EditorFields } from "@/lib/articles/editor-state";
import { transition } from "@/lib/articles/workflow";
import { BODY_FIELD, FIELDS_MAP } from "@/lib/collab/layout";
import { BODY_LIMITS } from "@/lib/content/body";
import { readLiveSession } from "@/lib/auth/ended-sessions";
import { connect, eventually, flush, sessionCookie, startCollab, TEST_SECRET, type Client, type RunningCollab } from "@/tests/support/collab";
import { freshDatabase, type TestDb } from "@/tests/support/db";

let t: TestDb;
let running: RunningCollab;
const people: Record<string, Actor> = {};
const clients: Client[] = [];

const p = (text: string) => ({ type: "paragraph", content: [{ type: "text", text }] });
const doc = (...content: unknown[]) => ({ type: "doc", content }) as EditorFields["body"];

beforeAll(async () => {
  t = await freshDatabase();
  await t.db.section.create({ data: { name: "Thời sự", slug: "thoi-su" } });
  for (const [name, role] of [["Hoa", "EDITOR"], ["Minh", "EDITOR"], ["Nam", "REPORTER"], ["Lan", "REPORTER"]] as const) {
    const u = await t.db.user.create({ data: { email: `${name.toLowerCase()}@example.com`, displayName: name, role, language: "en" } });
    people[name] = { id: u.id, role, displayName: name, penName: null };
  }
  running = await startCollab(t.db);
});
afterAll(async () => {
  clients.forEach((c) => c.destroy());
  await running.stop();
  await t.db.$disconnect();
});

async function as(name: string, articleId: string, origin?: string): Promise<Client> {
  const client = connect(running, articleId, await sessionCookie(people[name]), origin);
  clients.push(client);
  return client;
}

/** Types `text` at the start of the body's first paragraph. */
function typeInBody(client: Client, text: string, index = 0) {
  const paragraph = client.doc.getXmlFragment(BODY_FIELD).get(0) as Y.XmlElement;
  let inner = paragraph.get(0) as Y.XmlText | undefined;
  if (!inner) {
    inner = new Y.XmlText();
    paragraph.insert(0, [inner]);
  }
  inner.insert(index, text);
}

function field(client: Client, name: string): Y.Text {
  return client.doc.getMap(FIELDS_MAP).get(name) as Y.Text;
}

async function stored(articleId: string) {
  return (await loadEditorArticle(t.db, articleId))!;
}

describe("who may connect", () => {
  it("refuses a connection without a session, and an upgrade from another site", async () => {
    const id = await createArticle(t.db, people.Hoa, { title: "Closed door", body: doc(p("Text.")) });
    const anonymous = connect(running, id, null);
    clients.push(anonymous);
    await eventually(() => anonymous.closes.some((c) => c.includes("session-ended")), "the refusal of an anonymous connection");
    const foreign = await as("Hoa", id, "https://evil.example");
    await new Promise((r) => setTimeout(r, 500));
    expect(foreign.provider.isSynced).toBe(false);
    expect(running.collab.stats().connections).toBe(0);
  });

  it("lets the owner and editors write, and another reporter only read", async () => {
    const id = await createArticle(t.db, people.Nam, { title: "Nam's draft", body: doc(p("First words.")) });
    const owner = await as("Nam", id);
    const other = await as("Lan", id);
    await Promise.all([owner.synced, other.synced]);
    typeInBody(other, "Lan was here. ");
    field(other, "title").insert(0, "Hijacked ");
    await flush(other);
    typeInBody(owner, "Nam adds. ");
    await flush(owner);
    const after = await stored(id);
    expect(after.title).toBe("Nam's draft");
    expect(JSON.stringify(after.body)).toContain("Nam adds. First words.");
    expect(JSON.stringify(after.body)).not.toContain("Lan was here");
    // The owner's copy never received the reader's change.
    expect(owner.doc.getXmlFragment(BODY_FIELD).toString()).not.toContain("Lan was here");
  });

  it("turns a reporter's editor read-only, live, when the story goes to review", async () => {
    const id = await createArticle(t.db, people.Nam, { title: "To review", body: doc(p("Ready.")) });
    const owner = await as("Nam", id);
    await owner.synced;
    const { version } = await stored(id);
    await transition(t.db, people.Nam, { articleId: id, action: "submit", baseVersion: version });
    await eventually(() => owner.messages.some((m) => m.type === "access" && m.readOnly === true), "the read-only notice");
  });
});

describe("the server is the authority", () => {
  it("refuses a forged javascript: link: the sender is closed, the others never see it, nothing is stored", async () => {
    const id = await createArticle(t.db, people.Hoa, { title: "Forgery", body: doc(p("Clean.")) });
    const forger = await as("Hoa", id);
    const witness = await as("Minh", id);
    await Promise.all([forger.synced, witness.synced]);
    const paragraph = new Y.XmlElement("paragraph");
    const text = new Y.XmlText();
    paragraph.insert(0, [text]);
    text.insert(0, "click me", { link: { href: "javascript:alert(1)" } });
    forger.doc.getXmlFragment(BODY_FIELD).insert(1, [paragraph]);
    await eventually(() => forger.closes.some((c) => c.includes("update-refused")), "the refusal of the forged update");
    await flush(witness);
    expect(witness.doc.getXmlFragment(BODY_FIELD).toString()).not.toContain("click me");
    expect(JSON.stringify((await stored(id)).body)).not.toContain("javascript");
  });

  it("refuses an unknown element and an image that is not in the media library", async () => {
    const id = await createArticle(t.db, people.Hoa, { title: "More forgeries", body: doc(p("Clean.")) });
    const script = await as("Hoa", id);
    await script.synced;
    script.doc.getXmlFragment(BODY_FIELD).insert(0, [new Y.XmlElement("script")]);
    await eventually(() => script.closes.some((c) => c.includes("update-refused")), "the refusal of <script>");
    const image = await as("Minh", id);
    await image.synced;
    const figure = new Y.XmlElement("figure");
    figure.setAttribute("src", "/media/not-ours.webp");
    figure.setAttribute("mediaId", "not-in-the-library");
    image.doc.getXmlFragment(BODY_FIELD).insert(0, [figure]);
    await eventually(() => image.closes.some((c) => c.includes("update-refused")), "the refusal of a foreign image");
    const body = JSON.stringify((await stored(id)).body);
    expect(body).not.toContain("script");
    expect(body).not.toContain("not-in-the-library");
  });

  it("refuses the update that would make the text longer than the limit, though each update alone is within it", async () => {
    const id = await createArticle(t.db, people.Hoa, { title: "Too long", body: doc(p("Start.")) });
    const client = await as("Hoa", id);
    await client.synced;
    const half = "x".repeat(Math.ceil(BODY_LIMITS.maxTextChars / 2) + 10);
    typeInBody(client, half);
    await flush(client);
    expect(client.closes).toEqual([]);
    typeInBody(client, half);
    await eventually(() => client.closes.some((c) => c.includes("too long")), "the refusal of the oversized text");
    expect(JSON.stringify((await stored(id)).body).length).toBeLessThan(BODY_LIMITS.maxTextChars);
  });

  it("keeps a field the rules refuse out of the article, tells the editors, and loses no words", async () => {
    const id = await createArticle(t.db, people.Hoa, { title: "Short", body: doc(p("Body.")) });
    const client = await as("Hoa", id);
    await client.synced;
    field(client, "title").insert(5, " ".padEnd(400, "x"));
    await flush(client);
    await eventually(() => client.messages.some((m) => m.type === "invalid"), "the invalid notice");
    expect((await stored(id)).title).toBe("Short");
    const state = await t.db.articleDocument.findUniqueOrThrow({ where: { articleId: id } });
    const copy = new Y.Doc();
    Y.applyUpdate(copy, new Uint8Array(state.state));
    expect((copy.getMap(FIELDS_MAP).get("title") as Y.Text).toString().length).toBeGreaterThan(400);
  });
});

describe("storage and history", () => {
  it("stores what two people typed at once, and the revision credits both", async () => {
    const id = await createArticle(t.db, people.Hoa, { title: "Together", body: doc(p("Base.")) });
    await t.db.revision.updateMany({ where: { articleId: id }, data: { createdAt: new Date(Date.now() - REVISION_INTERVAL_MS - 1000) } });
    const hoa = await as("Hoa", id);
    const minh = await as("Minh", id);
    await Promise.all([hoa.synced, minh.synced]);
    typeInBody(hoa, "Hoa. ");
    typeInBody(minh, "Minh. ");
    await eventually(() => hoa.doc.getXmlFragment(BODY_FIELD).toString().includes("Minh."), "Minh's words at Hoa's");
    await flush(hoa);
    const text = JSON.stringify((await stored(id)).body);
    expect(text).toContain("Hoa. ");
    expect(text).toContain("Minh. ");
    const revision = await t.db.revision.findFirstOrThrow({ where: { articleId: id }, orderBy: { createdAt: "desc" }, include: { contributors: true } });
    expect(revision.contributors.map((c) => c.userId).sort()).toEqual([people.Hoa.id, people.Minh.id].sort());
  });

  it("applies a save through the JSON API to the open document, live, without wiping what was typed", async () => {
    const id = await createArticle(t.db, people.Hoa, { title: "API and editor", body: doc(p("Paragraph one."), p("Paragraph two.")) });
    const client = await as("Minh", id);
    await client.synced;
    typeInBody(client, "Typed live. ");
    await flush(client);
    const base = await stored(id);
    const { id: _i, version, status: _s, updatedAt: _u, hasPendingChanges: _h, reviewNote: _r, ...fields } = base;
    const outcome = await saveArticle(t.db, people.Hoa, { ...fields, lead: "From a script", articleId: id, baseVersion: version });
    expect(outcome.kind).toBe("saved");
    await eventually(() => field(client, "lead")?.toString() === "From a script", "the API's lead in the open editor");
    typeInBody(client, "More. ");
    await flush(client);
    const after = await stored(id);
    expect(after.lead).toBe("From a script");
    expect(JSON.stringify(after.body)).toContain("More. Typed live. Paragraph one.");
  });
});

describe("sessions end", () => {
  it("closes the connections of a disabled user and of a session signed out, within seconds", async () => {
    const id = await createArticle(t.db, people.Hoa, { title: "Closing", body: doc(p("Text.")) });
    const minh = await as("Minh", id);
    const cookie = await sessionCookie(people.Hoa);
    const hoa = connect(running, id, cookie);
    clients.push(hoa);
    const { jti } = (await readLiveSession(cookie, TEST_SECRET))!;
    await Promise.all([minh.synced, hoa.synced]);
    await t.db.user.update({ where: { id: people.Minh.id }, data: { disabledAt: new Date() } });
    await t.db.endedSession.create({ data: { jti, userId: people.Hoa.id, expiresAt: new Date(Date.now() + 3600_000) } });
    await eventually(() => minh.closes.some((c) => c.includes("session-ended")), "the disabled user's connection to close", 3000);
    await eventually(() => hoa.closes.some((c) => c.includes("session-ended")), "the signed-out session's connection to close", 3000);
    await t.db.user.update({ where: { id: people.Minh.id }, data: { disabledAt: null } });
  });
});
