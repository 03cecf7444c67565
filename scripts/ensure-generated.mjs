// Runs before `npm start` and `npm run dev`: regenerates the Prisma clients
// when one is missing or was generated from the wrong schema. `npm install
// <package>` removes the PostgreSQL client (node_modules/@sapo/prisma-postgres,
// made by `npm run db:generate` after every install) because npm does not
// know it, and @prisma/client's own install step leaves a placeholder where
// the SQLite client belongs.
import { spawnSync } from "node:child_process";
import { staleClients } from "./generate-clients.mjs";

const stale = staleClients();
if (stale.length > 0) {
  console.log(`• Generating the Prisma clients (${stale.join(", ")} missing or from another schema)`);
  const result = spawnSync(process.execPath, ["scripts/generate-clients.mjs"], { stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
