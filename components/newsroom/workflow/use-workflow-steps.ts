"use client";
// What the workflow panel's buttons do. Every step saves what is typed first
// (so it acts on the version on screen), asks first when readers will notice
// (publish, schedule, unpublish, an update to a live story, a take-down:
// confirm-dialog.tsx, saying what will happen and when), then confirms what
// was done (step-notice.ts) and refreshes the page. Times typed for a
// schedule are checked here before the question, with the server's own
// messages: the server checks them again. Publishing, scheduling and
// publishing an update first run the publish checks (lib/articles/
// publish-checks.ts) on the article as typed, and the question lists their
// warnings with "Publish anyway" and a reason to give; the server runs them
// again, and if it finds warnings this browser could not see, its refusal
// opens the same question (with the reason already typed).
import { useRouter } from "next/navigation";
import { useTranslations } from "use-intl";
import { addCorrectionAction } from "@/lib/actions/articles/add-correction";
import { publishUpdateAction } from "@/lib/actions/articles/publish-update";
import { scheduleUnpublishAction } from "@/lib/actions/articles/schedule-unpublish";
import { setFeaturedAction } from "@/lib/actions/articles/set-featured";
import { transitionArticleAction } from "@/lib/actions/articles/transition-article";
import type { WorkflowView } from "@/lib/articles/editor-state";
import { runPublishChecks, warningsOf, type CheckResult, type CheckSettings, type PublishContent } from "@/lib/articles/publish-checks";
import type { WorkflowAction } from "@/lib/articles/statuses";
import { WRITING_DEFAULTS, writingSettingsOf } from "@/lib/settings/writing";
import { dayRelation } from "@/lib/time/typed-date";
import { zonedLocalToUtc } from "@/lib/time/zones";
import { useTimeAndDate } from "@/components/newsroom/editor/use-date-time";
import { useServerStep } from "@/components/newsroom/editor/use-server-step";
import { useConfirm, type ConfirmRequest } from "@/components/newsroom/workflow/confirm-dialog";
import { announceStep, clearStepNotice, type StepNotice } from "@/components/newsroom/workflow/step-notice";

type Outcome = { ok: true } | { ok: false; error: string; data?: Record<string, unknown> };
type Notice = Omit<StepNotice, "articleId">;
type Override = { checks: string[]; reason?: string };

/**
 * `content`: the article as typed, for the publish checks; null (or left
 * out) while it is not known here, and then only the server checks.
 * `settings`: what the checks measure against (the newsroom's defaults if left out).
 */
type Options = { articleId: string; view: WorkflowView; flush: () => Promise<number | null>; content?: () => PublishContent | null; settings?: CheckSettings };

const DEFAULT_CHECK_SETTINGS = writingSettingsOf(WRITING_DEFAULTS);

/** The warnings a refusal carries (lib/articles/publish-gate.ts), if it is the publish checks'. */
function refusedChecks(result: Outcome): CheckResult[] | null {
  const checks = result.ok ? undefined : result.data?.checks;
  return Array.isArray(checks) && checks.length ? (checks as CheckResult[]) : null;
}

export function useWorkflowSteps({ articleId, view, flush, content, settings = DEFAULT_CHECK_SETTINGS }: Options) {
  const router = useRouter();
  const t = useTranslations("workflow");
  const refused = useTranslations("workflow.errors");
  const timeAndDate = useTimeAndDate();
  const { busy, error, setError, attempt } = useServerStep({ offline: t("panel.offline"), failed: t("panel.failed") });
  const { ask, askChecked, dialog } = useConfirm();

  /** Saves, takes the step, confirms it and refreshes the page. Returns the warnings when the publish checks refused it. */
  async function run<R extends Outcome>(step: (baseVersion: number) => Promise<R>, notice: (result: R & { ok: true }) => Notice): Promise<CheckResult[] | null> {
    clearStepNotice();
    let done: (R & { ok: true }) | null = null;
    let warned: CheckResult[] | null = null;
    const ok = await attempt(async () => {
      const baseVersion = await flush();
      if (baseVersion === null) return { ok: false, error: t("panel.saveFirst") };
      const result = await step(baseVersion);
      if (result.ok) done = result as R & { ok: true };
      else warned = refusedChecks(result);
      return result;
    });
    if (warned) return warned;
    if (!ok || !done) return null;
    announceStep({ articleId, ...notice(done) });
    router.refresh();
    return null;
  }

  /**
   * A step that puts text live: asks `question` with the warnings the checks
   * find here, sends the override of those the person went past, and asks
   * again (once) with the server's warnings if it found others.
   */
  async function publishing<R extends Outcome>(question: ConfirmRequest, step: (baseVersion: number, override?: Override) => Promise<R>, notice: (result: R & { ok: true }) => Notice) {
    const here = content?.();
    let warnings = here ? warningsOf(runPublishChecks(here, settings)) : [];
    const overridden = new Set<string>();
    let reason: string | undefined;
    for (let round = 0; round < 2; round++) {
      const answer = await askChecked({ ...question, warnings, reason });
      if (!answer) return;
      for (const w of warnings) overridden.add(w.id);
      reason = answer.reason.trim() || reason;
      const override = overridden.size ? { checks: [...overridden], reason } : undefined;
      const refused = await run((baseVersion) => step(baseVersion, override), notice);
      if (!refused) return;
      // The server's answer decides; the dialog says it instead of the panel.
      if (round === 0) setError(null);
      warnings = refused;
    }
  }

  /** A wall-clock time in the site's zone as the question says it: "07:00", "tomorrow", "30/11/2026". */
  function when(value: string) {
    return { ...timeAndDate(zonedLocalToUtc(value, view.timeZone)!), day: dayRelation(value, view.timeZone) ?? "other" };
  }

  /** Whether `value` is a time to come; if not, says why (the server's messages, given) and returns false. */
  function isFuture(value: string, say: { missing: string; past: string }): boolean {
    const instant = value ? zonedLocalToUtc(value, view.timeZone) : null;
    const problem = !value ? say.missing : !instant ? refused("notADateTime") : instant.getTime() <= Date.now() ? say.past : null;
    if (problem) setError(problem);
    return !problem;
  }

  async function take(action: WorkflowAction, input: { note?: string; at?: string } = {}) {
    setError(null);
    if (action === "schedule") {
      const at = input.at ?? "";
      if (!isFuture(at, { missing: refused("publishTimeMissing"), past: refused("publishTimePast") })) return;
      const question = { title: t("confirm.scheduleTitle"), text: t("confirm.scheduleText", when(at)), confirm: t("steps.schedule"), anyway: t("checks.scheduleAnyway") };
      return publishing(
        question,
        (baseVersion, override) => transitionArticleAction({ articleId, action, baseVersion, at, override }),
        (result) => ({ kind: action, href: result.publicPath, when: result.scheduledAt }),
      );
    }
    if (action === "publish") {
      const text = view.status === "SCHEDULED" && view.scheduledFor ? t("confirm.publishInsteadText", timeAndDate(view.scheduledFor)) : t("confirm.publishText");
      return publishing(
        { title: t("confirm.publishTitle"), text, confirm: t("steps.publish"), anyway: t("checks.anyway") },
        (baseVersion, override) => transitionArticleAction({ articleId, action, baseVersion, override }),
        (result) => ({ kind: action, href: result.publicPath, when: result.scheduledAt }),
      );
    }
    if (action === "unpublish" && !(await ask({ title: t("confirm.unpublishTitle"), text: t("confirm.unpublishText"), confirm: t("steps.unpublish"), danger: true }))) return;
    await run(
      (baseVersion) => transitionArticleAction({ articleId, action, baseVersion, note: input.note }),
      (result) => ({ kind: action, href: result.publicPath, when: result.scheduledAt }),
    );
  }

  async function publishUpdate() {
    await publishing(
      { title: t("confirm.updateTitle"), text: t("confirm.updateText"), confirm: t("panel.publishUpdate"), anyway: t("checks.updateAnyway") },
      (baseVersion, override) => publishUpdateAction({ articleId, baseVersion, override }),
      () => ({ kind: "publishUpdate", href: view.publicPath }),
    );
  }

  /** Schedules taking the article down at `at` (a wall-clock time), or with null cancels that. */
  async function scheduleUnpublish(at: string | null) {
    setError(null);
    if (at) {
      if (!isFuture(at, { missing: refused("notADateTime"), past: refused("unpublishTimePast") })) return;
      if (!(await ask({ title: t("confirm.takeDownTitle"), text: t("confirm.takeDownText", when(at)), confirm: t("panel.scheduleUnpublish"), danger: true }))) return;
    }
    await run(
      () => scheduleUnpublishAction({ articleId, at }),
      (): Notice => (at ? { kind: "unpublishScheduled", when: zonedLocalToUtc(at, view.timeZone)!.toISOString() } : { kind: "unpublishCancelled" }),
    );
  }

  const feature = (slot: "lead" | "secondary" | "none") => run(() => setFeaturedAction({ articleId, slot }), (): Notice => ({ kind: "featured" }));
  const correct = (text: string) => run(() => addCorrectionAction({ articleId, text }), (): Notice => ({ kind: "correction" }));

  // `ask`: the panel's one dialog, for its other parts (delete-article.tsx).
  return { busy, error, setError, take, publishUpdate, scheduleUnpublish, feature, correct, dialog, ask };
}
