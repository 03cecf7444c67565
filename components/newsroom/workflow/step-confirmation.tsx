"use client";
// The confirmation after a workflow step, in a polite live region under the
// article's status: "Published — View story" (a link to the live page),
// "Scheduled: 07:00 30/11/2026", "Sent back to the reporter"… The notice
// itself lives in step-notice.ts, so it outlasts the refresh that follows
// the step. The region is always there (empty when there is nothing to say),
// so that screen readers hear the text when it arrives.
import { useTranslations } from "use-intl";
import { useTimeAndDate } from "@/components/newsroom/editor/use-date-time";
import { clearStepNotice, useStepNotice } from "@/components/newsroom/workflow/step-notice";
import styles from "@/components/newsroom/workflow/workflow.module.css";

export function StepConfirmation({ articleId }: { articleId: string }) {
  const t = useTranslations("workflow");
  const timeAndDate = useTimeAndDate();
  const notice = useStepNotice(articleId);
  let text: React.ReactNode = null;
  if (notice) {
    const when = notice.when ? timeAndDate(notice.when) : { time: "", date: "" };
    const link = (chunks: React.ReactNode) =>
      notice.href ? (
        <a href={notice.href} target="_blank" rel="noreferrer">
          {chunks}
        </a>
      ) : (
        chunks
      );
    text = notice.kind === "publish" || notice.kind === "publishUpdate" ? t.rich(`done.${notice.kind}`, { link }) : t(`done.${notice.kind}`, when);
  }
  return (
    <div className={styles.done} data-shown={text ? "" : undefined}>
      <p role="status" data-testid="step-confirmation">
        {text}
      </p>
      {text ? (
        <button type="button" className="link-button" onClick={clearStepNotice}>
          {t("done.dismiss")}
        </button>
      ) : null}
    </div>
  );
}
