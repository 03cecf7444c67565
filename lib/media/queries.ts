// Reads of the media library: a page of items, newest first, optionally
// filtered by a search over their descriptions and file names.
import "server-only";
import type { Prisma } from "@prisma/client";
import { db } from "@/lib/db";
import type { Tx } from "@/lib/db/client";
import { toMediaItem, type MediaItem } from "@/lib/media/items";
import { mediaUsageCounts } from "@/lib/media/usage";
import { containsText } from "@/lib/db/text-match";

export const MEDIA_PAGE_SIZE = 24;
export const MAX_QUERY_LENGTH = 200;

/**
 * An item as the library lists it: with its size on disk, how many articles
 * use it, and who uploaded it (for lib/media/access.ts; null once their
 * account is gone).
 */
export type MediaLibraryItem = MediaItem & { sizeBytes: number; usage: number; uploadedById: string | null };

export type MediaPage = { items: MediaLibraryItem[]; q: string; page: number; pages: number; total: number };

/**
 * One page of the library. `page` is clamped to the pages that exist. The
 * search is a plain substring match ignoring case (for Latin letters only on
 * SQLite), which is enough for finding a photo again. `client`
 * is for tests.
 */
export async function listMedia({ q = "", page = 1 }: { q?: string; page?: number }, client: Tx = db): Promise<MediaPage> {
  const query = q.trim().slice(0, MAX_QUERY_LENGTH);
  const match = containsText(client, query);
  const where: Prisma.MediaWhereInput = query
    ? { OR: [{ caption: match }, { credit: match }, { alt: match }, { originalName: match }] }
    : {};
  const total = await client.media.count({ where });
  const pages = Math.max(1, Math.ceil(total / MEDIA_PAGE_SIZE));
  const current = Math.min(Math.max(1, Math.floor(Number.isFinite(page) ? page : 1)), pages);
  const rows = await client.media.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: (current - 1) * MEDIA_PAGE_SIZE,
    take: MEDIA_PAGE_SIZE,
  });
  const usage = await mediaUsageCounts(
    client,
    rows.map((r) => r.id),
  );
  return {
    items: rows.map((r) => ({ ...toMediaItem(r), sizeBytes: r.sizeBytes, usage: usage.get(r.id) ?? 0, uploadedById: r.uploadedById })),
    q: query,
    page: current,
    pages,
    total,
  };
}
