// `npm run media:renditions`: makes the crop renditions (lib/media/renditions.ts)
// of every image that has none yet (renditionKey ""), such as those uploaded
// before crops existed, around each one's focal point. Idempotent: images that
// have renditions are left alone, so it can be run again after an
// interruption. Reads DATABASE_URL / DATA_DIR and the media store settings
// like the app. Prints how many were made, skipped and failed.
import path from "node:path";
import { resolveDatabaseUrl } from "@/lib/db/adapter";
import { createPrismaClient } from "@/lib/db/client";
import { makeMissingRenditions } from "@/lib/media/focal";
import { mediaStore } from "@/lib/media/storage";

async function main() {
  const dataDir = process.env.DATA_DIR ?? "data";
  const db = createPrismaClient(resolveDatabaseUrl(process.env.DATABASE_URL ?? `file:${path.join(dataDir, "sapo.db")}`));
  const store = mediaStore();
  let made = 0;
  let skipped = 0;
  let failed = 0;
  try {
    const todo = await db.media.findMany({ where: { kind: "image", renditionKey: "" }, select: { id: true, originalName: true }, orderBy: { createdAt: "asc" } });
    const already = await db.media.count({ where: { kind: "image", NOT: { renditionKey: "" } } });
    console.log(`${todo.length} images without renditions, ${already} with.`);
    for (const item of todo) {
      try {
        if (await makeMissingRenditions(db, item.id, store)) made++;
        else skipped++;
      } catch (e) {
        failed++;
        console.error(`${item.id} (${item.originalName || "no name"}): ${(e as Error).message}`);
      }
    }
  } finally {
    await db.$disconnect();
  }
  console.log(`Renditions made for ${made} images; ${skipped} skipped (done meanwhile or gone); ${failed} failed.`);
  if (failed > 0) process.exitCode = 1;
}

main().catch((e) => {
  console.error(`media:renditions failed: ${(e as Error).message}`);
  process.exit(1);
});
