// The server's side of the publish checks (lib/articles/publish-checks.ts):
// inside the transaction that publishes, schedules or publishes an update, it
// runs the checks on what would go live (a published article's pending
// changes, else its columns) and refuses while one warns that the person did
// not override. The refusal carries the warnings (UserError data, answered by
// lib/actions/action.ts) so the dialog can list them. An override is recorded
// as an audit event in the same transaction, once the step's version is known.
// The scheduler never comes here: it publishes what a person scheduled, and
// was asked then.
import { recordAudit } from "@/lib/audit/record";
import type { Tx } from "@/lib/db/client";
import { UserError } from "@/lib/errors/user-error";
import { columnsOf, pendingOf, type Loaded } from "@/lib/articles/article-state";
import { runPublishChecks, unoverridden, warningsOf, type CheckResult, type PublishCheckId } from "@/lib/articles/publish-checks";

/** The checks a person chose to publish past, and why (optional). */
export type ChecksOverride = { checks: string[]; reason?: string };

/** What the refusal's data holds: the warnings not overridden (ActionFailure.data.checks). */
export type ChecksRefusalData = { checks: CheckResult[] };

/** The checks on what `row` would put live. */
export async function checksFor(tx: Tx, row: Loaded): Promise<CheckResult[]> {
  const fields = pendingOf(row) ?? columnsOf(row);
  const cover = fields.coverMediaId ? await tx.media.findUnique({ where: { id: fields.coverMediaId }, select: { alt: true } }) : null;
  return runPublishChecks({ body: fields.body, cover });
}

/**
 * Refuses ("workflow.errors.checksWarn", with the warnings as data) while a
 * check warns that `override` does not name. Returns the ids overridden that
 * actually warned (naming a passing check overrides nothing), for recordOverride.
 */
export async function gatePublish(tx: Tx, row: Loaded, override: ChecksOverride | undefined): Promise<PublishCheckId[]> {
  const results = await checksFor(tx, row);
  const left = unoverridden(results, override?.checks ?? []);
  if (left.length) {
    const count = left.reduce((n, r) => n + r.count, 0);
    throw new UserError("workflow.errors.checksWarn", { count }, { checks: left } satisfies ChecksRefusalData);
  }
  return warningsOf(results).map((r) => r.id);
}

/** The audit event of an override (nothing when no warning was overridden). */
export async function recordOverride(
  tx: Tx,
  input: { articleId: string; actorId: string | null; checks: PublishCheckId[]; reason?: string; version: number; ip?: string | null },
): Promise<void> {
  if (!input.checks.length) return;
  const reason = input.reason?.trim().slice(0, 500) ?? "";
  await recordAudit(tx, {
    action: "article.checksOverridden",
    actorId: input.actorId,
    targetType: "article",
    targetId: input.articleId,
    detail: { checks: input.checks, ...(reason ? { reason } : {}), version: input.version },
    ip: input.ip ?? null,
  });
}
