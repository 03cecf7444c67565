// Reads of the media library: a page of items, newest first, optionally
// filtered by a search over their descriptions and file names.
import "server-only";
import type { Prisma } from "@prisma/client";
import { db } from "@/lib/db";
import type { Tx } from "@/lib/db/client";
import { toMediaItem, type MediaItem } from "@/lib/media/items";
import type { MediaKind } from "@/lib/media/kinds";
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

/** `lackingAlt`: how many images in the whole library have no alt text (whatever the filter). */
export type MediaPage = { items: MediaLibraryItem[]; q: string; page: number; pages: number; total: number; lackingAlt: number };

/** Images without alt text (the update action stores texts trimmed, so "" is none). */
const LACKING_ALT = { kind: "image", alt: "" } satisfies Prisma.MediaWhereInput;

/**
 * One page of the library. `page` is clamped to the pages that exist. The
 * search is a plain substring match ignoring case (for Latin letters only on
 * SQLite), which is enough for finding a photo again. `client`
 * is for tests.
 */
export async function listMedia(
  { q = "", page = 1, kind, missingAlt }: { q?: string; page?: number; kind?: MediaKind; missingAlt?: boolean },
  client: Tx = db,
): Promise<MediaPage> {
  const query = q.trim().slice(0, MAX_QUERY_LENGTH);
  const match = containsText(client, query);
  const where: Prisma.MediaWhereInput = {
    ...(query ? { OR: [{ caption: match }, { credit: match }, { alt: match }, { originalName: match }] } : {}),
    // Pickers ask for one kind (a figure's image, a video); the library lists all.
    ...(kind ? { kind } : {}),
    // The "missing alt text" view: images only (videos and captions have none).
    ...(missingAlt ? LACKING_ALT : {}),
  };
  const [total, lackingAlt] = await Promise.all([client.media.count({ where }), client.media.count({ where: LACKING_ALT })]);
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
    lackingAlt,
  };
}
