// Refreshing the reader site after a change to live content: at once in this
// process (lib/cache/content-signal.ts: the reader site's document cache;
// revalidatePath for the newsroom's views of it),
// and through the shared database on every other instance and at the CDN
// (lib/cache/sync.ts).
import "server-only";
import { revalidatePath } from "next/cache";
import { contentChanged } from "@/lib/cache/sync";
import { db } from "@/lib/db";

/** Marks every reader page (article, lists, home, feeds) stale, everywhere. */
export async function refreshArticlePages(): Promise<void> {
  // Next.js's own pages as well: the newsroom shows live state (workflow, the
  // site's name and language), and the action's answer carries them fresh.
  revalidatePath("/", "layout");
  try {
    await contentChanged(db);
  } catch (e) {
    // The change itself is saved; other instances catch up when their pages expire.
    console.error("Could not announce a content change to other instances:", (e as Error).message);
  }
}
