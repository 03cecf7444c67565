"use client";
// The article's place in the workflow and the steps this person may take:
// submit, send back with a note, publish, schedule, unpublish, corrections,
// home page slots. Unsaved text is saved first, so a step never acts on an
// older version than the one on screen.
import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { useTranslations } from "use-intl";
import { addCorrectionAction } from "@/lib/actions/articles/add-correction";
import { publishUpdateAction } from "@/lib/actions/articles/publish-update";
import { scheduleUnpublishAction } from "@/lib/actions/articles/schedule-unpublish";
import { setFeaturedAction } from "@/lib/actions/articles/set-featured";
import { transitionArticleAction } from "@/lib/actions/articles/transition-article";
import type { WorkflowAction } from "@/lib/articles/statuses";
import type { WorkflowView } from "@/lib/articles/editor-state";
import { StatusBadge } from "@/components/newsroom/status-label";
import { FormError } from "@/components/newsroom/form-error";
import { useDateTime } from "@/components/newsroom/editor/use-date-time";
import { useServerStep } from "@/components/newsroom/editor/use-server-step";

type Props = { view: WorkflowView; articleId: string; flush: () => Promise<number | null> };

export function WorkflowPanel({ view, articleId, flush }: Props) {
  const router = useRouter();
  const t = useTranslations("workflow");
  const dateTime = useDateTime();
  const { busy, error, attempt } = useServerStep({ offline: t("panel.offline"), failed: t("panel.failed") });
  // Read from the fields when the button is pressed (uncontrolled), so text
  // typed before the page finished loading is not lost.
  const noteRef = useRef<HTMLTextAreaElement>(null);
  const atRef = useRef<HTMLInputElement>(null);
  const [downAt, setDownAt] = useState(view.unpublishAt ?? "");
  const [correction, setCorrection] = useState("");

  const stepLabels: Record<WorkflowAction, string> = {
    submit: t("steps.submit"),
    sendBack: t("steps.sendBack"),
    publish: t("steps.publish"),
    schedule: t("steps.schedule"),
    unschedule: t("steps.unschedule"),
    unpublish: t("steps.unpublish"),
    archive: t("steps.archive"),
    reopen: t("steps.reopen"),
  };

  /** Saves what is typed first, so the step acts on the version on screen. */
  async function run(step: (baseVersion: number) => Promise<{ ok: boolean; error?: string }>) {
    const ok = await attempt(async () => {
      const baseVersion = await flush();
      return baseVersion === null ? { ok: false, error: t("panel.saveFirst") } : step(baseVersion);
    });
    if (ok) router.refresh();
  }

  const step = (action: WorkflowAction) => (baseVersion: number) =>
    transitionArticleAction({ articleId, action, baseVersion, note: action === "sendBack" ? (noteRef.current?.value ?? "") : undefined, at: action === "schedule" ? (atRef.current?.value ?? "") : undefined });

  return (
    <section className="workflow" aria-labelledby="workflow-title" data-testid="workflow">
      <h2 id="workflow-title">
        {t("panel.status")} <StatusBadge status={view.status} />
      </h2>
      {view.status === "DRAFT" && view.reviewNote ? (
        <p className="notice notice-warning" data-testid="review-note">
          <strong>{t("panel.sentBackBy")}</strong> {view.reviewNote}
        </p>
      ) : null}
      {view.status === "SCHEDULED" && view.scheduledFor ? (
        <p className="hint">{t("panel.goesLive", { when: dateTime(view.scheduledFor), timeZone: view.timeZone })}</p>
      ) : null}
      {view.hasPendingChanges ? (
        <div className="notice" data-testid="pending-changes">
          <p>
            <strong>{t("panel.pendingTitle")}</strong> {t("panel.pendingText")}
          </p>
          {view.publicPath ? (
            <a href={view.publicPath} target="_blank" rel="noreferrer">
              {t("panel.seeLive")}
            </a>
          ) : null}
          {view.canPublishUpdate ? (
            <p>
              <button type="button" disabled={busy} onClick={() => run((v) => publishUpdateAction({ articleId, baseVersion: v }))}>
                {t("panel.publishUpdate")}
              </button>
            </p>
          ) : null}
        </div>
      ) : view.status === "PUBLISHED" ? (
        <p className="hint">{t("panel.liveVersion")}</p>
      ) : null}

      {view.actions.map((action) => (
        <div key={action} className="workflow-step">
          {action === "sendBack" ? (
            <label>
              {t("panel.noteForReporter")}
              <textarea ref={noteRef} defaultValue="" rows={2} />
            </label>
          ) : null}
          {action === "schedule" ? (
            <label>
              {t("panel.publishAt", { timeZone: view.timeZone })}
              <input ref={atRef} type="datetime-local" step={1} defaultValue={view.scheduledAt ?? ""} />
            </label>
          ) : null}
          <button type="button" className={action === "unpublish" ? "danger" : undefined} disabled={busy} onClick={() => run(step(action))}>
            {stepLabels[action]}
          </button>
        </div>
      ))}

      {view.canScheduleUnpublish ? (
        <div className="workflow-step">
          <label>
            {t("panel.takeDownAt", { timeZone: view.timeZone })}
            <input type="datetime-local" step={1} value={downAt} onChange={(e) => setDownAt(e.target.value)} />
          </label>
          {downAt || view.unpublishAt ? (
            <button type="button" className="secondary" disabled={busy} onClick={() => run(() => scheduleUnpublishAction({ articleId, at: downAt || null }))}>
              {downAt ? t("panel.scheduleUnpublish") : t("panel.cancelUnpublish")}
            </button>
          ) : null}
        </div>
      ) : null}

      {view.canFeature ? (
        <label className="workflow-step">
          {t("panel.homePage")}
          <select
            value={view.featured}
            disabled={busy}
            onChange={(e) => {
              const slot = e.target.value as "lead" | "secondary" | "none";
              void run(() => setFeaturedAction({ articleId, slot }));
            }}
          >
            <option value="none">{t("panel.notFeatured")}</option>
            <option value="lead">{t("panel.leadStory")}</option>
            <option value="secondary">{t("panel.secondaryStory")}</option>
          </select>
        </label>
      ) : null}

      {view.canCorrect ? (
        <div className="workflow-step">
          <label>
            {t("panel.correctionNote")}
            <textarea value={correction} rows={2} onChange={(e) => setCorrection(e.target.value)} />
          </label>
          <button type="button" className="secondary" disabled={busy || !correction.trim()} onClick={() => run(() => addCorrectionAction({ articleId, text: correction }))}>
            {t("panel.addCorrection")}
          </button>
        </div>
      ) : null}

      <FormError>{error}</FormError>
    </section>
  );
}
