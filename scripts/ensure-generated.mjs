// Runs before `npm start` and `npm run dev`: regenerates the Prisma clients
// when they are missing. `npm install <package>` removes the PostgreSQL
// client (node_modules/@sapo/prisma-postgres, made by `npm run db:generate`
// after every install) because npm does not know it.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const missing = ["node_modules/@sapo/prisma-postgres/index.js", "node_modules/.prisma/client/index.js"].filter((f) => !existsSync(f));
if (missing.length > 0) {
  console.log(`• Generating the Prisma clients (${missing.join(", ")} missing)`);
  const result = spawnSync("npm", ["run", "db:generate", "--silent"], { stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
