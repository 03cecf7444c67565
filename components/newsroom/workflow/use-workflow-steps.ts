"use client";
// What the workflow panel's buttons do. Every step saves what is typed first
// (so it acts on the version on screen), asks first when readers will notice
// (publish, schedule, unpublish, an update to a live story, a take-down:
// confirm-dialog.tsx, saying what will happen and when), then confirms what
// was done (step-notice.ts) and refreshes the page. Times typed for a
// schedule are checked here before the question, with the server's own
// messages: the server checks them again.
import { useRouter } from "next/navigation";
import { useTranslations } from "use-intl";
import { addCorrectionAction } from "@/lib/actions/articles/add-correction";
import { publishUpdateAction } from "@/lib/actions/articles/publish-update";
import { scheduleUnpublishAction } from "@/lib/actions/articles/schedule-unpublish";
import { setFeaturedAction } from "@/lib/actions/articles/set-featured";
import { transitionArticleAction } from "@/lib/actions/articles/transition-article";
import type { WorkflowView } from "@/lib/articles/editor-state";
import type { WorkflowAction } from "@/lib/articles/statuses";
import { dayRelation } from "@/lib/time/typed-date";
import { zonedLocalToUtc } from "@/lib/time/zones";
import { useTimeAndDate } from "@/components/newsroom/editor/use-date-time";
import { useServerStep } from "@/components/newsroom/editor/use-server-step";
import { useConfirm } from "@/components/newsroom/workflow/confirm-dialog";
import { announceStep, clearStepNotice, type StepNotice } from "@/components/newsroom/workflow/step-notice";

type Outcome = { ok: true } | { ok: false; error: string };
type Notice = Omit<StepNotice, "articleId">;

type Options = { articleId: string; view: WorkflowView; flush: () => Promise<number | null> };

export function useWorkflowSteps({ articleId, view, flush }: Options) {
  const router = useRouter();
  const t = useTranslations("workflow");
  const refused = useTranslations("workflow.errors");
  const timeAndDate = useTimeAndDate();
  const { busy, error, setError, attempt } = useServerStep({ offline: t("panel.offline"), failed: t("panel.failed") });
  const { ask, dialog } = useConfirm();

  /** Saves, takes the step, confirms it and refreshes the page. */
  async function run<R extends Outcome>(step: (baseVersion: number) => Promise<R>, notice: (result: R & { ok: true }) => Notice) {
    clearStepNotice();
    let done: (R & { ok: true }) | null = null;
    const ok = await attempt(async () => {
      const baseVersion = await flush();
      if (baseVersion === null) return { ok: false, error: t("panel.saveFirst") };
      const result = await step(baseVersion);
      if (result.ok) done = result as R & { ok: true };
      return result;
    });
    if (!ok || !done) return;
    announceStep({ articleId, ...notice(done) });
    router.refresh();
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
      if (!(await ask({ title: t("confirm.scheduleTitle"), text: t("confirm.scheduleText", when(at)), confirm: t("steps.schedule") }))) return;
    }
    if (action === "publish") {
      const text = view.status === "SCHEDULED" && view.scheduledFor ? t("confirm.publishInsteadText", timeAndDate(view.scheduledFor)) : t("confirm.publishText");
      if (!(await ask({ title: t("confirm.publishTitle"), text, confirm: t("steps.publish") }))) return;
    }
    if (action === "unpublish" && !(await ask({ title: t("confirm.unpublishTitle"), text: t("confirm.unpublishText"), confirm: t("steps.unpublish"), danger: true }))) return;
    await run(
      (baseVersion) => transitionArticleAction({ articleId, action, baseVersion, note: input.note, at: action === "schedule" ? input.at : undefined }),
      (result) => ({ kind: action, href: result.publicPath, when: result.scheduledAt }),
    );
  }

  async function publishUpdate() {
    if (!(await ask({ title: t("confirm.updateTitle"), text: t("confirm.updateText"), confirm: t("panel.publishUpdate") }))) return;
    await run((baseVersion) => publishUpdateAction({ articleId, baseVersion }), () => ({ kind: "publishUpdate", href: view.publicPath }));
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
