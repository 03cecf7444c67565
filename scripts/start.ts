// `npm start`: everything a new installation needs, in order. Checks the
// configuration, applies pending migrations, creates the first admin, loads
// demo content into an empty database, builds if the sources changed, and
// serves on PORT through Sapo's own server (scripts/server.ts: Next.js behind
// a Node HTTP server that passes on each connection's address). Any problem
// stops it with one line saying what to fix. `npm run dev` does the same in
// Next.js's development mode, without building.
import { spawn, spawnSync } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { constants, existsSync } from "node:fs";
import { access, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import net from "node:net";
import path from "node:path";
import { ensureFirstAdmin } from "@/lib/bootstrap/first-admin";
import { seedDemoContent } from "@/lib/bootstrap/demo-content";
import { readConfig } from "@/lib/config/env";
import { readViewConfig } from "@/lib/views/config";
import { redactUrl, resolveDatabaseUrl } from "@/lib/db/adapter";
import { checkDatabase, createPrismaClient } from "@/lib/db/client";
import { ensureSearchIndex } from "@/lib/search";
import { serverNodeArgs } from "@/scripts/server-command";

const dev = process.argv.includes("--dev");
const prepareOnly = process.argv.includes("--prepare-only");


class StartError extends Error {}

function fail(message: string): never {
  throw new StartError(message);
}

async function checkWritableDir(dir: string, what: string) {
  let info;
  try {
    info = await stat(dir);
  } catch {
    fail(`${what} ${dir} does not exist: create it (mkdir -p ${dir}) or point ${what === "DATA_DIR" ? "DATA_DIR" : "DATABASE_URL"} elsewhere`);
  }
  if (!info.isDirectory()) fail(`${what} ${dir} is not a directory`);
  try {
    await access(dir, constants.W_OK);
    const probe = path.join(dir, `.write-test-${process.pid}`);
    await writeFile(probe, "");
    await rm(probe);
  } catch {
    fail(`${what} ${dir} is not writable by this user: fix its permissions (chmod u+w ${dir}) or choose another directory`);
  }
}

function checkPortFree(port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", (e: NodeJS.ErrnoException) =>
      reject(
        new StartError(
          e.code === "EADDRINUSE"
            ? `Port ${port} is already in use: stop the program using it or start with PORT=<another port>`
            : `Cannot listen on port ${port} (${e.code}): choose another with PORT=<port>`,
        ),
      ),
    );
    server.listen(port, () => server.close(() => resolve()));
  });
}

async function authSecret(dataDir: string): Promise<string> {
  const fromEnv = process.env.AUTH_SECRET || process.env.NEXTAUTH_SECRET;
  if (fromEnv) return fromEnv;
  // Kept under data/ so sessions survive restarts without any set-up.
  const file = path.join(dataDir, "auth-secret");
  if (existsSync(file)) return (await readFile(file, "utf8")).trim();
  const secret = randomBytes(32).toString("base64url");
  await writeFile(file, secret + "\n", { mode: 0o600 });
  return secret;
}

function runMigrations(env: NodeJS.ProcessEnv) {
  const prisma = path.resolve("node_modules/prisma/build/index.js");
  const result = spawnSync(process.execPath, [prisma, "migrate", "deploy"], { env, encoding: "utf8" });
  if (result.status !== 0) {
    const output = `${result.stdout}\n${result.stderr}`;
    const reason = output
      .split("\n")
      .map((l) => l.trim())
      .filter((l) => /error/i.test(l))
      .pop();
    fail(`Applying database migrations failed: ${reason ?? "see `npx prisma migrate deploy`"}`);
  }
  return !/No pending migrations/i.test(result.stdout);
}

const SOURCE_ROOTS = ["app", "components", "lib", "public", "prisma/schema.prisma", "prisma/postgres/schema.prisma", "proxy.ts", "next.config.ts", "tsconfig.json", "package-lock.json"];

// Only the sources: nothing is rendered at build time (app/layout.tsx) and no
// setting is inlined into the bundles (the server reads its environment when
// it starts), so one build serves every port, site address and engine.
async function sourceHash(): Promise<string> {
  const hash = createHash("sha256");
  const visit = async (p: string): Promise<void> => {
    if (!existsSync(p)) return;
    const info = await stat(p);
    if (info.isDirectory()) {
      for (const name of (await readdir(p)).sort()) await visit(path.join(p, name));
    } else {
      hash.update(p).update("\0").update(await readFile(p)).update("\0");
    }
  };
  for (const root of SOURCE_ROOTS) await visit(root);
  return hash.digest("hex");
}

function nextBin(): string {
  return path.resolve("node_modules/next/dist/bin/next");
}

async function buildIfNeeded(env: NodeJS.ProcessEnv) {
  const marker = path.resolve(".next/sapo-source-hash");
  const current = await sourceHash();
  const previous = existsSync(marker) ? (await readFile(marker, "utf8")).trim() : "";
  if (previous === current && existsSync(".next/BUILD_ID")) {
    console.log("• Build is up to date");
    return;
  }
  console.log("• Building the app (next build)…");
  const result = spawnSync(process.execPath, [nextBin(), "build"], { env: { ...env, NODE_ENV: "production" }, stdio: "inherit" });
  if (result.status !== 0) fail("`next build` failed: see the output above");
  await writeFile(marker, current + "\n");
}

async function main() {
  if (existsSync(".env")) process.loadEnvFile(".env");
  let config;
  try {
    config = readConfig();
    // The server reads it again when it starts counting; checked here so a bad value stops before any migration or build.
    readViewConfig();
  } catch (e) {
    fail((e as Error).message);
  }
  const dataDir = path.resolve(config.dataDir);
  await checkWritableDir(dataDir, "DATA_DIR");
  let target;
  try {
    target = resolveDatabaseUrl(process.env.DATABASE_URL ?? `file:${path.join(dataDir, "sapo.db")}`);
  } catch (e) {
    fail((e as Error).message);
  }
  if (target.engine === "sqlite") await checkWritableDir(path.dirname(target.file), "The database directory");
  await checkPortFree(config.port);

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: target.engine === "sqlite" ? `file:${target.file}` : target.url,
    DATA_DIR: dataDir,
    PORT: String(config.port),
    SITE_URL: config.siteUrl,
    NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? config.siteUrl,
    AUTH_SECRET: await authSecret(dataDir),
    NEXT_TELEMETRY_DISABLED: "1",
  };

  const applied = runMigrations(env);
  const label = target.engine === "sqlite" ? path.relative(process.cwd(), target.file) : `PostgreSQL ${redactUrl(target.url)}`;
  console.log(`• Database ${label}: ${applied ? "migrations applied" : "schema up to date"}`);

  const db = createPrismaClient(target);
  try {
    console.log(`• ${await checkDatabase(db)}`);
    const admin = await ensureFirstAdmin(db);
    if (admin.created) {
      console.log(`• First admin created: ${admin.email}`);
      if (admin.generatedPassword) {
        console.log(`  Password (shown once; change it on /newsroom/profile after signing in): ${admin.generatedPassword}`);
      }
    }
    const adminId = admin.created ? admin.id : null;
    // A real paper's first start can skip the demo articles (DEMO_CONTENT=off).
    if (process.env.DEMO_CONTENT !== "off") {
      const seed = await seedDemoContent(db, { createdById: adminId });
      if (seed.seeded) console.log(`• Demo content loaded: ${seed.articles} articles, ${seed.media} images`);
    }
    const reindexed = await ensureSearchIndex(db);
    if (reindexed !== null) console.log(`• Search index repaired: ${reindexed} articles`);
  } finally {
    await db.$disconnect();
  }

  if (prepareOnly) return;
  if (!dev) await buildIfNeeded(env);

  console.log(`• Sapo is starting on ${config.siteUrl} (newsroom: ${config.siteUrl}/newsroom)`);
  const child = spawn(process.execPath, serverNodeArgs({ dev }), {
    env: { ...env, NODE_ENV: dev ? "development" : "production" },
    stdio: "inherit",
  });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => child.kill(signal));
  child.on("exit", (code) => process.exit(code ?? 0));
}

main().catch((e) => {
  if (e instanceof StartError) {
    console.error(`Sapo cannot start: ${e.message}`);
  } else {
    console.error(`Sapo cannot start: ${(e as Error).message ?? e}`);
    if (process.env.DEBUG) console.error(e);
  }
  process.exit(1);
});
