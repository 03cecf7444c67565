// Runs once before the integration tests: applies the committed migrations
// with the real Prisma CLI to a template database in a fresh directory. Each
// test file copies the template (tests/support/db.ts), so files stay isolated.
import { spawnSync } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";

export const TEST_ROOT = path.resolve("data/test-run");
export const TEMPLATE_DB = path.join(TEST_ROOT, "template.db");

export default function setup() {
  rmSync(TEST_ROOT, { recursive: true, force: true });
  mkdirSync(TEST_ROOT, { recursive: true });
  const result = spawnSync(process.execPath, ["node_modules/prisma/build/index.js", "migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: `file:${TEMPLATE_DB}` },
    encoding: "utf8",
  });
  if (result.status !== 0) throw new Error(`migrate deploy failed:\n${result.stdout}\n${result.stderr}`);
}
