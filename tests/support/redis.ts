// A throwaway Redis server for the tests that need one (the collaboration
// server and the live bus across instances, both through REDIS_URL): Debian's
// `redis-server` started on loopback on a free port, in a temporary
// directory, with persistence off (nothing is worth keeping, and no RDB or
// AOF file is written), and stopped afterwards. Modelled on how
// scripts/with-postgres.ts starts PostgreSQL.
//
// A missing redis-server fails the tests that need it with a line saying how
// to install it: those tests must not quietly pass without having run.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createConnection, createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll } from "vitest";

export type RedisServer = {
  /** redis://127.0.0.1:<port>, for REDIS_URL or a client. */
  url: string;
  port: number;
  /** The server's working directory (empty: nothing is persisted), removed by stop(). */
  dir: string;
  /** Stops the server and removes its directory; safe to call twice. */
  stop(): Promise<void>;
};

export const REDIS_MISSING =
  "redis-server is needed for the tests of co-editing across instances: install it (Debian: apt-get install -y redis-server)";

function redisServerBinary(): string {
  const found = spawnSync("/bin/sh", ["-c", "command -v redis-server"], { encoding: "utf8" }).stdout.trim();
  if (!found) throw new Error(REDIS_MISSING);
  return found;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** True once the server on `port` answers PING with PONG (inline command, no client needed). */
function answersPing(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: "127.0.0.1", port });
    let reply = "";
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(1_000, () => done(false));
    socket.once("error", () => done(false));
    socket.once("connect", () => socket.write("PING\r\n"));
    socket.on("data", (data) => {
      reply += data.toString("utf8");
      if (reply.includes("\r\n")) done(reply.startsWith("+PONG"));
    });
  });
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once("exit", () => resolve()));
}

async function startOnce(bin: string, dir: string): Promise<Omit<RedisServer, "dir"> | { failed: string }> {
  const port = await freePort();
  const child = spawn(
    bin,
    [
      "--port", String(port),
      "--bind", "127.0.0.1",
      // No persistence: a test server is thrown away.
      "--save", "",
      "--appendonly", "no",
      "--dir", dir,
      "--daemonize", "no",
      // Log to stdout, which is kept for the error message should it not start.
      "--logfile", "",
    ],
    { stdio: ["ignore", "pipe", "pipe"] },
  );
  let output = "";
  child.stdout?.on("data", (d: Buffer) => (output = (output + d.toString("utf8")).slice(-4_000)));
  child.stderr?.on("data", (d: Buffer) => (output = (output + d.toString("utf8")).slice(-4_000)));
  // A test process that dies without its afterAll must not leave the server behind.
  const killOnExit = () => child.kill("SIGKILL");
  process.once("exit", killOnExit);

  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      process.off("exit", killOnExit);
      return { failed: `redis-server exited (${child.exitCode ?? child.signalCode}):\n${output}` };
    }
    if (await answersPing(port)) {
      let stopped: Promise<void> | undefined;
      return {
        url: `redis://127.0.0.1:${port}`,
        port,
        stop: () =>
          (stopped ??= (async () => {
            process.off("exit", killOnExit);
            child.kill("SIGTERM");
            const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
            await exited(child);
            clearTimeout(timer);
          })()),
      };
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  process.off("exit", killOnExit);
  child.kill("SIGKILL");
  await exited(child);
  return { failed: `redis-server did not answer PING on 127.0.0.1:${port} within 10 s:\n${output}` };
}

/** Starts a throwaway Redis server on loopback; it answers PING when this resolves. */
export async function startRedis(): Promise<RedisServer> {
  const bin = redisServerBinary();
  const dir = mkdtempSync(path.join(tmpdir(), "sapo-redis-"));
  let failure = "";
  // The free port may be taken by someone else between the check and the
  // start ("Address already in use"): another port then.
  for (let attempt = 0; attempt < 3; attempt++) {
    const started = await startOnce(bin, dir);
    if (!("failed" in started)) {
      return {
        ...started,
        dir,
        stop: async () => {
          await started.stop();
          rmSync(dir, { recursive: true, force: true });
        },
      };
    }
    failure = started.failed;
  }
  rmSync(dir, { recursive: true, force: true });
  throw new Error(failure);
}

/**
 * Registers beforeAll/afterAll hooks that start a Redis server for this test
 * file and stop it; the object's url is filled in before the tests run.
 *   const redis = withRedis();
 *   it("…", () => { new Redis(redis.url) … });
 */
export function withRedis(): RedisServer {
  const s = {} as RedisServer;
  let server: RedisServer | undefined;
  beforeAll(async () => {
    server = await startRedis();
    Object.assign(s, server);
  });
  afterAll(async () => {
    await server?.stop();
  });
  return s;
}
