// The collaboration server of the co-editing benchmark (scripts/bench-collab.ts),
// in a process of its own so the memory and CPU it reports are the server's
// alone, not the simulated editors'. Started by the benchmark with
// --expose-gc, tsx and the server-only hook, as Sapo's own server is
// (scripts/server-command.ts), and DATABASE_URL / AUTH_SECRET of the bench
// installation. Talks over the IPC channel:
//   → {type: "ready", port}        once it listens on an ephemeral loopback port
//   ← {type: "stats", gc}          → {type: "stats", memory, cpu, documents, connections}
//                                    (with gc: memory after a full GC, which
//                                    costs CPU, so not while CPU is measured)
//   ← {type: "stop"}               stores what is open, closes, exits.
// Debounce and sweep are the production defaults (lib/collab/server.ts).
import http from "node:http";
import type { AddressInfo } from "node:net";
import { createCollabServer } from "@/lib/collab/server";
import { resolveDatabaseUrl } from "@/lib/db/adapter";
import { createPrismaClient } from "@/lib/db/client";

export type ServerStats = {
  type: "stats";
  memory: NodeJS.MemoryUsage;
  cpu: NodeJS.CpuUsage;
  documents: number;
  connections: number;
};
export type ServerMessage = { type: "ready"; port: number } | ServerStats;

const send = (message: ServerMessage) => process.send!(message);

/** Full collections until the heap stops shrinking (finalizers can free more on a second pass). */
async function collect() {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) return;
  for (let i = 0; i < 3; i++) {
    gc();
    await new Promise((r) => setImmediate(r));
  }
}

async function main() {
  if (!process.send) throw new Error("bench-collab-server runs as a child of scripts/bench-collab.ts");
  const db = createPrismaClient(resolveDatabaseUrl(process.env.DATABASE_URL!));
  const collab = createCollabServer({ db });
  const server = http.createServer((_req, res) => res.writeHead(404).end());
  server.on("upgrade", (req, socket, head) => {
    if (!collab.handleUpgrade(req, socket, head)) socket.destroy();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));

  process.on("message", (message: { type: string; gc?: boolean }) => {
    if (message.type === "stats") {
      void (message.gc ? collect() : Promise.resolve()).then(() => send({ type: "stats", memory: process.memoryUsage(), cpu: process.cpuUsage(), ...collab.stats() }));
    } else if (message.type === "stop") {
      void (async () => {
        await collab.close();
        server.closeAllConnections();
        server.close();
        await db.$disconnect();
        process.exit(0);
      })();
    }
  });
  // The benchmark went away without saying stop: go too.
  process.on("disconnect", () => process.exit(0));
  send({ type: "ready", port: (server.address() as AddressInfo).port });
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
