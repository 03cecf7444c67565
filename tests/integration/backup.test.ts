// Backup and restore through the real scripts: a snapshot taken while a
// writer is busy comes back whole in an empty installation.
import { execFile, spawnSync } from "node:child_process";
import { promisify } from "node:util";
import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemoContent } from "@/lib/bootstrap/demo-content";
import { resolveDatabaseUrl } from "@/lib/db/adapter";
import { createPrismaClient } from "@/lib/db/client";
import { localMediaStore } from "@/lib/media/storage";
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
        // eslint-disable-next-line @typescript-eslint/no-explicit-any
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
