// The throwaway Redis server the collaboration tests use (tests/support/redis.ts):
// it answers a real client, keeps nothing on disk, is gone after stop(), and
// a machine without redis-server gets the line that says how to install it.
import { existsSync, readdirSync } from "node:fs";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { Redis } from "ioredis";
import { afterAll, describe, expect, it } from "vitest";
import { REDIS_MISSING, startRedis, withRedis } from "@/tests/support/redis";

const redis = withRedis();
const clients: Redis[] = [];
afterAll(() => {
  for (const c of clients) c.disconnect();
});

function client(url: string): Redis {
  // No retries: a server that is gone must show as an error, not as a wait.
  const c = new Redis(url, { maxRetriesPerRequest: 0, retryStrategy: () => null, lazyConnect: true });
  c.on("error", () => {}); // reported through the commands' own rejections
  clients.push(c);
  return c;
}

describe("withRedis", () => {
  it("starts a server on loopback that a client can SET and GET on", async () => {
    expect(redis.url).toMatch(/^redis:\/\/127\.0\.0\.1:\d+$/);
    const c = client(redis.url);
    await c.connect();
    expect(await c.set("sapo:test", "Môn Sơn commune")).toBe("OK");
    expect(await c.get("sapo:test")).toBe("Môn Sơn commune");
    // Publish/subscribe, which the live bus relies on, works too.
    const sub = client(redis.url);
    await sub.connect();
    const heard = new Promise<string>((resolve) => sub.on("message", (_channel, message: string) => resolve(message)));
    await sub.subscribe("sapo:test-channel");
    expect(await c.publish("sapo:test-channel", "hello")).toBe(1);
    expect(await heard).toBe("hello");
  });

  it("keeps nothing on disk: persistence is off", async () => {
    const c = client(redis.url);
    await c.connect();
    expect(await c.config("GET", "save")).toEqual(["save", ""]);
    expect(await c.config("GET", "appendonly")).toEqual(["appendonly", "no"]);
    expect(await c.config("GET", "bind")).toEqual(["bind", "127.0.0.1"]);
    await c.set("written", "x");
    expect(readdirSync(redis.dir)).toEqual([]);
  });
});

describe("startRedis", () => {
  it("gives each caller a server of its own, and stop() takes it away with its directory", async () => {
    const own = await startRedis();
    expect(own.url).not.toBe(redis.url);
    const c = client(own.url);
    await c.connect();
    await c.set("only-here", "1");
    const shared = client(redis.url);
    await shared.connect();
    expect(await shared.get("only-here")).toBeNull();
    expect(readdirSync(own.dir)).toEqual([]); // no dump.rdb, no appendonly file

    await own.stop();
    await own.stop(); // a second stop is harmless
    expect(existsSync(own.dir)).toBe(false);
    // Nothing listens on its port any more.
    const refused = await new Promise<string>((resolve) => {
      const socket = connect(own.port, "127.0.0.1", () => {
        socket.destroy();
        resolve("connected");
      });
      socket.on("error", (e: NodeJS.ErrnoException) => resolve(e.code ?? e.message));
    });
    expect(refused).toBe("ECONNREFUSED");
  });

  it("without redis-server, fails with a line naming the package to install", async () => {
    const saved = process.env.PATH;
    process.env.PATH = path.join(tmpdir(), "no-such-bin-dir");
    try {
      await expect(startRedis()).rejects.toThrow("apt-get install -y redis-server");
      await expect(startRedis()).rejects.toThrow(REDIS_MISSING);
    } finally {
      process.env.PATH = saved;
    }
  });
});
