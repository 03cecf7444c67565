// Serves Sapo on PORT: Sapo's own HTTP server (lib/server/http-server.ts)
// answers the content API (lib/api/handler.ts) and the reader site
// (lib/reader/handler.ts) and hands the rest to
// Next.js (`next({ dev, dir })`), telling it each connection's real address. Started by scripts/start.ts once the database is ready and
// the build is current (`npm start`; `npm run dev` passes --dev), with the
// environment it prepared; not meant to be run by hand.
// It also serves co-editing at /collab (lib/collab/server.ts).
// SIGINT/SIGTERM stop it gracefully: no new connections, requests in flight
// finish (up to 10 s), open shared documents are stored, the view counts
// still in memory are written
// (lib/views/recorder.ts, every VIEW_FLUSH_MS meanwhile), then Next.js closes.
// Needs scripts/hooks/register.mjs loaded first (scripts/start.ts does it):
// the reader site imports the data layer outside Next.js.
import next from "next";
import { db, siteDb, siteSql } from "@/lib/db";
import { createApiHandler } from "@/lib/api/handler";
import { createCollabServer } from "@/lib/collab/server";
import { createReaderHandler } from "@/lib/reader/handler";
import { createSapoServer, stopServer, type FrontHandler } from "@/lib/server/http-server";
import { readViewConfig } from "@/lib/views/config";
import { ViewRecorder } from "@/lib/views/recorder";

const dev = process.argv.includes("--dev");
const port = Number(process.env.PORT ?? 3000);

async function main() {
  const started = Date.now();
  const { flushMs } = readViewConfig();
  const app = next({ dev, dir: process.cwd(), port });
  await app.prepare();
  // Counted here, in the process that answers the beacons; written to the primary.
  const views = new ViewRecorder({ db, flushMs }).start();
  const reader = createReaderHandler({ db: siteDb, sql: siteSql, dev, views });
  // The content API (/api/v1/*, lib/api/handler.ts) before the reader site: it reads
  // from siteDb; keys are checked, and their last use written, on the primary.
  const api = createApiHandler({ db: siteDb, primary: db, sql: siteSql, dev });
  const front: FrontHandler = async (req, res) => (await api(req, res)) || reader(req, res);
  // Co-editing on the same port (/collab); documents shared through Redis when REDIS_URL is set.
  const collab = createCollabServer({ db, redisUrl: process.env.REDIS_URL || undefined });
  const server = createSapoServer(app.getRequestHandler(), front, collab.handleUpgrade);
  server.on("error", (e: NodeJS.ErrnoException) => {
    console.error(`Sapo cannot serve on port ${port}: ${e.code ?? e.message}`);
    process.exit(1);
  });
  // Both IPv4 and IPv6 on every interface, as `next start` listens.
  // "Ready in", as `next start` says it: scripts/bench-support.ts waits for it.
  server.listen(port, () => {
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(`• Ready in ${seconds} s on port ${port}${dev ? " (development)" : ""}`);
  });

  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    // Shared documents first: their sockets would otherwise hold the server open.
    collab
      .close()
      .catch((e: unknown) => console.error("Storing shared documents:", e))
      .then(() =>
        stopServer(server, async () => {
          await views.stop().catch((e: unknown) => console.error("Writing view counts:", e));
          await app.close();
        }),
      )
      .catch((e: unknown) => console.error("Stopping Sapo:", e))
      .finally(() => process.exit(0));
  };
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, stop);
  // scripts/start.ts passes its signals on; should it be killed outright
  // (tsx's launcher escalates to SIGKILL when a child is slow to answer),
  // stop too rather than serve on with no one to stop us.
  const parent = process.ppid;
  setInterval(() => {
    if (process.ppid !== parent) stop();
  }, 1000).unref();
}

main().catch((e: unknown) => {
  console.error(`Sapo cannot start: ${(e as Error).message ?? e}`);
  if (process.env.DEBUG) console.error(e);
  process.exit(1);
});
