// Keeps old article addresses working. Call recordAddressChange() in the
// transaction that changes an article's slug or section: the old address
// then answers 301 (see proxy.ts). Any redirect sitting on the new address is
// removed, so an article can always be reached at its current address.
import type { Tx } from "@/lib/db/client";

export async function recordAddressChange(
  tx: Tx,
  articleId: string,
  from: { sectionSlug: string; slug: string },
  to: { sectionSlug: string; slug: string },
): Promise<void> {
  await claimAddress(tx, to);
  if (from.sectionSlug === to.sectionSlug && from.slug === to.slug) return;
  await tx.slugRedirect.upsert({
    where: { sectionSlug_slug: from },
    create: { ...from, articleId },
    update: { articleId },
  });
  // Older addresses keep pointing at the article; they resolve to its current one.
}

/** Frees an address for an article that now lives there. */
export async function claimAddress(tx: Tx, at: { sectionSlug: string; slug: string }): Promise<void> {
  await tx.slugRedirect.deleteMany({ where: at });
}
