// Runs a command with a PostgreSQL server for the tests to use, then stops it.
//   tsx scripts/with-postgres.ts <command> [args…]
// TEST_POSTGRES_URL, when set, names an existing server (a URL to a database
// the tests may use to CREATE and DROP databases); otherwise a throwaway
// cluster is made with the installed PostgreSQL binaries (Debian's
// `postgresql` package) in a temporary directory, listening on loopback only,
// and removed afterwards. The command gets TEST_POSTGRES_URL in its environment.
import { spawn, spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";

const command = process.argv.slice(2);
if (command.length === 0) {
  console.error("usage: tsx scripts/with-postgres.ts <command> [args…]");
  process.exit(2);
}

function postgresBinDir(): string {
  const fromPath = spawnSync("sh", ["-c", "command -v initdb"], { encoding: "utf8" }).stdout.trim();
  if (fromPath && !fromPath.startsWith("/usr/local/bin")) return path.dirname(fromPath);
  // Debian keeps the server binaries out of PATH, one folder per major version.
  const root = "/usr/lib/postgresql";
  const versions = existsSync(root) ? readdirSync(root).filter((v) => existsSync(path.join(root, v, "bin", "initdb"))) : [];
  versions.sort((a, b) => Number(b) - Number(a));
  if (versions.length === 0) {
    console.error(
      "PostgreSQL is needed for the PostgreSQL half of the tests: install it (Debian: apt-get install postgresql) " +
        "or set TEST_POSTGRES_URL to a server where the tests may create databases.",
    );
    process.exit(1);
  }
  return path.join(root, versions[0], "bin");
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

/** initdb and postgres refuse to run as root: run them as the `postgres` account then. */
function asServerUser(bin: string, args: string[]) {
  const root = process.getuid?.() === 0;
  const [cmd, cmdArgs] = root ? ["runuser", ["-u", "postgres", "--", bin, ...args]] : [bin, args];
  const result = spawnSync(cmd, cmdArgs, { encoding: "utf8" });
  if (result.status !== 0) throw new Error(`${path.basename(bin)} failed:\n${result.stdout}\n${result.stderr}`);
}

async function startThrowawayCluster(): Promise<{ url: string; stop: () => void }> {
  const bin = postgresBinDir();
  const dir = mkdtempSync(path.join(tmpdir(), "sapo-pg-"));
  if (process.getuid?.() === 0) spawnSync("chown", ["postgres:postgres", dir]);
  chmodSync(dir, 0o700);
  const data = path.join(dir, "data");
  asServerUser(path.join(bin, "initdb"), ["-D", data, "-U", "sapo", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8"]);
  const port = await freePort();
  // Durability settings off: a test cluster is thrown away, and this makes it fast.
  const options = [
    `-p ${port}`,
    `-k ${dir}`,
    "-c listen_addresses=127.0.0.1",
    "-c fsync=off",
    "-c synchronous_commit=off",
    "-c full_page_writes=off",
    "-c max_connections=300",
  ].join(" ");
  asServerUser(path.join(bin, "pg_ctl"), ["-D", data, "-l", path.join(dir, "server.log"), "-w", "-o", options, "start"]);
  console.log(`• Throwaway PostgreSQL (${path.basename(path.dirname(bin))}) on 127.0.0.1:${port}`);
  return {
    url: `postgresql://sapo@127.0.0.1:${port}/postgres`,
    stop: () => {
      try {
        asServerUser(path.join(bin, "pg_ctl"), ["-D", data, "-m", "immediate", "stop"]);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

const server = process.env.TEST_POSTGRES_URL
  ? { url: process.env.TEST_POSTGRES_URL, stop: () => {} }
  : await startThrowawayCluster();

const child = spawn(command[0], command.slice(1), {
  stdio: "inherit",
  env: { ...process.env, TEST_POSTGRES_URL: server.url },
});
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => child.kill(signal));
child.on("exit", (code, signal) => {
  server.stop();
  process.exit(code ?? (signal ? 1 : 0));
});
