// Refreshing the reader site's cache after a change to live content: at once
// on this instance, and through the shared database on every other instance
// and at the CDN (lib/cache/sync.ts).
import "server-only";
import { revalidatePath } from "next/cache";
import { announceContentChange } from "@/lib/cache/sync";
import { db } from "@/lib/db";

/** Marks every reader page (article, lists, home, feeds) for regeneration, everywhere. */
export async function refreshArticlePages(): Promise<void> {
  revalidatePath("/", "layout");
  try {
    await announceContentChange(db);
  } catch (e) {
    // The change itself is saved; other instances catch up when their pages expire.
    console.error("Could not announce a content change to other instances:", (e as Error).message);
  }
}
