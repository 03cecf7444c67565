// An article's public version: how many changes readers have seen (first
// publication, publishing again, a published update, a correction). The
// row's own `version` also moves with every unpublished save, so showing it
// would tell the world an edit is under way; the content API and webhook
// payloads both show this one instead. Counted from the revisions the steps
// write (lib/articles/revision-reasons.ts), so it needs no column.
// Not `server-only`: the workflow runs in scripts and the scheduler too.
import type { Tx } from "@/lib/db/client";
import { revisionReason } from "@/lib/articles/revision-reasons";

const PUBLIC_REASONS = [revisionReason("publish"), revisionReason("publishAgain"), revisionReason("publishOnSchedule"), revisionReason("publishUpdate")];
const CORRECTION_PREFIX = revisionReason("correction", { text: "" });

/** The public version of each article in `ids` (at least 1: a published article has been seen once). */
export async function publicVersions(db: Pick<Tx, "revision">, ids: string[]): Promise<Map<string, number>> {
  if (ids.length === 0) return new Map();
  const groups = await db.revision.groupBy({
    by: ["articleId"],
    where: { articleId: { in: ids }, OR: [{ reason: { in: PUBLIC_REASONS } }, { reason: { startsWith: CORRECTION_PREFIX } }] },
    _count: { _all: true },
  });
  const counts = new Map(groups.map((g) => [g.articleId, g._count._all]));
  return new Map(ids.map((id) => [id, Math.max(1, counts.get(id) ?? 0)]));
}

export async function publicVersion(db: Pick<Tx, "revision">, id: string): Promise<number> {
  return (await publicVersions(db, [id])).get(id) ?? 1;
}
