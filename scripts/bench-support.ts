// Shared by the benchmarks: a fresh installation of their own and a
// production server on it.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";

/** Empties `dataDir` and prepares it as `npm start` does (migrations, admin, demo content). */
export function prepareInstallation(env: NodeJS.ProcessEnv, dataDir: string) {
  rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(dataDir, { recursive: true });
  const r = spawnSync(process.execPath, ["node_modules/tsx/dist/cli.mjs", "scripts/start.ts", "--prepare-only"], { env, stdio: "inherit" });
  if (r.status !== 0) throw new Error("preparing the bench installation failed");
}

/** Starts `npm start` (building if needed) and resolves once it serves. */
export function startServer(env: NodeJS.ProcessEnv): Promise<ChildProcess> {
  const child = spawn(process.execPath, ["node_modules/tsx/dist/cli.mjs", "scripts/start.ts"], { env, stdio: ["ignore", "pipe", "inherit"] });
  return new Promise((resolve, reject) => {
    child.stdout!.on("data", (chunk: Buffer) => {
      if (/Ready in/.test(chunk.toString())) resolve(child);
    });
    child.on("exit", (code) => reject(new Error(`server exited with ${code}`)));
  });
}

export const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
