"use client";
// The article's place in the workflow and the steps this person may take:
// submit or withdraw, send back with a note, publish, schedule, unpublish,
// corrections, home page slots, deleting (admins: workflow/delete-article.tsx).
// What each button does (save first, ask first, confirm after) is
// components/newsroom/workflow/use-workflow-steps.ts; this lays the panel
// out. Times are typed in the newsroom's language
// (components/newsroom/date-time-field.tsx).
import { useRef, useState } from "react";
import { useTranslations } from "use-intl";
import type { WorkflowAction } from "@/lib/articles/statuses";
import type { WorkflowView } from "@/lib/articles/editor-state";
import type { CheckSettings, PublishContent } from "@/lib/articles/publish-checks";
import { DateTimeField, type DateTimeFieldHandle } from "@/components/newsroom/date-time-field";
import { StatusBadge } from "@/components/newsroom/status-label";
import { FormError } from "@/components/newsroom/form-error";
import { useDateTime } from "@/components/newsroom/editor/use-date-time";
import { DeleteArticle } from "@/components/newsroom/workflow/delete-article";
import { StepConfirmation } from "@/components/newsroom/workflow/step-confirmation";
import { useWorkflowSteps } from "@/components/newsroom/workflow/use-workflow-steps";

/** `content`: the article as typed, for the publish checks, and `checkSettings` what they measure against (use-workflow-steps.ts). */
type Props = { view: WorkflowView; articleId: string; flush: () => Promise<number | null>; content?: () => PublishContent | null; checkSettings?: CheckSettings };

export function WorkflowPanel({ view, articleId, flush, content, checkSettings }: Props) {
  const t = useTranslations("workflow");
  const dateTime = useDateTime();
  const steps = useWorkflowSteps({ articleId, view, flush, content, settings: checkSettings });
  const { busy } = steps;
  // Read from the fields when the button is pressed (uncontrolled), so text
  // typed before the page finished loading is not lost.
  const noteRef = useRef<HTMLTextAreaElement>(null);
  const atField = useRef<DateTimeFieldHandle>(null);
  const downField = useRef<DateTimeFieldHandle>(null);
  // The take-down field's value: "" when empty, null while it is not a date.
  const [downAt, setDownAt] = useState<string | null>(view.unpublishAt ?? "");
  const [correction, setCorrection] = useState("");

  const stepLabels: Record<WorkflowAction, string> = {
    submit: t("steps.submit"),
    withdraw: t("steps.withdraw"),
    sendBack: t("steps.sendBack"),
    publish: t("steps.publish"),
    schedule: t("steps.schedule"),
    unschedule: t("steps.unschedule"),
    unpublish: t("steps.unpublish"),
    archive: t("steps.archive"),
    reopen: t("steps.reopen"),
  };

  function press(action: WorkflowAction) {
    if (action === "schedule") {
      const at = atField.current?.read();
      if (at === null || at === undefined) return;
      return void steps.take(action, { at });
    }
    void steps.take(action, { note: action === "sendBack" ? (noteRef.current?.value ?? "") : undefined });
  }

  function takeDown() {
    const at = downField.current?.read();
    if (at === null || at === undefined) return;
    void steps.scheduleUnpublish(at || null);
  }

  return (
    <section className="workflow" aria-labelledby="workflow-title" data-testid="workflow">
      <h2 id="workflow-title">
        {t("panel.status")} <StatusBadge status={view.status} />
      </h2>
      <StepConfirmation articleId={articleId} />
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
              <button type="button" disabled={busy} onClick={() => void steps.publishUpdate()}>
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
          {action === "schedule" ? <DateTimeField handle={atField} label={t("panel.publishAt", { timeZone: view.timeZone })} defaultValue={view.scheduledAt} /> : null}
          {action === "withdraw" ? <p className="hint">{t("panel.withdrawHint")}</p> : null}
          <button type="button" className={action === "unpublish" ? "danger" : action === "withdraw" ? "secondary" : undefined} disabled={busy} onClick={() => press(action)}>
            {stepLabels[action]}
          </button>
        </div>
      ))}
      {view.own && view.reviewStarted ? <p className="hint">{t("panel.reviewStarted")}</p> : null}

      {view.canScheduleUnpublish ? (
        <div className="workflow-step">
          <DateTimeField handle={downField} label={t("panel.takeDownAt", { timeZone: view.timeZone })} defaultValue={view.unpublishAt} onValue={setDownAt} />
          {downAt !== "" || view.unpublishAt ? (
            <button type="button" className="secondary" disabled={busy} onClick={takeDown}>
              {downAt === "" ? t("panel.cancelUnpublish") : t("panel.scheduleUnpublish")}
            </button>
          ) : null}
        </div>
      ) : null}

      {view.canFeature ? (
        <label className="workflow-step">
          {t("panel.homePage")}
          <select value={view.featured} disabled={busy} onChange={(e) => void steps.feature(e.target.value as "lead" | "secondary" | "none")}>
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
          <button type="button" className="secondary" disabled={busy || !correction.trim()} onClick={() => void steps.correct(correction)}>
            {t("panel.addCorrection")}
          </button>
        </div>
      ) : null}

      <DeleteArticle articleId={articleId} view={view} ask={steps.ask} />

      <FormError>{steps.error}</FormError>
      {steps.dialog}
    </section>
  );
}
