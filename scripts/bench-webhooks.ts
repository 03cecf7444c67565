// Webhook delivery (`npm run bench:webhooks`, part of `npm run bench`),
// against production servers on a fresh installation of their own under
// data/bench-webhooks, with a receiver in this process on 127.0.0.1 (the
// setting webhooksAllowLoopbackHttp on) that checks every signature with the
// `standardwebhooks` package. Prints:
//   (a) publish → delivery latency, p50/p95/max, from the event's commit
//       (its createdAt, written in the publishing transaction) to the
//       receiver having the whole request:
//       - published by the server itself (a scheduled publish: its scheduler,
//         SCHEDULER_INTERVAL_MS=100, publishes and nudges its own worker);
//       - published by another process on the same database (this one, as
//         another instance would): the server's worker finds it on its poll;
//   (b) BENCH_WEBHOOK_EVENTS (1,000) events queued at once for two endpoints,
//       with a second server instance on the same database: the time until
//       every delivery arrived, deliveries/s, how each instance shared the
//       work, and lost and duplicate deliveries per endpoint (by webhook-id).
// Run with the server-only hook (scripts/hooks/), as the package script does:
// it uses the data layer as the newsroom does.
// Prints numbers; exits 1 only if a check fails (a bad signature, a delivery
// lost or duplicated, a latency sample that never arrived).
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { once } from "node:events";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { Webhook } from "standardwebhooks";
import { createArticle } from "@/lib/articles/editing";
import { transition } from "@/lib/articles/workflow";
import { resolveDatabaseUrl } from "@/lib/db/adapter";
import { createPrismaClient, type Db } from "@/lib/db/client";
import { updateSiteSettings } from "@/lib/settings/site-settings";
import { createWebhookEndpoint } from "@/lib/webhooks/create-endpoint";
import { newMessageId, WEBHOOK_EVENTS } from "@/lib/webhooks/events";
import { updateWebhookEndpoint } from "@/lib/webhooks/update-endpoint";
import { percentile, prepareInstallation, startServer } from "@/scripts/bench-support";
import { serverNodeArgs } from "@/scripts/server-command";

const PORT = Number(process.env.BENCH_PORT ?? 3205);
const SAMPLES = Number(process.env.BENCH_WEBHOOK_SAMPLES ?? 20);
const QUEUED = Number(process.env.BENCH_WEBHOOK_EVENTS ?? 1000);
const DATA_DIR = path.resolve("data/bench-webhooks");
const env = {
  ...process.env,
  PORT: String(PORT),
  DATA_DIR,
  DATABASE_URL: `file:${DATA_DIR}/sapo.db`,
  SITE_URL: `http://localhost:${PORT}`,
  AUTH_SECRET: randomBytes(32).toString("base64url"),
  SCHEDULER_INTERVAL_MS: "100",
};
// This process seals the endpoints' secrets; the servers open them.
process.env.AUTH_SECRET = env.AUTH_SECRET;

type Arrival = { path: string; at: number };

/** The receiver: every request verified against its endpoint's secret and kept by webhook-id. */
async function startReceiver(secrets: Map<string, string>) {
  const arrivals = new Map<string, Arrival[]>();
  let badSignatures = 0;
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const at = Date.now();
      const path = req.url ?? "/";
      try {
        new Webhook(secrets.get(path) ?? "").verify(Buffer.concat(chunks).toString("utf8"), req.headers as Record<string, string>);
      } catch {
        badSignatures++;
      }
      const id = String(req.headers["webhook-id"]);
      arrivals.set(id, [...(arrivals.get(id) ?? []), { path, at }]);
      res.writeHead(204).end();
    });
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  return { base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, arrivals, bad: () => badSignatures, close: () => server.close() };
}

type Receiver = Awaited<ReturnType<typeof startReceiver>>;
type Admin = { id: string; role: "ADMIN"; displayName: string; penName: null; ip: null };

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function waitFor<T>(what: string, get: () => Promise<T | null> | T | null, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await get();
    if (value !== null) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(10);
  }
}

/** When the published event of `articleId` was committed, and when it arrived. */
async function latencyOf(db: Db, receiver: Receiver, articleId: string): Promise<number> {
  const event = await waitFor("the event", () => db.webhookEvent.findFirst({ where: { articleId, type: "article.published" } }), 10_000);
  const arrival = await waitFor("the delivery", () => receiver.arrivals.get(event.id)?.[0] ?? null, 10_000);
  return arrival.at - event.createdAt.getTime();
}

const summary = (ms: number[]) => {
  const sorted = [...ms].sort((a, b) => a - b);
  return `p50 ${percentile(sorted, 50)} ms, p95 ${percentile(sorted, 95)} ms, max ${sorted.at(-1)} ms (${sorted.length} publishes)`;
};

async function publishLatency(db: Db, receiver: Receiver, admin: Admin) {
  const bySchedule: number[] = [];
  const byOther: number[] = [];
  for (let i = 0; i < SAMPLES; i++) {
    const scheduled = await createArticle(db, admin, { title: `Lịch tàu ${i}` });
    await transition(db, admin, { articleId: scheduled, action: "submit" });
    await transition(db, admin, { articleId: scheduled, action: "schedule", at: new Date(Date.now() + 300) });
    bySchedule.push(await latencyOf(db, receiver, scheduled));
    const direct = await createArticle(db, admin, { title: `Giá lúa ${i}` });
    await transition(db, admin, { articleId: direct, action: "submit" });
    await transition(db, admin, { articleId: direct, action: "publish" });
    byOther.push(await latencyOf(db, receiver, direct));
  }
  console.log(`(a) publish → delivery, published by the server itself (scheduled, its worker nudged): ${summary(bySchedule)}`);
  console.log(`(a) publish → delivery, published by another process (the server's worker polls every second): ${summary(byOther)}`);
}

/** A second instance: the same build, database and secret, its own port; no scheduler. */
async function startSecondInstance(): Promise<ChildProcess> {
  const child = spawn(process.execPath, serverNodeArgs(), { env: { ...env, NODE_ENV: "production", PORT: String(PORT + 1), SAPO_SCHEDULER: "off" }, stdio: "ignore" });
  await waitFor("the second instance", async () => ((await fetch(`http://localhost:${PORT + 1}/login`).catch(() => null))?.status === 200 ? true : null), 60_000);
  return child;
}

async function queuedAtOnce(db: Db, receiver: Receiver, endpoints: { id: string; path: string }[]) {
  const events = Array.from({ length: QUEUED }, () => ({ id: newMessageId(), type: "article.updated", payload: JSON.stringify({ type: "article.updated", timestamp: new Date().toISOString(), data: {} }) }));
  const expected = QUEUED * endpoints.length;
  const before = receiver.arrivals.size;
  const started = Date.now();
  await db.$transaction([
    db.webhookEvent.createMany({ data: events }),
    db.webhookDelivery.createMany({ data: events.flatMap((e) => endpoints.map((endpoint) => ({ eventId: e.id, endpointId: endpoint.id }))) }),
  ]);
  const arrived = () => events.reduce((n, e) => n + new Set((receiver.arrivals.get(e.id) ?? []).map((a) => a.path)).size, 0);
  await waitFor("every delivery", () => (arrived() >= expected ? true : null), 600_000);
  const seconds = (Date.now() - started) / 1000;
  await sleep(2000); // late duplicates, if any, would show now
  let duplicates = 0;
  for (const e of events) {
    const paths = (receiver.arrivals.get(e.id) ?? []).map((a) => a.path);
    duplicates += paths.length - new Set(paths).size;
  }
  const rows = await db.webhookDelivery.findMany({ where: { eventId: { in: events.map((e) => e.id) } }, select: { leasedBy: true, status: true } });
  const byInstance = new Map<string, number>();
  for (const r of rows) byInstance.set(r.leasedBy?.split("/")[0] ?? "none", (byInstance.get(r.leasedBy?.split("/")[0] ?? "none") ?? 0) + 1);
  console.log(
    `(b) ${QUEUED} events × ${endpoints.length} endpoints queued at once, two instances: all ${arrived()}/${expected} delivered in ${seconds.toFixed(1)} s ` +
      `(${(expected / seconds).toFixed(0)} deliveries/s); duplicates ${duplicates}; ` +
      `by instance: ${[...byInstance.values()].join(" + ")}; ${receiver.arrivals.size - before} distinct webhook-ids`,
  );
  return { lost: expected - arrived(), duplicates };
}

async function main() {
  prepareInstallation(env, DATA_DIR);
  const setup = createPrismaClient(resolveDatabaseUrl(env.DATABASE_URL));
  const user = await setup.user.create({ data: { email: "bench-webhooks@bench.test", displayName: "Bench", role: "ADMIN" } });
  const admin: Admin = { id: user.id, role: "ADMIN", displayName: user.displayName, penName: null, ip: null };
  await updateSiteSettings(setup, admin, { webhooksAllowLoopbackHttp: true });
  const secrets = new Map<string, string>();
  const receiver = await startReceiver(secrets);
  const endpoints: { id: string; path: string }[] = [];
  for (const name of ["a", "b"]) {
    const created = await createWebhookEndpoint(setup, admin, { url: `${receiver.base}/${name}`, events: [...WEBHOOK_EVENTS], description: `bench ${name}` });
    secrets.set(`/${name}`, created.secret);
    endpoints.push({ id: created.endpoint.id, path: `/${name}` });
  }
  // Latency with one endpoint subscribed; both for the queue.
  await updateWebhookEndpoint(setup, admin, { id: endpoints[1].id, enabled: false });
  // Closed while the server starts (it applies migrations first), as bench-writes does.
  await setup.$disconnect();
  const server = await startServer(env);
  const db = createPrismaClient(resolveDatabaseUrl(env.DATABASE_URL));
  let second: ChildProcess | null = null;
  let failed = false;
  try {
    await publishLatency(db, receiver, admin);
    await updateWebhookEndpoint(db, admin, { id: endpoints[1].id, enabled: true });
    second = await startSecondInstance();
    const { lost, duplicates } = await queuedAtOnce(db, receiver, endpoints);
    failed = lost > 0 || duplicates > 0 || receiver.bad() > 0;
    console.log(`signatures that did not verify: ${receiver.bad()}`);
  } finally {
    second?.kill("SIGTERM");
    server.kill("SIGTERM");
    receiver.close();
    await db.$disconnect();
  }
  process.exit(failed ? 1 : 0);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
