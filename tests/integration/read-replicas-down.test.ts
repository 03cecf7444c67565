// A read replica that is down is skipped: the reader site reads from the
// primary until the replica answers again (lib/db/replicas.ts). PostgreSQL
// only (vitest.config.ts): the replica is reached through a TCP proxy the
// test stops and starts; a SQLite "replica" is a local file that cannot go
// down on its own.
import { describe, expect, it } from "vitest";
import { CHECK_TIMEOUT_MS, REPLICA_LIMITS } from "@/lib/db/replicas";
import { withReplica } from "@/tests/support/replica-setup";

// How often the app checks its replicas in this test (the default is slower).
const CHECK_MS = 500;
const s = withReplica(CHECK_MS);

describe("with the replica down", () => {
  const PRIMARY = "Primary harbour story";
  const REPLICA = "Replica lighthouse story";
  // Whose latest article a reader sees: which database answered.
  const readerSees = async () => (await s.app.queries.latestArticles(s.app.db.siteDb)).map((a) => a.title)[0];
  const timed = async <T>(read: () => Promise<T>) => {
    const start = performance.now();
    const value = await read();
    return { value, ms: performance.now() - start };
  };
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  /** Reads until the replica answers again; how long that took. */
  const backOnReplica = async (limitMs: number) => {
    const start = performance.now();
    while ((await readerSees()) !== REPLICA) {
      if (performance.now() - start > limitMs) throw new Error(`the replica was not used again within ${limitMs} ms`);
      await sleep(50);
    }
    return performance.now() - start;
  };

  it("a stopped replica: reads come from the primary at once, and from the replica again once it is back", async () => {
    expect(await readerSees()).toBe(REPLICA);
    await s.proxy!.stop();
    const first = await timed(readerSees);
    expect(first.value).toBe(PRIMARY);
    expect(first.ms).toBeLessThan(1500); // a refused connection: no time limit is waited for
    expect((await s.app.queries.searchArticles(s.app.db.siteDb, "harbour", 1, s.app.db.siteSql())).total).toBe(1);
    expect((await s.app.queries.publishedArticle(s.app.db.siteDb, "news", "primary-harbour-story"))?.title).toBe(PRIMARY);
    await sleep(CHECK_MS * 2); // the background check keeps finding it down
    expect(await readerSees()).toBe(PRIMARY);

    await s.proxy!.start();
    expect(await backOnReplica(CHECK_MS * 4 + 2000)).toBeLessThan(CHECK_MS * 4 + 2000);
    expect((await s.app.queries.searchArticles(s.app.db.siteDb, "lighthouse", 1, s.app.db.siteSql())).total).toBe(1);
  });

  it("a replica that stops answering: reads come from the primary within the time limits", async () => {
    expect(await readerSees()).toBe(REPLICA);
    s.proxy!.hang();
    const first = await timed(readerSees);
    expect(first.value).toBe(PRIMARY);
    // At worst: the read's time limit, then the replica's health check, then the primary.
    expect(first.ms).toBeLessThan(REPLICA_LIMITS.queryMs + CHECK_TIMEOUT_MS + 1500);
    const next = await timed(readerSees);
    expect(next.value).toBe(PRIMARY);
    expect(next.ms).toBeLessThan(1000);

    await s.proxy!.start();
    expect(await backOnReplica(CHECK_MS * 4 + 2000)).toBeLessThan(CHECK_MS * 4 + 2000);
  }, 30_000);
});
