// Presence across two instances of the collaboration server sharing documents
// through Redis: when the person leaving was the last one on their instance,
// the others (on the other instance) still see them go within seconds.
// Hocuspocus's Redis extension dropped that departure (lib/collab/redis-relay.ts)
// and they stayed for Yjs's 30-second awareness timeout.
import { afterAll, beforeAll, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { createArticle } from "@/lib/articles/editing";
import type { EditorFields } from "@/lib/articles/editor-state";
import { connect, eventually, sessionCookie, startCollab, type Client, type RunningCollab } from "@/tests/support/collab";
import { announce, cutSocket, namesSeenBy } from "@/tests/support/presence";
import { freshDatabase, type TestDb } from "@/tests/support/db";
import { withRedis } from "@/tests/support/redis";

const LEAVES_WITHIN_MS = 3000;
const redis = withRedis();
let t: TestDb;
let one: RunningCollab;
let two: RunningCollab;
const people: Record<string, Actor> = {};
const clients: Client[] = [];
const body = { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "Giá lúa hôm nay." }] }] } as EditorFields["body"];

beforeAll(async () => {
  t = await freshDatabase();
  await t.db.section.create({ data: { name: "Kinh tế", slug: "kinh-te" } });
  for (const name of ["Hoa", "Minh"]) {
    const u = await t.db.user.create({ data: { email: `${name.toLowerCase()}@example.com`, displayName: name, role: "EDITOR", language: "en" } });
    people[name] = { id: u.id, role: "EDITOR", displayName: name, penName: null };
  }
  one = await startCollab(t.db, { redisUrl: redis.url });
  two = await startCollab(t.db, { redisUrl: redis.url });
});
afterAll(async () => {
  clients.forEach((c) => c.destroy());
  await one?.stop();
  await two?.stop();
  await t?.db.$disconnect();
});

for (const [how, leave] of [
  ["closes the editor", (c: Client) => c.destroy()],
  ["has their socket cut", cutSocket],
] as const) {
  it(`someone alone on their instance who ${how} drops off the presence on the other instance within seconds`, async () => {
    const id = await createArticle(t.db, people.Hoa, { title: `Hai máy chủ: ${how}`, body });
    const hoa = connect(one, id, await sessionCookie(people.Hoa));
    const minh = connect(two, id, await sessionCookie(people.Minh));
    clients.push(hoa, minh);
    await Promise.all([hoa.synced, minh.synced]);
    const me = announce(hoa, people.Hoa.id, "Hoa");
    announce(minh, people.Minh.id, "Minh");
    await eventually(() => namesSeenBy(hoa, me).includes("Minh"), "Hoa (instance one) to see Minh (instance two)", 10_000);
    const start = Date.now();
    leave(minh);
    await eventually(() => !namesSeenBy(hoa, me).includes("Minh"), "Minh to drop off Hoa's presence", 10_000);
    expect(Date.now() - start).toBeLessThan(LEAVES_WITHIN_MS);
  });
}
