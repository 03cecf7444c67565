// Co-editing load (`npm run bench:collab`, part of `npm run bench`): 25
// editors type into one article while 100 other articles are open, for
// BENCH_COLLAB_SECONDS (20), against the collaboration server running in a
// process of its own (scripts/bench-collab-server.ts) on a fresh installation
// under data/bench-collab. Each editor is a Hocuspocus provider in this
// process with its own session and WebSocket (the 100 others too, one person
// each); each types one character every 150–250 ms, words of a few characters
// at random places in the article's paragraphs. Prints:
//   - latency from a keystroke to each of the other 24 editors seeing it in
//     their document: p50, p95, max (the goal is p95 ≤ 100 ms);
//   - lost and duplicated characters, in every editor's final document and
//     in the article stored in the database, against every keystroke typed
//     (each keystroke is a character typed only once: see bench-collab-support.ts);
//   - the server's memory per open document ((101 documents open − 1) / 100,
//     heap and RSS after a full GC; each document with its one connection);
//   - the server's CPU time per update received (one update per keystroke)
//     while people type, in all and beyond its idle work, and its idle CPU
//     with the 101 documents open (the sweeps re-checking every session);
//   - this process's own CPU and event-loop delay, and the machine's load:
//     the latency is only the server's if the editors' process keeps up.
// Prints numbers; exits 1 only if a check fails (characters lost or
// duplicated, an editor's update refused, the documents not converging, the
// final store failing).
import { randomBytes } from "node:crypto";
import os from "node:os";
import path from "node:path";
import { monitorEventLoopDelay } from "node:perf_hooks";
import * as Y from "yjs";
import { loadEditorArticle } from "@/lib/articles/article-state";
import { BODY_FIELD } from "@/lib/collab/layout";
import { resolveDatabaseUrl } from "@/lib/db/adapter";
import { createPrismaClient } from "@/lib/db/client";
import { percentile, prepareInstallation } from "@/scripts/bench-support";
import {
  compareTyped,
  connect,
  docText,
  keystroke,
  prepareStaff,
  sleep,
  startCollabChild,
  textOf,
  waitFor,
  type Client,
} from "@/scripts/bench-collab-support";

const SECONDS = Number(process.env.BENCH_COLLAB_SECONDS ?? 20);
const TYPISTS = 25;
const OPEN = 100;
const DATA_DIR = path.resolve("data/bench-collab");
const env = {
  ...process.env,
  // Only checked free by the preparation (scripts/start.ts); the server takes an ephemeral port.
  PORT: process.env.BENCH_PORT ?? "3202",
  DATA_DIR,
  DATABASE_URL: `file:${DATA_DIR}/sapo.db`,
  AUTH_SECRET: randomBytes(32).toString("base64url"),
  SAPO_SCHEDULER: "off",
  DEMO_CONTENT: "on",
};
const kib = (bytes: number) => (bytes / 1024).toFixed(1);
const ms = (n: number) => n.toFixed(1);
const cpuMs = (c: NodeJS.CpuUsage) => (c.user + c.system) / 1000;

/** The keystrokes typed so far: character → when, and by which editor. */
const typed = new Map<string, { at: number; by: number }>();
/** The same keystrokes by their Yjs id ("client:clock"), which is how the others notice them cheaply. */
const typedById = new Map<string, { at: number; by: number }>();
const latencies: number[] = [];

/**
 * Records, for `client`, when other editors' keystrokes become part of its
 * document: after each remote transaction, the new items of each Yjs client
 * (before → after state) are looked up by id. Cheaper than the text's delta,
 * which would make this process, not the server, the bottleneck.
 */
function observe(client: Client, index: number) {
  client.doc.on("afterTransaction", (transaction: Y.Transaction) => {
    if (transaction.local) return;
    const now = performance.now();
    for (const [yClient, after] of transaction.afterState) {
      for (let clock = transaction.beforeState.get(yClient) ?? 0; clock < after; clock++) {
        const k = typedById.get(`${yClient}:${clock}`);
        if (k && k.by !== index) latencies.push(now - k.at);
      }
    }
  });
}

/**
 * Types one character every 150–250 ms until `deadline`, as people type:
 * a word of 2–8 characters at a cursor (which others' typing moves), then
 * the cursor goes to another random place in the body's paragraphs.
 */
async function type(client: Client, index: number, deadline: number) {
  const paragraphs = client.doc
    .getXmlFragment(BODY_FIELD)
    .toArray()
    .filter((n): n is Y.XmlElement => n instanceof Y.XmlElement && n.nodeName === "paragraph")
    .map((p) => p.toArray().find((c): c is Y.XmlText => c instanceof Y.XmlText))
    .filter((t): t is Y.XmlText => Boolean(t));
  if (!paragraphs.length) throw new Error("the shared article has no paragraph to type into");
  await sleep(Math.random() * 200); // not all in step
  let text = paragraphs[0];
  let cursor: Y.RelativePosition | null = null;
  let left = 0;
  while (Date.now() < deadline) {
    let at: number;
    if (left > 0 && cursor) at = Y.createAbsolutePositionFromRelativePosition(cursor, client.doc)!.index;
    else {
      text = paragraphs[Math.floor(Math.random() * paragraphs.length)];
      at = Math.floor(Math.random() * (text.length + 1));
      left = 2 + Math.floor(Math.random() * 7);
    }
    const ch = keystroke(typed.size);
    const stroke = { at: performance.now(), by: index };
    typed.set(ch, stroke);
    // One character is one Yjs item: the next clock of this document's client.
    typedById.set(`${client.doc.clientID}:${Y.getState(client.doc.store, client.doc.clientID)}`, stroke);
    text.insert(at, ch);
    // The cursor stays right after this character, wherever others type.
    cursor = Y.createRelativePositionFromTypeIndex(text, at + 1, -1);
    left--;
    await sleep(150 + Math.random() * 100);
  }
}

async function main() {
  prepareInstallation(env, DATA_DIR);
  const db = createPrismaClient(resolveDatabaseUrl(env.DATABASE_URL));
  const { editors, shared, others } = await prepareStaff(db, env.AUTH_SECRET, TYPISTS, OPEN);
  const server = await startCollabChild(env);
  const clients: Client[] = [];
  try {
    const typists = editors.slice(0, TYPISTS).map((e) => connect(server, shared, e.cookie));
    clients.push(...typists);
    await Promise.all(typists.map((c) => c.synced));
    await sleep(1000);
    const one = await server.stats(true);

    const idle = others.map((id, i) => connect(server, id, editors[TYPISTS + i].cookie));
    clients.push(...idle);
    await Promise.all(idle.map((c) => c.synced));
    await sleep(3000); // loading stores and first sweeps settle
    const all = await server.stats(true);
    await sleep(500); // the collections' work done before idle CPU is measured
    const idleBase = await server.stats();
    const idleStart = performance.now();
    await sleep(6000); // three sweeps (every 2 s)
    const idleEnd = await server.stats();
    const idleSeconds = (performance.now() - idleStart) / 1000;

    typists.forEach(observe);
    // The editors' own process must keep up, or its delays count as the server's.
    const lag = monitorEventLoopDelay({ resolution: 10 });
    lag.enable();
    const ownCpu = process.cpuUsage();
    const deadline = Date.now() + SECONDS * 1000;
    const typingStart = await server.stats();
    const typingFrom = performance.now();
    await Promise.all(typists.map((c, i) => type(c, i, deadline)));
    lag.disable();
    // The server's CPU over the typing itself (its backlog, if any, shows in the latency).
    const typingEnd = await server.stats();
    const typingSeconds = (performance.now() - typingFrom) / 1000;
    const ownCpuShare = cpuMs(process.cpuUsage(ownCpu)) / (SECONDS * 1000);
    const load = os.loadavg()[0];
    const keys = new Set(typed.keys());
    const convergeStart = Date.now();
    const converged = await waitFor(() => {
      const texts = typists.map((c) => docText(c.doc));
      return texts.every((t) => t === texts[0]) && compareTyped(keys, texts[0]).lost === 0;
    }, 60_000);
    const convergeMs = Date.now() - convergeStart;

    // Ask the server to store now, as a workflow step does, then read what it stored.
    const requestId = "bench-final";
    typists[0].provider.sendStateless(JSON.stringify({ type: "flush", requestId }));
    const flushed = await waitFor(() => typists[0].messages.find((m) => m.type === "flushed" && m.requestId === requestId), 30_000);
    const storedText = textOf((await loadEditorArticle(db, shared))!.body);

    const perClient = typists.map((c) => compareTyped(keys, docText(c.doc)));
    const clientLost = perClient.reduce((n, r) => n + r.lost, 0);
    const clientDup = perClient.reduce((n, r) => n + r.duplicated, 0);
    const inDb = compareTyped(keys, storedText);
    const closes = clients.flatMap((c) => c.closes);
    const refused = closes.filter((c) => c.includes("update-refused")).length;

    latencies.sort((a, b) => a - b);
    const docs = all.documents - one.documents;
    const updates = keys.size;
    const typingCpu = cpuMs(typingEnd.cpu) - cpuMs(typingStart.cpu);
    const idleCpuPerS = (cpuMs(idleEnd.cpu) - cpuMs(idleBase.cpu)) / idleSeconds;
    // What the updates cost beyond the background work (session sweeps) going on anyway.
    const updateCpu = Math.max(0, typingCpu - idleCpuPerS * typingSeconds);
    console.log(`\nCo-editing: ${TYPISTS} editors typing into one article, ${OPEN} other articles open, ${SECONDS} s (server in its own process)`);
    console.log(
      `keystrokes ${updates} (${(updates / TYPISTS / SECONDS).toFixed(1)}/s each)   seen by the other ${TYPISTS - 1} editors: ` +
        `p50 ${ms(percentile(latencies, 50))} ms   p95 ${ms(percentile(latencies, 95))} ms   max ${ms(latencies.at(-1) ?? 0)} ms   ` +
        `(${latencies.length} observations; goal p95 ≤ 100 ms)`,
    );
    console.log(
      `editors' process (this one) while typing: ${(ownCpuShare * 100).toFixed(0)}% of a core, event-loop delay p99 ${ms(lag.percentile(99) / 1e6)} ms   ` +
        `(machine: ${os.cpus().length} cores, load average ${load.toFixed(1)})`,
    );
    console.log(`converged ${converged ? `${convergeMs} ms after the last keystroke` : "NO, not within 60 s"}   stored version ${flushed ? String(flushed.version) : "NO answer to flush"}`);
    console.log(`editors' final documents (${TYPISTS}): lost: ${clientLost}, duplicated: ${clientDup}`);
    console.log(`stored article (database): lost: ${inDb.lost}, duplicated: ${inDb.duplicated}`);
    console.log(
      `server memory per open document (with its connection): heap ${kib((all.memory.heapUsed - one.memory.heapUsed) / docs)} KiB   ` +
        `RSS ${kib((all.memory.rss - one.memory.rss) / docs)} KiB   (${docs} more documents; ${all.documents} open: ` +
        `heap ${kib(all.memory.heapUsed / 1024)} MiB, RSS ${kib(all.memory.rss / 1024)} MiB)`,
    );
    console.log(
      `server CPU per update: ${(typingCpu / updates).toFixed(2)} ms, ${(updateCpu / updates).toFixed(2)} ms beyond its idle work   ` +
        `(${ms(typingCpu)} ms over ${updates} updates, each relayed to ${TYPISTS - 1}; idle with ${all.documents} documents open: ${ms(idleCpuPerS)} ms CPU/s)`,
    );
    console.log(`connections closed: ${closes.length}, of them for an update the server refused: ${refused}${closes.length ? ` (${[...new Set(closes)].slice(0, 3).join("; ")})` : ""}`);
    if (refused || !converged || !flushed || flushed.version === null || clientLost || clientDup || inDb.lost || inDb.duplicated) process.exitCode = 1;
  } finally {
    clients.forEach((c) => c.destroy());
    await server.stop();
    await db.$disconnect();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
