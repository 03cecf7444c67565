// The server's side of the publish checks (lib/articles/publish-checks.ts):
// inside the transaction that publishes, schedules or publishes an update, it
// runs the checks on what would go live (a published article's pending
// changes, else its columns) and refuses while one warns that the person did
// not override. The refusal carries the warnings (UserError data, answered by
// lib/actions/action.ts) so the dialog can list them. Going past a warning
// takes a reason (trimmed, 1–500 characters), recorded with the override as
// an audit event in the same transaction, once the step's version is known.
// The checks measure against the newsroom's settings as they are now.
// The scheduler never comes here: it publishes what a person scheduled, and
// was asked then.
import { recordAudit } from "@/lib/audit/record";
import type { Tx } from "@/lib/db/client";
import { UserError } from "@/lib/errors/user-error";
import { columnsOf, pendingOf, type Loaded } from "@/lib/articles/article-state";
import { runPublishChecks, unoverridden, warningsOf, type CheckResult, type PublishCheckId } from "@/lib/articles/publish-checks";
import { getSiteSettings } from "@/lib/settings/site-settings";
import { writingSettingsOf } from "@/lib/settings/writing";

/** The longest reason the audit event keeps (the action refuses longer ones). */
export const OVERRIDE_REASON_MAX = 500;

/** The checks a person chose to publish past, and why (required once a named check warns). */
export type ChecksOverride = { checks: string[]; reason?: string };

/** What the refusal's data holds: the warnings not overridden (ActionFailure.data.checks). */
export type ChecksRefusalData = { checks: CheckResult[] };

/** The checks on what `row` would put live. */
export async function checksFor(tx: Tx, row: Loaded): Promise<CheckResult[]> {
  const fields = pendingOf(row) ?? columnsOf(row);
  const cover = fields.coverMediaId ? await tx.media.findUnique({ where: { id: fields.coverMediaId }, select: { alt: true, credit: true } }) : null;
  const settings = await getSiteSettings(tx);
  const { title, lead, seoTitle, seoDescription, body } = fields;
  // An article without a language of its own is in the site's.
  const language = fields.language || settings.siteLanguage;
  return runPublishChecks({ body, title, lead, seoTitle, seoDescription, language, cover }, writingSettingsOf(settings));
}

/**
 * Refuses ("workflow.errors.checksWarn", with the warnings as data) while a
 * check warns that `override` does not name, and ("workflow.errors.
 * reasonMissing") when it names one that warns but gives no reason. Returns
 * the ids overridden that actually warned (naming a passing check overrides
 * nothing, and needs no reason), for recordOverride.
 */
export async function gatePublish(tx: Tx, row: Loaded, override: ChecksOverride | undefined): Promise<PublishCheckId[]> {
  const results = await checksFor(tx, row);
  const left = unoverridden(results, override?.checks ?? []);
  if (left.length) {
    const count = left.reduce((n, r) => n + r.count, 0);
    throw new UserError("workflow.errors.checksWarn", { count }, { checks: left } satisfies ChecksRefusalData);
  }
  const overridden = warningsOf(results).map((r) => r.id);
  if (overridden.length && !override?.reason?.trim()) throw new UserError("workflow.errors.reasonMissing");
  return overridden;
}

/** The audit event of an override (nothing when no warning was overridden). */
export async function recordOverride(
  tx: Tx,
  input: { articleId: string; actorId: string | null; checks: PublishCheckId[]; reason?: string; version: number; ip?: string | null },
): Promise<void> {
  if (!input.checks.length) return;
  const reason = input.reason?.trim().slice(0, OVERRIDE_REASON_MAX) ?? "";
  await recordAudit(tx, {
    action: "article.checksOverridden",
    actorId: input.actorId,
    targetType: "article",
    targetId: input.articleId,
    detail: { checks: input.checks, ...(reason ? { reason } : {}), version: input.version },
    ip: input.ip ?? null,
  });
}
