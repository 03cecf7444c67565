// The writes the workflow's steps share (lib/articles/workflow.ts and the
// steps on published articles, published-steps.ts): moving pending changes
// live under the version check, the revision a step leaves, and the refusal
// to publish over open suggestions. Each runs inside the caller's transaction.
import type { Actor } from "@/lib/auth/actor";
import { countSuggestions } from "@/lib/content/suggestions";
import type { Tx } from "@/lib/db/client";
import { UserError } from "@/lib/errors/user-error";
import { columnsOf, loadRow, pendingOf, snapshotOf, type Loaded } from "@/lib/articles/article-state";
import { applyFields } from "@/lib/articles/field-writes";

/** A revision of the article as it now is (its pending changes for a published article). */
export async function revision(tx: Tx, row: Loaded, version: number, actor: Pick<Actor | Actor<null>, "id">, reason: string) {
  const fresh = (await loadRow(tx, row.id))!;
  const fields = pendingOf(fresh) ?? columnsOf(fresh);
  await tx.revision.create({ data: { articleId: row.id, version, snapshot: snapshotOf(fields), reason, authorId: actor.id } });
}

/**
 * Nothing is published with suggestions open (lib/content/suggestions.ts):
 * readers would get the text without them, which whoever publishes may not
 * have noticed. Checks the body that would go live: a published article's
 * pending changes, else its columns.
 */
export function refuseOpenSuggestions(row: Loaded) {
  const count = countSuggestions((pendingOf(row) ?? columnsOf(row)).body);
  if (count > 0) throw new UserError("workflow.errors.openSuggestions", { count });
}

type Extra = Parameters<typeof applyFields>[3];

/**
 * Moves pending changes into the columns (the live version for a published
 * article) and writes `extra`, if the article is still at the version read.
 * `only`: further conditions the row must still meet (an article without
 * pending changes; those with some are published, and no step that needs a
 * condition starts from there).
 */
export async function applyPending(tx: Tx, row: Loaded, extra: Extra, only: { reviewStartedAt?: null } = {}) {
  const pending = pendingOf(row);
  if (!pending) {
    const version = row.version + 1;
    const updated = await tx.article.updateMany({ where: { id: row.id, version: row.version, ...only }, data: { ...extra, version } });
    if (updated.count !== 1) throw new UserError("workflow.errors.changedMeanwhile");
    return { version };
  }
  const applied = await applyFields(tx, row, pending, { ...extra, pendingJson: null });
  if (!applied) throw new UserError("workflow.errors.changedMeanwhile");
  return { version: applied.version };
}
