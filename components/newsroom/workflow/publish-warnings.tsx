"use client";
// The publish checks' warnings inside the confirm dialog (confirm-dialog.tsx):
// each warning with the items it found ("2 images have no alt text: Image 1:
// “Lễ hội…”, Cover image"; "The headline is longer than the home page shows:
// Headline: 112 characters, 100 recommended"), and the reason for publishing
// anyway, which is required and recorded with the override
// (lib/articles/publish-gate.ts). The counts & checks panel beside the editor
// names items the same way (useDetailText).
import { useId, type Ref } from "react";
import { useTranslations } from "use-intl";
import type { CheckDetail, CheckResult } from "@/lib/articles/publish-checks";
import styles from "@/components/newsroom/workflow/workflow.module.css";

/** At most this many items are listed under a warning; the rest are counted ("and 4 more"). */
export const DETAILS_SHOWN = 8;

/** How an item a check found is named: "Image 2: “Lũ về”", "Headline: 112 characters, 100 recommended". */
export function useDetailText(): (d: CheckDetail) => string {
  const t = useTranslations("workflow.checks");
  return (d) => {
    const name = t(`items.${d.item}`, { position: d.position ?? 0 });
    if (d.length !== undefined && d.limit !== undefined) return t("withLength", { item: name, length: d.length, limit: d.limit });
    return d.text ? t("withText", { item: name, text: d.text }) : name;
  };
}

type Props = {
  warnings: CheckResult[];
  reason: string;
  onReason: (reason: string) => void;
  /** The person went ahead without a reason: say so at the field. */
  missing: boolean;
  reasonRef?: Ref<HTMLTextAreaElement>;
};

export function PublishWarnings({ warnings, reason, onReason, missing, reasonRef }: Props) {
  const t = useTranslations("workflow.checks");
  const refused = useTranslations("workflow.errors");
  const detailText = useDetailText();
  const reasonId = useId();
  return (
    <div className={styles.warnings} data-testid="publish-warnings">
      <p>{t("intro")}</p>
      <ul>
        {warnings.map((w) => (
          <li key={w.id} data-check={w.id}>
            <strong>{t(w.id, { count: w.count })}</strong>
            <ul className={styles.details}>
              {w.details.slice(0, DETAILS_SHOWN).map((d, i) => (
                <li key={i}>{detailText(d)}</li>
              ))}
              {w.details.length > DETAILS_SHOWN ? <li>{t("more", { count: w.details.length - DETAILS_SHOWN })}</li> : null}
            </ul>
            {w.id === "missingAlt" ? <p className="hint">{t("fix")}</p> : null}
            {w.id === "missingCredit" ? <p className="hint">{t("fixCredit")}</p> : null}
          </li>
        ))}
      </ul>
      <label htmlFor={reasonId}>{t("reason")}</label>
      <textarea
        ref={reasonRef}
        id={reasonId}
        rows={2}
        maxLength={500}
        required
        aria-required
        aria-invalid={missing || undefined}
        aria-describedby={`${reasonId}-hint${missing ? ` ${reasonId}-error` : ""}`}
        value={reason}
        onChange={(e) => onReason(e.target.value)}
      />
      <span id={`${reasonId}-hint`} className="hint">
        {t("reasonHint")}
      </span>
      {missing ? (
        <span id={`${reasonId}-error`} className="field-error" role="alert">
          {refused("reasonMissing")}
        </span>
      ) : null}
    </div>
  );
}
