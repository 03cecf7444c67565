// Backup and restore through the real scripts: a snapshot taken while a
// writer is busy comes back whole in an empty installation, and a damaged,
// edited or foreign backup is refused before anything is written.
import { execFile, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { promisify } from "node:util";
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, truncateSync, writeFileSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemoContent } from "@/lib/bootstrap/demo-content";
import { resolveDatabaseUrl } from "@/lib/db/adapter";
import { createPrismaClient } from "@/lib/db/client";
import { localMediaStore } from "@/lib/media/local-store";
import { freshDatabase, type TestDb } from "@/tests/support/db";

let t: TestDb;
const run = (script: string, args: string[], env: Record<string, string>) =>
  spawnSync(process.execPath, ["node_modules/tsx/dist/cli.mjs", script, ...args], {
    env: { PATH: process.env.PATH ?? "", NODE_ENV: "production", ...env },
    encoding: "utf8",
  });

beforeAll(async () => {
  t = await freshDatabase();
  await seedDemoContent(t.db, { store: localMediaStore(path.join(t.dir, "media")) });
  await t.db.user.create({ data: { email: "kept@example.com", displayName: "Kept", role: "EDITOR" } });
});
afterAll(() => t.db.$disconnect());

describe("backup and restore", () => {
  it("brings back every article, revision, image and user", async () => {
    const file = path.join(t.dir, "backup.tar.gz");
    // Writes keep going while the backup runs (in another process).
    const backup = promisify(execFile)(process.execPath, ["node_modules/tsx/dist/cli.mjs", "scripts/backup.ts", file], {
      env: { PATH: process.env.PATH ?? "", NODE_ENV: "production", DATA_DIR: t.dir, DATABASE_URL: t.url },
    });
    for (let i = 0; i < 50; i++) await t.db.auditEvent.create({ data: { action: "test.write", detail: `{"i":${i}}` } });
    const { stderr } = await backup;
    expect(stderr).toBe("");
    expect(existsSync(file)).toBe(true);

    const target = path.join(t.dir, "restored");
    mkdirSync(target);
    const restore = run("scripts/restore.ts", [file], { DATA_DIR: target });
    expect(restore.stderr).toBe("");
    expect(restore.status).toBe(0);
    expect(run("scripts/restore.ts", [file], { DATA_DIR: target }).status).toBe(1); // never over an existing installation

    const restored = createPrismaClient(resolveDatabaseUrl(`file:${path.join(target, "sapo.db")}`));
    try {
      for (const model of ["article", "revision", "media", "user", "section", "tag"] as const) {
        // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the six model delegates' count() signatures do not unify; only the number matters
        const count = (db: any) => db[model].count() as Promise<number>;
        expect(await count(restored), model).toBe(await count(t.db));
      }
      const seed = await restored.article.findFirstOrThrow({ where: { featured: true, featuredRank: 0 } });
      expect(seed.bodyHtml).toBe((await t.db.article.findUniqueOrThrow({ where: { id: seed.id } })).bodyHtml);
      for (const m of await restored.media.findMany()) {
        for (const w of m.variants.split(",")) expect(existsSync(path.join(target, "media", `${m.fileKey}-${w}.webp`))).toBe(true);
      }
      expect(await restored.user.findUnique({ where: { email: "kept@example.com" } })).not.toBeNull();
    } finally {
      await restored.$disconnect();
    }
  });
});

/** A backup of the test database, made by the script. */
function makeBackup(name: string): string {
  const file = path.join(t.dir, `${name}.tar.gz`);
  const r = run("scripts/backup.ts", [file], { DATA_DIR: t.dir, DATABASE_URL: t.url });
  expect(r.status, r.stderr).toBe(0);
  return file;
}

/** Unpacks a backup, lets `edit` change the files, and packs them again as `name`. */
function repack(file: string, name: string, edit: (dir: string) => void): string {
  const dir = path.join(t.dir, `${name}-unpacked`);
  mkdirSync(dir);
  expect(spawnSync("tar", ["-xzf", file, "-C", dir]).status).toBe(0);
  edit(dir);
  const out = path.join(t.dir, `${name}.tar.gz`);
  expect(spawnSync("tar", ["-czf", out, "-C", dir, ...readdirSync(dir)]).status).toBe(0);
  return out;
}

const sha256Of = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");

/** Every file under `dir` with its SHA-256: "nothing was written" is this staying the same. */
function snapshotOf(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const visit = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = path.join(d, name);
      if (statSync(p).isDirectory()) visit(p);
      else out[path.relative(dir, p)] = sha256Of(p);
    }
  };
  if (existsSync(dir)) visit(dir);
  return out;
}

describe("restore checks the backup before it writes anything", () => {
  let good: string;
  // An installation with a database: restore never writes over it.
  const existing = () => path.join(t.dir, "target-existing");
  beforeAll(() => {
    good = makeBackup("good");
    mkdirSync(existing());
    expect(run("scripts/restore.ts", [good], { DATA_DIR: existing() }).status).toBe(0);
  });

  /** Restores `file` into an empty installation and into the existing one: refused, nothing written. */
  function refused(file: string, reason: RegExp) {
    for (const target of ["empty", "existing"]) {
      const dir = target === "existing" ? existing() : path.join(t.dir, `target-${path.basename(file, ".tar.gz")}`);
      mkdirSync(dir, { recursive: true });
      const before = snapshotOf(dir);
      const r = run("scripts/restore.ts", [file], { DATA_DIR: dir });
      expect(r.status, `${target}: ${r.stdout}`).toBe(1);
      if (target === "empty") {
        expect(r.stderr.trim().split("\n"), "one clear line").toHaveLength(1);
        expect(r.stderr).toMatch(reason);
      }
      expect(snapshotOf(dir), target).toEqual(before);
    }
  }

  it("refuses a truncated backup", () => {
    const file = path.join(t.dir, "truncated.tar.gz");
    writeFileSync(file, readFileSync(good));
    truncateSync(file, Math.floor(statSync(file).size * 0.6));
    refused(file, /damaged or incomplete/);
  });

  it("refuses a backup whose database was changed after it was made (manifest unchanged)", () => {
    const file = repack(good, "tampered", (dir) => {
      const db = new Database(path.join(dir, "sapo.db"));
      db.prepare(`UPDATE "Article" SET "title" = 'Edited afterwards' WHERE "id" = (SELECT "id" FROM "Article" LIMIT 1)`).run();
      db.close();
    });
    refused(file, /does not match its manifest.*Article/);
  });

  it("refuses a backup whose row was deleted and manifest counts edited to agree", () => {
    const file = repack(good, "recounted", (dir) => {
      const db = new Database(path.join(dir, "sapo.db"));
      db.prepare(`DELETE FROM "AuditEvent" WHERE "id" = (SELECT "id" FROM "AuditEvent" LIMIT 1)`).run();
      db.close();
      const manifest = JSON.parse(readFileSync(path.join(dir, "manifest.json"), "utf8"));
      manifest.counts.AuditEvent -= 1;
      writeFileSync(path.join(dir, "manifest.json"), JSON.stringify(manifest));
    });
    refused(file, /does not match its manifest.*AuditEvent/);
  });

  it("refuses a media file that differs from the manifest", () => {
    const file = repack(good, "media-changed", (dir) => {
      const name = readdirSync(path.join(dir, "media"))[0];
      writeFileSync(path.join(dir, "media", name), "not the image");
    });
    refused(file, /media/);
  });

  it("refuses a database from another version of the app (other migrations)", () => {
    const file = repack(good, "foreign", (dir) => {
      // A migration this app does not have, with the manifest made to agree,
      // as in a backup from a newer or forked Sapo.
      const dbFile = path.join(dir, "sapo.db");
      const db = new Database(dbFile);
      db.prepare(
        `INSERT INTO "_prisma_migrations" ("id", "checksum", "migration_name", "started_at", "finished_at", "applied_steps_count") VALUES ('x', 'x', '29990101000000_from_elsewhere', 0, 0, 1)`,
      ).run();
      db.close();
      const manifest = JSON.parse(readFileSync(path.join(dir, "manifest.json"), "utf8"));
      manifest.migrations = [...(manifest.migrations ?? []), "29990101000000_from_elsewhere"];
      if (manifest.database) manifest.database = { ...manifest.database, size: statSync(dbFile).size, sha256: sha256Of(dbFile) };
      writeFileSync(path.join(dir, "manifest.json"), JSON.stringify(manifest));
    });
    refused(file, /29990101000000_from_elsewhere/);
  });

  it("refuses a file that is not a backup", () => {
    const file = path.join(t.dir, "notes.tar.gz");
    writeFileSync(file, "just some text");
    refused(file, /not a Sapo backup|damaged or incomplete/);
    const other = repack(good, "no-manifest", (dir) => writeFileSync(path.join(dir, "manifest.json"), JSON.stringify({ format: "something-else" })));
    refused(other, /not a Sapo backup/);
  });

  it("restores a good backup, saying what it checked", () => {
    const dir = path.join(t.dir, "target-good");
    mkdirSync(dir);
    const r = run("scripts/restore.ts", [good], { DATA_DIR: dir });
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/integrity, migrations \(\d+\), row counts and checksums of \d+ tables, \d+ media files/);
    expect(existsSync(path.join(dir, "sapo.db"))).toBe(true);
  });
});
