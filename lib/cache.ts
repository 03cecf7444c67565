// Refreshing the reader site's cache after a change to live content. Pages
// also regenerate on their own within 10 seconds; this makes it immediate.
import "server-only";
import { revalidatePath } from "next/cache";

/** Marks every reader page (article, lists, home, feeds) for regeneration. */
export function refreshArticlePages(): void {
  revalidatePath("/", "layout");
}
