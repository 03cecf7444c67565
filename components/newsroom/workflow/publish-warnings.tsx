"use client";
// The publish checks' warnings inside the confirm dialog (confirm-dialog.tsx):
// each warning with the items it found ("2 images have no alt text: Image 1:
// “Lễ hội…”, Cover image"), and the optional reason for publishing anyway,
// which is recorded with the override (lib/articles/publish-gate.ts).
import { useId } from "react";
import { useTranslations } from "use-intl";
import type { CheckDetail, CheckResult } from "@/lib/articles/publish-checks";
import styles from "@/components/newsroom/workflow/workflow.module.css";

type Props = { warnings: CheckResult[]; reason: string; onReason: (reason: string) => void };

export function PublishWarnings({ warnings, reason, onReason }: Props) {
  const t = useTranslations("workflow.checks");
  const reasonId = useId();
  const item = (d: CheckDetail) => {
    const name = t(`items.${d.item}`, { position: d.position ?? 0 });
    return d.text ? t("withText", { item: name, text: d.text }) : name;
  };
  return (
    <div className={styles.warnings} data-testid="publish-warnings">
      <p>{t("intro")}</p>
      <ul>
        {warnings.map((w) => (
          <li key={w.id} data-check={w.id}>
            <strong>{t(w.id, { count: w.count })}</strong>
            <ul>
              {w.details.map((d, i) => (
                <li key={i}>{item(d)}</li>
              ))}
            </ul>
            {w.id === "missingAlt" ? <p className="hint">{t("fix")}</p> : null}
          </li>
        ))}
      </ul>
      <label htmlFor={reasonId}>{t("reason")}</label>
      <textarea id={reasonId} rows={2} maxLength={500} value={reason} onChange={(e) => onReason(e.target.value)} />
    </div>
  );
}
