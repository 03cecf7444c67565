// `npm start` itself, run as a user runs it: a fresh installation comes up
// with admin and demo content, a second run adds nothing, and each kind of
// bad configuration stops it with one line saying what to fix.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import { describe, expect, inject, it } from "vitest";
import { resolveDatabaseUrl } from "@/lib/db/adapter";
import { createPrismaClient } from "@/lib/db/client";
import { testRoot } from "@/tests/support/db";
import { onPostgresServer, postgresDatabaseUrl, testEngine } from "@/tests/support/engine";

const root = path.join(testRoot(), "start-script");

function start(env: Record<string, string>) {
  const result = spawnSync(process.execPath, ["node_modules/tsx/dist/cli.mjs", "scripts/start.ts", "--prepare-only"], {
    // A clean environment: only what the test sets, as a new user would have.
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", NODE_ENV: "production", PORT: "3199", ...env },
    encoding: "utf8",
    timeout: 120_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr.trim() };
}

function expectOneLineFailure(r: ReturnType<typeof start>, message: RegExp) {
  expect(r.code).toBe(1);
  expect(r.stderr).toMatch(/^Sapo cannot start: /);
  expect(r.stderr).toMatch(message);
  expect(r.stderr.split("\n")).toHaveLength(1);
  expect(r.stdout + r.stderr).not.toMatch(/\n\s+at /); // no stack trace
}

describe("start-up", () => {
  const dataDir = path.join(root, "fresh");

  // Two start-ups, the first loading the demo content: 41 images encoded
  // with their variants and crop renditions, slow on two busy cores.
  it("prepares a fresh installation, and a second run duplicates nothing", async () => {
    mkdirSync(dataDir, { recursive: true });
    // On the PostgreSQL run: an empty database, as an administrator makes it.
    let databaseUrl = `file:${path.join(dataDir, "sapo.db")}`;
    if (testEngine() === "postgresql") {
      const name = `${inject("postgresPrefix")}start`;
      await onPostgresServer([`CREATE DATABASE "${name}"`]);
      databaseUrl = postgresDatabaseUrl(name);
    }
    const env = { DATA_DIR: dataDir, ADMIN_EMAIL: "chief@example.com", DATABASE_URL: databaseUrl };
    const first = start(env);
    expect(first.stderr).toBe("");
    expect(first.code).toBe(0);
    expect(first.stdout).toContain("First admin created: chief@example.com");
    expect(first.stdout).toMatch(/Password \(shown once.*\): \S{20}/);
    expect(first.stdout).toMatch(testEngine() === "postgresql" ? /PostgreSQL [\d.]+.*, unaccent installed/ : /journal_mode=wal, busy_timeout=5000 ms/);
    expect(first.stdout).toMatch(/Demo content loaded: \d+ articles/);

    const count = async () => {
      // Closed again before the next start: applying migrations wants the
      // database to itself (as it has when a real start-up runs).
      const db = createPrismaClient(resolveDatabaseUrl(databaseUrl));
      const counts = [await db.user.count(), await db.article.count(), await db.media.count(), await db.tag.count()];
      await db.$disconnect();
      return counts;
    };
    const before = await count();

    const second = start(env);
    expect(second.stderr).toBe("");
    expect(second.code).toBe(0);
    expect(second.stdout).toContain("schema up to date");
    expect(second.stdout).not.toContain("First admin created");
    expect(second.stdout).not.toContain("Password");
    expect(second.stdout).not.toContain("Demo content loaded");
    expect(await count()).toEqual(before);
  }, 180_000);

  it("stops on a missing data directory", () => {
    expectOneLineFailure(start({ DATA_DIR: path.join(root, "does-not-exist") }), /DATA_DIR .*does-not-exist does not exist/);
  });

  it("stops on a data directory it cannot write", () => {
    expectOneLineFailure(start({ DATA_DIR: "/proc" }), /DATA_DIR \/proc is not writable/);
  });

  it("stops when the data directory is a file", () => {
    mkdirSync(root, { recursive: true });
    const file = path.join(root, "a-file");
    writeFileSync(file, "");
    expectOneLineFailure(start({ DATA_DIR: file }), /is not a directory/);
  });

  it("stops on a DATABASE_URL it does not understand", () => {
    mkdirSync(dataDir, { recursive: true });
    expectOneLineFailure(start({ DATA_DIR: dataDir, DATABASE_URL: "mysql://localhost/sapo" }), /DATABASE_URL .* not understood/);
  });

  it("stops when the PostgreSQL server cannot be reached", () => {
    mkdirSync(dataDir, { recursive: true });
    expectOneLineFailure(
      start({ DATA_DIR: dataDir, DATABASE_URL: "postgresql://sapo:secret@127.0.0.1:1/sapo" }),
      /Applying database migrations failed: .*(connect|ECONNREFUSED|reach)/i,
    );
  });

  it("stops when the database's directory is missing", () => {
    expectOneLineFailure(
      start({ DATA_DIR: dataDir, DATABASE_URL: `file:${path.join(root, "nowhere", "sapo.db")}` }),
      /database directory .*nowhere does not exist/,
    );
  });

  it("stops on a port in use", async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, resolve));
    const port = (blocker.address() as net.AddressInfo).port;
    try {
      expectOneLineFailure(start({ DATA_DIR: dataDir, PORT: String(port) }), new RegExp(`Port ${port} is already in use`));
    } finally {
      blocker.close();
    }
  });

  it("stops on a port that is not a number", () => {
    expectOneLineFailure(start({ DATA_DIR: dataDir, PORT: "web" }), /PORT "web" is not a port number/);
  });

  it("stops on a TRUSTED_PROXIES entry that is not an address or range", () => {
    mkdirSync(dataDir, { recursive: true });
    expectOneLineFailure(start({ DATA_DIR: dataDir, TRUSTED_PROXIES: "127.0.0.1, nginx" }), /TRUSTED_PROXIES: "nginx" is not an IP address or CIDR range/);
  });

  it("stops on a VIEW_FLUSH_MS out of range before touching the database", () => {
    const untouched = path.join(root, "view-flush");
    mkdirSync(untouched, { recursive: true });
    expectOneLineFailure(start({ DATA_DIR: untouched, VIEW_FLUSH_MS: "5s" }), /VIEW_FLUSH_MS "5s" must be a whole number of milliseconds/);
    expect(existsSync(path.join(untouched, "sapo.db"))).toBe(false);
  });
});
