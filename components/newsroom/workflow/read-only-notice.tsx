"use client";
// What the editor says above a story the person may read but not edit. For
// a reporter whose story is with the desk, that is where it stands, said
// calmly: "Sent for review — an editor will look at it" (or, once someone
// has started on it, that an editor is reviewing it). For anyone else, the
// plain read-only notice.
import { useTranslations } from "use-intl";
import type { WorkflowView } from "@/lib/articles/editor-state";
import styles from "@/components/newsroom/workflow/workflow.module.css";

export function ReadOnlyNotice({ workflow }: { workflow: Pick<WorkflowView, "status" | "own" | "reviewStarted"> }) {
  const t = useTranslations("workflow");
  const editor = useTranslations("editor");
  if (workflow.own && workflow.status === "IN_REVIEW") {
    return (
      <p className={styles.submitted} role="status" data-testid="submitted-notice">
        {workflow.reviewStarted ? t("submitted.reviewing") : t("submitted.waiting")}
      </p>
    );
  }
  return <p className="notice">{editor("readOnly")}</p>;
}
