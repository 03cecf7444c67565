// How live changes reach other instances and the CDN: the shared content
// version, the polling loop, the CDN purge call, and the in-process signal
// that reaches the reader site's document cache from Next.js's bundle.
import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { announceContentChange, purgeCdn, readContentVersion, startCacheSync } from "@/lib/cache/sync";
import { freshDatabase, type TestDb } from "@/tests/support/db";

let t: TestDb;
beforeAll(async () => {
  t = await freshDatabase();
});
afterAll(() => t.db.$disconnect());

describe("the content version", () => {
  it("moves on every announced change, and each instance's loop reacts once per move", async () => {
    const changes = vi.fn(async () => {});
    const sync = startCacheSync({ db: t.db, onChange: changes, intervalMs: 60_000 });
    try {
      expect(await sync.ready).toBe(false); // first look: nothing to compare with
      const v1 = await announceContentChange(t.db);
      expect(await readContentVersion(t.db)).toBe(v1);
      expect(await sync.tick()).toBe(true);
      expect(await sync.tick()).toBe(false);
      await announceContentChange(t.db);
      await announceContentChange(t.db);
      expect(await sync.tick()).toBe(true);
      expect(changes).toHaveBeenCalledTimes(2);
    } finally {
      sync.stop();
    }
  });
});

describe("with read replicas", () => {
  it("regenerates once the replica pages are read from has the change, not before", async () => {
    const replica = await freshDatabase();
    try {
      const changes = vi.fn(async () => {});
      const sync = startCacheSync({ db: [replica.db], onChange: changes, intervalMs: 60_000 });
      await sync.ready;
      const version = await announceContentChange(t.db); // on the primary only: the replica lags
      expect(await sync.tick()).toBe(false);
      await replica.db.setting.create({ data: { key: "cache.contentVersion", value: version } }); // replication catches up
      expect(await sync.tick()).toBe(true);
      expect(changes).toHaveBeenCalledTimes(1);
      sync.stop();
    } finally {
      await replica.db.$disconnect();
    }
  });
});

describe("with a replica that cannot be read", () => {
  it("watches the primary instead, where reader pages are then read from", async () => {
    const replica = await freshDatabase();
    try {
      // A real database that fails every read of the content version.
      await replica.db.$executeRawUnsafe('DROP TABLE "Setting"');
      const changes = vi.fn(async () => {});
      const sync = startCacheSync({ db: [replica.db], fallback: t.db, onChange: changes, intervalMs: 60_000 });
      await sync.ready;
      await announceContentChange(t.db);
      expect(await sync.tick()).toBe(true);
      expect(changes).toHaveBeenCalledTimes(1);
      sync.stop();
    } finally {
      await replica.db.$disconnect();
    }
  });
});

describe("the CDN purge", () => {
  it("posts a purge-everything request with the token, and reports failures without throwing", async () => {
    const seen: { method?: string; auth?: string; body: string }[] = [];
    let status = 200;
    const server = createServer(async (req: IncomingMessage, res) => {
      let body = "";
      for await (const chunk of req) body += chunk;
      seen.push({ method: req.method, auth: req.headers.authorization, body });
      res.writeHead(status).end();
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/purge`;
    try {
      expect(await purgeCdn({})).toBe(false);
      expect(seen).toHaveLength(0);
      expect(await purgeCdn({ CDN_PURGE_URL: url, CDN_PURGE_TOKEN: "cdn-token" })).toBe(true);
      expect(seen[0]).toEqual({ method: "POST", auth: "Bearer cdn-token", body: '{"purge_everything":true}' });
      status = 500;
      const quiet = vi.spyOn(console, "error").mockImplementation(() => {});
      expect(await purgeCdn({ CDN_PURGE_URL: url })).toBe(false);
      expect(await purgeCdn({ CDN_PURGE_URL: "http://127.0.0.1:1/nothing-listens" })).toBe(false);
      quiet.mockRestore();
    } finally {
      server.close();
    }
  });
});

describe("the in-process content signal", () => {
  it("reaches listeners registered by another copy of the module (Next.js's bundle and Sapo's server each load their own)", async () => {
    const serverCopy = await import("@/lib/cache/content-signal");
    vi.resetModules();
    const bundleCopy = await import("@/lib/cache/content-signal");
    expect(bundleCopy).not.toBe(serverCopy);
    const heard = vi.fn();
    const stop = serverCopy.onContentChange(heard);
    bundleCopy.signalContentChange();
    expect(heard).toHaveBeenCalledTimes(1);
    stop();
    bundleCopy.signalContentChange();
    expect(heard).toHaveBeenCalledTimes(1);
  });
});
