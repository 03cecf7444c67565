// A burst of updates on one connection (typing held back by a slow or lost
// connection, sent all at once) is applied in full: each update is checked
// only once the one it builds on was applied (lib/collab/message-order.ts).
// Before that, the checks of a burst ran side by side and the later updates
// were refused as "referring to content the server does not have".
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import type { Actor } from "@/lib/auth/actor";
import { loadEditorArticle } from "@/lib/articles/article-state";
import { createArticle } from "@/lib/articles/editing";
import type { EditorFields } from "@/lib/articles/editor-state";
import { BODY_FIELD } from "@/lib/collab/layout";
import { checkInOrder } from "@/lib/collab/message-order";
import { connect, eventually, flush, sessionCookie, startCollab, type Client, type RunningCollab } from "@/tests/support/collab";
import { freshDatabase, type TestDb } from "@/tests/support/db";

let t: TestDb;
let running: RunningCollab;
let hoa: Actor;
const clients: Client[] = [];

beforeAll(async () => {
  t = await freshDatabase();
  await t.db.section.create({ data: { name: "Thời sự", slug: "thoi-su" } });
  const u = await t.db.user.create({ data: { email: "hoa@example.com", displayName: "Hoa", role: "EDITOR", language: "en" } });
  hoa = { id: u.id, role: "EDITOR", displayName: "Hoa", penName: null };
  running = await startCollab(t.db);
});
afterAll(async () => {
  clients.forEach((c) => c.destroy());
  await running.stop();
  await t.db.$disconnect();
});

describe("checkInOrder", () => {
  it("checks one connection's messages one after another, each after the one before was applied", async () => {
    const log: string[] = [];
    const hook = checkInOrder(async ({ n }: { connection: object; n: number }) => {
      log.push(`check ${n}`);
      // The first check waits longest: without the order, the others would overtake it.
      await new Promise((r) => setTimeout(r, n === 1 ? 30 : 1));
    });
    const connection = {};
    // As Hocuspocus does: apply each message once its hook settles.
    await Promise.all([1, 2, 3].map((n) => hook({ connection, n }).then(() => log.push(`apply ${n}`))));
    expect(log).toEqual(["check 1", "apply 1", "check 2", "apply 2", "check 3", "apply 3"]);
  });

  it("does not hold one connection's messages behind another's", async () => {
    const log: string[] = [];
    const hook = checkInOrder(async ({ n }: { connection: object; n: number }) => {
      await new Promise((r) => setTimeout(r, n === 1 ? 50 : 1));
      log.push(`checked ${n}`);
    });
    await Promise.all([hook({ connection: {}, n: 1 }), hook({ connection: {}, n: 2 })]);
    expect(log).toEqual(["checked 2", "checked 1"]);
  });
});

describe("a burst of updates", () => {
  it("is applied and stored in full", async () => {
    const body = { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "Start." }] }] } as EditorFields["body"];
    const id = await createArticle(t.db, hoa, { title: "Burst", body });
    const client = connect(running, id, await sessionCookie(hoa));
    clients.push(client);
    await client.synced;
    const text = (client.doc.getXmlFragment(BODY_FIELD).get(0) as Y.XmlElement).get(0) as Y.XmlText;
    const typed = " Roads are closed in three districts.";
    // One update per letter, all sent at once.
    for (const letter of typed) text.insert(text.length, letter);
    await flush(client);
    expect(client.closes).toEqual([]);
    const stored = await eventually(async () => {
      const row = await loadEditorArticle(t.db, id);
      return JSON.stringify(row!.body).includes(`Start.${typed}`) ? row : null;
    }, "the whole burst stored");
    expect(stored.body).toEqual({ type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: `Start.${typed}` }] }] });
  });
});
