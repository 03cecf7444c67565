// `npm run db:new-migration -- <name>`: writes a migration for the changes
// made to prisma/schema.prisma since the last commit, as a schema-to-schema
// diff (`prisma migrate dev` needs a shadow database; this does not).
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const name = (process.argv[2] ?? "").toLowerCase().replace(/[^a-z0-9]+/g, "_").replace(/^_|_$/g, "");
if (!name) {
  console.error("Usage: npm run db:new-migration -- <what_changed>");
  process.exit(1);
}
const previous = path.join(mkdtempSync(path.join(tmpdir(), "sapo-")), "previous.prisma");
writeFileSync(previous, execFileSync("git", ["show", "HEAD:prisma/schema.prisma"]));
const diff = spawnSync(
  process.execPath,
  ["node_modules/prisma/build/index.js", "migrate", "diff", "--from-schema-datamodel", previous, "--to-schema-datamodel", "prisma/schema.prisma", "--script"],
  { encoding: "utf8" },
);
if (diff.status !== 0) {
  console.error(diff.stderr || diff.stdout);
  process.exit(1);
}
if (!/^\s*[A-Z]/m.test(diff.stdout.replace(/^--.*$/gm, ""))) {
  console.log("prisma/schema.prisma has no changes since the last commit: no migration written.");
  process.exit(0);
}
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const dir = path.join("prisma", "migrations", `${stamp}_${name}`);
mkdirSync(dir, { recursive: true });
writeFileSync(path.join(dir, "migration.sql"), diff.stdout);
console.log(`Wrote ${dir}/migration.sql: review it, then \`npm start\` or \`npm run db:migrate\` applies it.`);
