// Runs once before the integration tests: applies the committed migrations
// with the real Prisma CLI to a template database in a directory of this run's
// own (so two runs at once do not trip over each other). Each test file copies
// the template (tests/support/db.ts), so files stay isolated.
import { spawnSync } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    testRoot: string;
  }
}

export default function setup(project: TestProject) {
  const root = path.resolve("data/test-run", `${process.pid}`);
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  const result = spawnSync(process.execPath, ["node_modules/prisma/build/index.js", "migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: `file:${path.join(root, "template.db")}` },
    encoding: "utf8",
  });
  if (result.status !== 0) throw new Error(`migrate deploy failed:\n${result.stdout}\n${result.stderr}`);
  project.provide("testRoot", root);
  return () => rmSync(root, { recursive: true, force: true });
}
