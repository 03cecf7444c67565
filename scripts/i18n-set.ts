// Replaces one group of messages in every catalogue at once:
//   npx tsx scripts/i18n-set.ts <group> <lang>=<file.json> [<lang>=<file.json> …]
// e.g. npx tsx scripts/i18n-set.ts editor en=/tmp/editor.en.json vi=/tmp/editor.vi.json
// Takes a lock (messages/.lock) so several people or tools can update
// different groups at the same time without losing each other's work.
import { openSync, closeSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

const [group, ...pairs] = process.argv.slice(2);
if (!group || pairs.length === 0 || pairs.some((p) => !/^[a-z]{2,3}(-[A-Z]{2})?=.+/.test(p))) {
  console.error("usage: npx tsx scripts/i18n-set.ts <group> <lang>=<file.json> …");
  process.exit(2);
}
const lock = path.resolve("messages/.lock");
const started = Date.now();
for (;;) {
  try {
    closeSync(openSync(lock, "wx"));
    break;
  } catch {
    if (Date.now() - started > 30_000) throw new Error(`${lock} held for 30 s: remove it if no one is writing`);
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 50);
  }
}
try {
  for (const pair of pairs) {
    const [lang, file] = pair.split(/=(.*)/s);
    const target = path.resolve("messages", `${lang}.json`);
    const catalogue = JSON.parse(readFileSync(target, "utf8"));
    catalogue[group] = JSON.parse(readFileSync(file, "utf8"));
    writeFileSync(`${target}.tmp`, JSON.stringify(catalogue, null, 2) + "\n");
    renameSync(`${target}.tmp`, target);
    console.log(`${path.relative(process.cwd(), target)}: group "${group}" replaced`);
  }
} finally {
  rmSync(lock, { force: true });
}
