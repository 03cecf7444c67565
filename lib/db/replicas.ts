// Read replicas that may be down. `siteDb` hands reader reads to Prisma's
// read-replicas extension, which we give one "replica": the router made here.
// The router sends each read to a replica that is up (at random), or to the
// primary when none is, so a replica that is down costs the reader site
// nothing but some load on the primary:
// - every few seconds (DATABASE_REPLICA_CHECK_MS, default 3000) each replica
//   is asked `SELECT 1`, given CHECK_TIMEOUT_MS to answer. One that does not
//   is taken out of rotation; one that answers again is put back;
// - a read that fails on a replica is checked the same way at once: if the
//   replica does not answer, it is taken out and the read is done again on
//   the primary; if it answers, the query itself was at fault and its error
//   stands. So no list of "connection errors" is needed.
// Replica connections have time limits (REPLICA_LIMITS, set on their pools)
// so a replica that vanishes from the network fails a read instead of
// holding it: the worst case for a read is REPLICA_LIMITS.queryMs (a hung
// connection) + CHECK_TIMEOUT_MS + the read on the primary.
import "server-only";
import type { Db } from "@/lib/db/client";

/** Time limits of replica connections: opening one (or waiting for a free one), and one query. */
export const REPLICA_LIMITS = { connectMs: 2000, queryMs: 5000 };
/** How long a replica has to answer the health check. */
export const CHECK_TIMEOUT_MS = 1000;
export const DEFAULT_CHECK_INTERVAL_MS = 3000;

type Replica = { name: string; client: Db; up: boolean };
// Anything a reader read calls on a client: a model's method or a raw query.
type Call = (client: Db) => PromiseLike<unknown>;
type Method = (...args: unknown[]) => PromiseLike<unknown>;
const members = (client: Db) => client as unknown as Record<string, Method & Record<string, Method>>;

export function createReplicaRouter(
  primary: Db,
  replicas: { name: string; client: Db }[],
  options: { intervalMs?: number } = {},
): Db {
  const state: Replica[] = replicas.map((r) => ({ ...r, up: true }));

  const answers = async (r: Replica): Promise<boolean> => {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), CHECK_TIMEOUT_MS)));
    const ping = Promise.resolve(r.client.$queryRaw`SELECT 1`).then(() => true, () => false);
    try {
      return await Promise.race([ping, late]);
    } finally {
      clearTimeout(timer);
    }
  };
  const mark = (r: Replica, up: boolean) => {
    if (r.up === up) return;
    r.up = up;
    console.warn(up ? `Read replica ${r.name} answers again: back in rotation` : `Read replica ${r.name} is not answering: reading from the primary instead`);
  };

  const read = async (call: Call): Promise<unknown> => {
    const live = state.filter((r) => r.up);
    const replica = live[Math.floor(Math.random() * live.length)];
    if (!replica) return call(primary);
    try {
      return await call(replica.client);
    } catch (error) {
      // (Already taken out by another read or the check: no need to ask.)
      if (replica.up && (await answers(replica))) throw error;
      mark(replica, false);
      return call(primary);
    }
  };

  let checking = false;
  const check = async () => {
    if (checking) return; // the previous round is still waiting for an answer
    checking = true;
    try {
      await Promise.all(state.map(async (r) => mark(r, await answers(r))));
    } finally {
      checking = false;
    }
  };
  const timer = setInterval(() => void check(), options.intervalMs ?? DEFAULT_CHECK_INTERVAL_MS);
  timer.unref(); // never keeps a process (a script, a test) alive

  // What the extension calls: `router[model][operation](args)` for model
  // reads, `router.$queryRaw…` through `$replica()` (siteSql), and
  // $connect/$disconnect. Each call becomes one read().
  return new Proxy({} as Db, {
    get(_, prop) {
      if (typeof prop !== "string" || prop === "then") return undefined; // not a promise
      // Prisma's own fields (such as the engine, which search asks for): the same on every client.
      if (prop.startsWith("_")) return Reflect.get(primary, prop);
      if (prop === "$connect") return () => Promise.all(state.map((r) => r.client.$connect().catch(() => mark(r, false))));
      if (prop === "$disconnect") {
        return () => {
          clearInterval(timer);
          return Promise.all(state.map((r) => r.client.$disconnect()));
        };
      }
      if (prop.startsWith("$")) return (...args: unknown[]) => read((c) => members(c)[prop](...args));
      return new Proxy({}, { get: (__, op) => (typeof op === "string" ? (...args: unknown[]) => read((c) => members(c)[prop][op](...args)) : undefined) });
    },
  });
}
