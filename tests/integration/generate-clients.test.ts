// `npm run db:generate` (run by `npm ci`) on an installation whose
// environment selects PostgreSQL must still generate the SQLite client the
// code is typed against. Run for real with the Prisma CLI, in a sandbox: a
// copy of the project's schemas and config whose node_modules links to the
// real packages, except @prisma/client (copied, its runtime linked), so the
// clients are written into the sandbox and never over the shared ones.
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateCommands, schemaProvider, staleClients } from "@/scripts/generate-clients.mjs";

const root = process.cwd();
const modules = path.join(root, "node_modules");
const POSTGRES_ENV = "postgresql://sapo:secret@db.example.com:5432/sapo";
let sandbox: string;

function makeSandbox(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "sapo-generate-"));
  const nm = path.join(dir, "node_modules");
  mkdirSync(path.join(nm, "@prisma", "client"), { recursive: true });
  mkdirSync(path.join(nm, "@sapo"));
  for (const name of readdirSync(modules)) {
    if (["@prisma", "@sapo", ".prisma"].includes(name)) continue;
    symlinkSync(path.join(modules, name), path.join(nm, name));
  }
  for (const name of readdirSync(path.join(modules, "@prisma"))) {
    if (name !== "client") symlinkSync(path.join(modules, "@prisma", name), path.join(nm, "@prisma", name));
  }
  // Prisma writes the default client beside the real path of @prisma/client.
  for (const name of readdirSync(path.join(modules, "@prisma", "client"))) {
    const from = path.join(modules, "@prisma", "client", name);
    if (["runtime", "generator-build"].includes(name)) symlinkSync(from, path.join(nm, "@prisma", "client", name));
    else cpSync(from, path.join(nm, "@prisma", "client", name), { recursive: true });
  }
  for (const p of ["package.json", "prisma.config.ts", "prisma", "scripts/generate-clients.mjs", "lib/db/adapter.ts", "lib/db/migration-adapter.ts"]) {
    cpSync(path.join(root, p), path.join(dir, p), { recursive: true });
  }
  return dir;
}

const mtime = (p: string) => statSync(path.join(modules, p)).mtimeMs;
const SHARED = [".prisma/client/index.js", "@sapo/prisma-postgres/index.js"];

beforeAll(() => {
  sandbox = makeSandbox();
});
afterAll(() => rmSync(sandbox, { recursive: true, force: true }));

describe("npm run db:generate", () => {
  it("makes the SQLite client from prisma/schema.prisma even when DATABASE_URL selects PostgreSQL", () => {
    const before = SHARED.map(mtime);
    const r = spawnSync("npm", ["run", "db:generate", "--silent"], {
      cwd: sandbox,
      env: { ...process.env, DATABASE_URL: POSTGRES_ENV },
      encoding: "utf8",
    });
    expect(r.status, r.stderr).toBe(0);
    expect(schemaProvider(path.join(sandbox, "node_modules/.prisma/client/schema.prisma"))).toBe("sqlite");
    expect(schemaProvider(path.join(sandbox, "node_modules/@sapo/prisma-postgres/schema.prisma"))).toBe("postgresql");
    expect(staleClients(sandbox)).toEqual([]);
    // The sandbox held: the shared clients were not written.
    expect(SHARED.map(mtime)).toEqual(before);
  }, 180_000);

  it("runs each schema with a DATABASE_URL of its own engine, whatever the environment says", () => {
    const commands = generateCommands({ DATABASE_URL: POSTGRES_ENV, PATH: "/bin" }, root);
    expect(commands.map((c) => c.args.slice(1))).toEqual([
      ["generate", "--schema", "prisma/schema.prisma"],
      ["generate", "--schema", "prisma/postgres/schema.prisma"],
    ]);
    for (const c of commands) {
      const provider = schemaProvider(path.join(root, c.args[3]));
      expect(c.env.DATABASE_URL?.startsWith(provider === "sqlite" ? "file:" : "postgresql:"), c.args[3]).toBe(true);
      expect(c.env.PATH).toBe("/bin");
    }
  });
});

describe("scripts/ensure-generated.mjs's check", () => {
  it("finds a client generated from the wrong schema, or @prisma/client's placeholder", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "sapo-stale-"));
    try {
      const put = (file: string, text: string) => {
        mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
        writeFileSync(path.join(dir, file), text);
      };
      put("node_modules/.prisma/client/index.js", "// placeholder");
      put("node_modules/@sapo/prisma-postgres/index.js", "");
      put("node_modules/@sapo/prisma-postgres/schema.prisma", 'datasource db {\n  provider = "postgresql"\n  url = env("DATABASE_URL")\n}');
      expect(staleClients(dir)).toEqual(["node_modules/.prisma/client"]);
      put("node_modules/.prisma/client/schema.prisma", 'datasource db {\n  provider = "postgresql"\n}');
      expect(staleClients(dir)).toEqual(["node_modules/.prisma/client"]);
      put("node_modules/.prisma/client/schema.prisma", 'generator client {\n  provider = "prisma-client-js"\n}\ndatasource db {\n  provider = "sqlite"\n}');
      expect(staleClients(dir)).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
