// Delivering the webhook outbox (lib/webhooks/worker.ts and what it uses)
// against a real database and a local receiver (tests/support/webhook-receiver.ts,
// on 127.0.0.1, so the setting webhooksAllowLoopbackHttp is on unless a test
// says otherwise). The worker's clock is the test's: 24 hours pass in a moment.
// Events and deliveries are written as the outbox writes them (one event, a
// delivery per endpoint), directly: how they get there is webhook-outbox's test.
process.env.AUTH_SECRET ??= "webhook delivery test secret, long enough to derive keys";
import { Webhook } from "standardwebhooks";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { resolveDatabaseUrl } from "@/lib/db/adapter";
import { createPrismaClient, type Db } from "@/lib/db/client";
import { UserError } from "@/lib/errors/user-error";
import { list } from "@/lib/notifications/queries";
import { listDeliveries } from "@/lib/webhooks/delivery-log";
import { newMessageId } from "@/lib/webhooks/events";
import { nudgeWebhooks } from "@/lib/webhooks/nudge";
import { redeliver } from "@/lib/webhooks/redeliver";
import { newSigningSecret, sealSecret } from "@/lib/webhooks/secret-box";
import { startWebhookWorker, type WebhookWorker } from "@/lib/webhooks/worker";
import { freshDatabase, type TestDb } from "@/tests/support/db";
import { startReceiver, type Receiver } from "@/tests/support/webhook-receiver";

const HOUR = 3_600_000;
let t: TestDb;
let receiver: Receiver;
let admin: { id: string; ip: string };
let clock: number;
const now = () => new Date(clock);
let workers: WebhookWorker[] = [];

function worker(db: Db = t.db, instanceId = "test-1") {
  const w = startWebhookWorker(db, { instanceId, now, pollMs: 0, nudges: false, random: () => 0.5 });
  workers.push(w);
  return w;
}

async function setting(key: "webhooksAllowLoopbackHttp" | "webhooksAllowPrivateNetworks", on: boolean) {
  const value = JSON.stringify(on);
  await t.db.setting.upsert({ where: { key }, create: { key, value }, update: { value } });
}

async function endpoint(url: string, createdById: string | null = admin.id) {
  const secret = newSigningSecret();
  const row = await t.db.webhookEndpoint.create({ data: { url: url.startsWith("/") ? receiver.base + url : url, events: '["article.published"]', secret: sealSecret(secret), createdById } });
  return { id: row.id, secret };
}

/** `n` events, each with a delivery to each of `endpointIds`, due now; their ids. */
async function queue(endpointIds: string[], n = 1): Promise<string[]> {
  const events = Array.from({ length: n }, (_, i) => ({
    id: newMessageId(),
    type: "article.published",
    articleId: null,
    payload: JSON.stringify({ type: "article.published", timestamp: now().toISOString(), data: { id: `a${i}`, title: `Tin số ${i}` } }),
    createdAt: now(),
  }));
  await t.db.webhookEvent.createMany({ data: events });
  await t.db.webhookDelivery.createMany({ data: events.flatMap((e) => endpointIds.map((endpointId) => ({ eventId: e.id, endpointId, nextAttemptAt: now(), createdAt: now() }))) });
  return events.map((e) => e.id);
}

const deliveryOf = (eventId: string) => t.db.webhookDelivery.findFirstOrThrow({ where: { eventId }, include: { attemptLog: { orderBy: { attempt: "asc" } } } });

beforeAll(async () => {
  t = await freshDatabase();
  receiver = await startReceiver();
  const user = await t.db.user.create({ data: { email: "admin@example.com", displayName: "Quản trị", role: "ADMIN" } });
  admin = { id: user.id, ip: "203.0.113.9" };
});
afterAll(async () => {
  await receiver.close();
  await t.db.$disconnect();
});
beforeEach(async () => {
  clock = Date.now();
  await setting("webhooksAllowLoopbackHttp", true);
});
afterEach(async () => {
  await Promise.all(workers.map((w) => w.stop()));
  workers = [];
  // What a test left pending must not go out in the next one.
  await t.db.webhookEndpoint.updateMany({ data: { enabled: false } });
});

describe("a delivery", () => {
  it("arrives signed: the standardwebhooks package verifies it, and refuses it tampered with", async () => {
    const { id, secret } = await endpoint("/signed");
    const [eventId] = await queue([id]);
    expect(await worker().tick()).toBe(1);
    const [got] = receiver.at("/signed");
    expect(got.headers).toMatchObject({ "webhook-id": eventId, "content-type": "application/json", "user-agent": expect.stringMatching(/^Sapo-Webhooks\//) });
    expect(Number(got.headers["webhook-timestamp"])).toBe(Math.floor(clock / 1000));
    const headers = got.headers as Record<string, string>;
    expect(new Webhook(secret).verify(got.body, headers)).toMatchObject({ type: "article.published", data: { title: "Tin số 0" } });
    expect(() => new Webhook(secret).verify(got.body.replace("Tin số 0", "Tin giả"), headers)).toThrow();
    expect(() => new Webhook(newSigningSecret()).verify(got.body, headers)).toThrow();
    const delivery = await deliveryOf(eventId);
    expect(delivery).toMatchObject({ status: "delivered", attempts: 1, lastStatus: 204, lastError: null, leaseUntil: null, deliveredAt: now() });
    expect(delivery.attemptLog).toMatchObject([{ attempt: 1, statusCode: 204, error: null }]);
  });

  it("goes out at once on a nudge, without waiting for a poll", async () => {
    const { id } = await endpoint("/nudged");
    workers.push(startWebhookWorker(t.db, { instanceId: "nudged", pollMs: 0 }));
    await queue([id]);
    const started = performance.now();
    nudgeWebhooks();
    await expect.poll(() => receiver.at("/nudged").length, { timeout: 2000, interval: 20 }).toBe(1);
    expect(receiver.at("/nudged")[0].at - started).toBeLessThan(2000);
  });

  it("is not sent when its secret cannot be opened (AUTH_SECRET changed): a failed try, logged", async () => {
    const row = await t.db.webhookEndpoint.create({ data: { url: `${receiver.base}/resealed`, secret: sealSecret(newSigningSecret(), "another server's secret") } });
    const [eventId] = await queue([row.id]);
    await worker().tick();
    expect(receiver.at("/resealed")).toHaveLength(0);
    expect(await deliveryOf(eventId)).toMatchObject({ status: "pending", attempts: 1, lastError: expect.stringMatching(/^secret: /) });
  });
});

describe("retries", () => {
  it("a receiver that fails and recovers gets the same event again after the backoff, every try logged", async () => {
    const { id } = await endpoint("/flaky");
    receiver.answer("/flaky", (res, n) => res.writeHead(n < 2 ? 500 : 200).end("ok"));
    const [eventId] = await queue([id]);
    const w = worker();
    expect(await w.tick()).toBe(1);
    let delivery = await deliveryOf(eventId);
    expect(delivery).toMatchObject({ status: "pending", attempts: 1, lastStatus: 500 });
    expect(delivery.nextAttemptAt.getTime() - clock).toBe(5_000); // 5 s, jitter at its middle
    expect((await t.db.webhookEndpoint.findUniqueOrThrow({ where: { id } })).failingSince).toEqual(now());
    expect(await w.tick()).toBe(0); // not before its time
    clock += 5_000;
    expect(await w.tick()).toBe(1);
    delivery = await deliveryOf(eventId);
    expect(delivery.nextAttemptAt.getTime() - clock).toBe(25_000);
    clock += 25_000;
    expect(await w.tick()).toBe(1);
    delivery = await deliveryOf(eventId);
    expect(delivery).toMatchObject({ status: "delivered", attempts: 3, lastStatus: 200, lastError: null });
    expect(delivery.attemptLog.map((a) => [a.attempt, a.statusCode])).toEqual([[1, 500], [2, 500], [3, 200]]);
    expect(receiver.at("/flaky").map((r) => r.headers["webhook-id"])).toEqual([eventId, eventId, eventId]);
    expect((await t.db.webhookEndpoint.findUniqueOrThrow({ where: { id } })).failingSince).toBeNull();

    const log = await listDeliveries(t.db, id);
    expect(log).toMatchObject({ next: null, items: [{ eventId, eventType: "article.published", status: "delivered", attempts: 3, lastStatus: 200 }] });
    expect(log.items[0].log.map((a) => a.statusCode)).toEqual([500, 500, 200]);
  });

  it("24 hours of failures: the delivery fails for good, the endpoint is turned off and its admin told", async () => {
    const { id } = await endpoint("/down");
    receiver.answer("/down", (res) => res.writeHead(503).end());
    const start = clock;
    const [eventId] = await queue([id]);
    const w = worker();
    for (let i = 0; i < 30; i++) {
      await w.tick();
      const d = await deliveryOf(eventId);
      if (d.status !== "pending") break;
      clock = d.nextAttemptAt.getTime();
    }
    const delivery = await deliveryOf(eventId);
    expect(delivery.status).toBe("failed");
    expect(delivery.attempts).toBeGreaterThan(8);
    expect(delivery.attemptLog.at(-1)!.createdAt.getTime()).toBe(start + 24 * HOUR);
    const row = await t.db.webhookEndpoint.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ enabled: false, disabledReason: "failing", disabledAt: new Date(start + 24 * HOUR) });
    expect(await t.db.auditEvent.count({ where: { action: "webhook.disabled", targetId: id } })).toBe(1);

    const page = await list(t.db, admin.id);
    expect(page.items[0]).toMatchObject({ kind: "webhookDisabled", endpointId: id, endpointName: new URL(receiver.base).host, href: `/newsroom/api/webhooks/${id}` });
    expect(await t.db.notification.findFirstOrThrow({ where: { endpointId: id } })).toMatchObject({ userId: admin.id, articleId: null });

    // Off: what comes for it now waits, unsent.
    const sent = receiver.at("/down").length;
    const [later] = await queue([id]);
    clock += HOUR;
    await w.tick();
    expect(receiver.at("/down").length).toBe(sent);
    expect(await deliveryOf(later)).toMatchObject({ status: "pending", attempts: 0 });
  });

  it("an endpoint whose creator is no longer an admin: every active admin is told", async () => {
    const editor = await t.db.user.create({ data: { email: "ed@example.com", displayName: "Ed", role: "EDITOR" } });
    const other = await t.db.user.create({ data: { email: "admin2@example.com", displayName: "Admin 2", role: "ADMIN" } });
    await t.db.user.create({ data: { email: "gone@example.com", displayName: "Gone", role: "ADMIN", disabledAt: new Date() } });
    const { id } = await endpoint("/down2", editor.id);
    receiver.answer("/down2", (res) => res.writeHead(500).end());
    await t.db.webhookEndpoint.update({ where: { id }, data: { failingSince: new Date(clock - 24 * HOUR) } });
    await queue([id]);
    await worker().tick();
    expect((await t.db.webhookEndpoint.findUniqueOrThrow({ where: { id } })).enabled).toBe(false);
    const told = await t.db.notification.findMany({ where: { endpointId: id }, select: { userId: true } });
    expect(told.map((n) => n.userId).sort()).toEqual([admin.id, other.id].sort());
  });
});

describe("an endpoint deleted while its delivery is in flight", () => {
  it("costs the other tries recorded with it nothing", async () => {
    const gone = await endpoint("/deleted-meanwhile");
    const kept = await endpoint("/kept");
    // Deleted (with its deliveries) while the request is being answered, so its try has no row left to log to.
    receiver.answer("/deleted-meanwhile", (res) => void t.db.webhookEndpoint.delete({ where: { id: gone.id } }).then(() => res.writeHead(204).end()));
    receiver.answer("/kept", (res) => setTimeout(() => res.writeHead(204).end(), 50));
    const [, keptEvent] = [...(await queue([gone.id])), ...(await queue([kept.id], 3))];
    await worker().tick();
    expect(await t.db.webhookDelivery.count({ where: { endpointId: gone.id } })).toBe(0);
    expect(await t.db.webhookDelivery.count({ where: { endpointId: kept.id, status: "delivered", attempts: 1 } })).toBe(3);
    expect((await deliveryOf(keptEvent)).attemptLog).toHaveLength(1);
  });
});

describe("redeliver", () => {
  it("sends a delivered event again (same webhook-id), audited; refused while the endpoint is off", async () => {
    const { id } = await endpoint("/again");
    const [eventId] = await queue([id]);
    const w = worker();
    await w.tick();
    const delivery = await deliveryOf(eventId);
    await redeliver(t.db, admin, { deliveryId: delivery.id }, now());
    expect(await deliveryOf(eventId)).toMatchObject({ status: "pending", deliveredAt: null });
    expect(await w.tick()).toBe(1);
    expect(receiver.at("/again").map((r) => r.headers["webhook-id"])).toEqual([eventId, eventId]);
    expect(await deliveryOf(eventId)).toMatchObject({ status: "delivered", attempts: 2 });
    expect(await t.db.auditEvent.findFirst({ where: { action: "webhook.redelivered", targetId: id } })).toMatchObject({ actorId: admin.id });

    await t.db.webhookEndpoint.update({ where: { id }, data: { enabled: false } });
    const refusal = await redeliver(t.db, admin, { deliveryId: delivery.id }, now()).catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(UserError);
    expect((refusal as UserError).key).toBe("apiAdmin.errors.redeliverDisabled");
  });
});

describe("two instances", () => {
  it("drain 320 deliveries concurrently, each sent exactly once", async () => {
    const second = createPrismaClient(resolveDatabaseUrl(t.url));
    try {
      const { id } = await endpoint("/many");
      const ids = await queue([id], 320);
      const a = worker(t.db, "instance-a");
      const b = worker(second, "instance-b");
      const [byA, byB] = await Promise.all([a.tick(), b.tick()]);
      expect(byA + byB).toBe(320);
      expect(Math.min(byA, byB)).toBeGreaterThan(0);
      const got = receiver.at("/many").map((r) => String(r.headers["webhook-id"]));
      expect(got).toHaveLength(320);
      expect(new Set(got)).toEqual(new Set(ids));
      expect(await t.db.webhookDelivery.count({ where: { endpointId: id, status: "delivered", attempts: 1 } })).toBe(320);
      expect(await t.db.webhookAttempt.count({ where: { delivery: { endpointId: id } } })).toBe(320);
      // Each row says which instance sent it (leasedBy "<instance>/<claim>"): the counts agree.
      const sentBy = await t.db.webhookDelivery.findMany({ where: { endpointId: id }, select: { leasedBy: true } });
      expect(sentBy.filter((d) => d.leasedBy?.startsWith("instance-a/")).length).toBe(byA);
      expect(sentBy.filter((d) => d.leasedBy?.startsWith("instance-b/")).length).toBe(byB);
    } finally {
      await second.$disconnect();
    }
  });
});

describe("where webhooks may go", () => {
  it("not to loopback or private addresses unless the settings allow, and no redirect is followed", async () => {
    await setting("webhooksAllowLoopbackHttp", false);
    const loopback = await endpoint("/refused");
    const privateNet = await endpoint("https://10.20.30.40/hook");
    const [toLoopback, toPrivate] = await queue([loopback.id]).then(async (a) => [...a, ...(await queue([privateNet.id]))]);
    const w = worker();
    expect(await w.tick()).toBe(2);
    expect(receiver.at("/refused")).toHaveLength(0);
    expect(await deliveryOf(toLoopback)).toMatchObject({ status: "pending", lastStatus: null, lastError: expect.stringMatching(/^scheme: .*https/) });
    expect(await deliveryOf(toPrivate)).toMatchObject({ status: "pending", lastStatus: null, lastError: expect.stringMatching(/^address: .*not a public/) });

    await setting("webhooksAllowLoopbackHttp", true);
    receiver.answer("/to-private", (res) => res.writeHead(302, { location: "http://10.20.30.40/hook" }).end());
    receiver.answer("/to-here", (res) => res.writeHead(307, { location: `${receiver.base}/landed` }).end());
    const toPrivateRedirect = await endpoint("/to-private");
    const toHere = await endpoint("/to-here");
    const [viaPrivate] = await queue([toPrivateRedirect.id]);
    const [viaHere] = await queue([toHere.id]);
    expect(await w.tick()).toBe(2);
    expect(await deliveryOf(viaPrivate)).toMatchObject({ status: "pending", lastStatus: 302, lastError: expect.stringMatching(/^redirect: /) });
    expect(await deliveryOf(viaHere)).toMatchObject({ status: "pending", lastStatus: 307 });
    expect(receiver.at("/landed")).toHaveLength(0);
  });
});
