// Two instances of the collaboration server sharing one document through
// Redis (REDIS_URL), as several app instances behind a load balancer do: a
// person on each instance sees the other's typing live, and what is stored
// holds both.
import { afterAll, beforeAll, expect, it } from "vitest";
import * as Y from "yjs";
import type { Actor } from "@/lib/auth/actor";
import { loadEditorArticle } from "@/lib/articles/article-state";
import { createArticle } from "@/lib/articles/editing";
import type { EditorFields } from "@/lib/articles/editor-state";
import { BODY_FIELD } from "@/lib/collab/layout";
import { connect, eventually, flush, sessionCookie, startCollab, type Client, type RunningCollab } from "@/tests/support/collab";
import { freshDatabase, type TestDb } from "@/tests/support/db";
import { withRedis } from "@/tests/support/redis";

const redis = withRedis();
let t: TestDb;
let one: RunningCollab;
let two: RunningCollab;
const clients: Client[] = [];
let editor: Actor;
let desk: Actor;

beforeAll(async () => {
  t = await freshDatabase();
  await t.db.section.create({ data: { name: "Kinh tế", slug: "kinh-te" } });
  const make = async (name: string): Promise<Actor> => {
    const u = await t.db.user.create({ data: { email: `${name}@example.com`, displayName: name, role: "EDITOR", language: "en" } });
    return { id: u.id, role: "EDITOR", displayName: name, penName: null };
  };
  editor = await make("hoa");
  desk = await make("minh");
  one = await startCollab(t.db, { redisUrl: redis.url });
  two = await startCollab(t.db, { redisUrl: redis.url });
});
afterAll(async () => {
  clients.forEach((c) => c.destroy());
  await one?.stop();
  await two?.stop();
  await t?.db.$disconnect();
});

it("relays each instance's changes to the other and stores both", async () => {
  const body = { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "Giá lúa hôm nay." }] }] } as EditorFields["body"];
  const id = await createArticle(t.db, editor, { title: "Hai máy chủ", body });
  const a = connect(one, id, await sessionCookie(editor));
  const b = connect(two, id, await sessionCookie(desk));
  clients.push(a, b);
  await Promise.all([a.synced, b.synced]);
  const typeAt = (client: Client, text: string) => ((client.doc.getXmlFragment(BODY_FIELD).get(0) as Y.XmlElement).get(0) as Y.XmlText).insert(0, text);
  typeAt(a, "Instance one. ");
  typeAt(b, "Instance two. ");
  const both = (client: Client) => {
    const text = client.doc.getXmlFragment(BODY_FIELD).toString();
    return text.includes("Instance one.") && text.includes("Instance two.");
  };
  await eventually(() => both(a) && both(b), "each instance's change at the other");
  expect(a.doc.getXmlFragment(BODY_FIELD).toString()).toBe(b.doc.getXmlFragment(BODY_FIELD).toString());
  await flush(a);
  await flush(b);
  const stored = JSON.stringify((await loadEditorArticle(t.db, id))!.body);
  expect(stored).toContain("Instance one. ");
  expect(stored).toContain("Instance two. ");
});
