"use client";
// The panel's list of publish checks: each with its state as a sign and in
// words (a tick and "passed", a warning sign and "warning", never colour
// alone), and under a warning the items it found; an item with a place in the
// article is a button that takes the writer there (go-to-detail.ts).
import type { Editor } from "@tiptap/react";
import { useTranslations } from "use-intl";
import type { CheckResult } from "@/lib/articles/publish-checks";
import { DETAILS_SHOWN, useDetailText } from "@/components/newsroom/workflow/publish-warnings";
import { canGoTo, goToDetail } from "@/components/newsroom/editor/copy-desk/go-to-detail";
import styles from "@/components/newsroom/editor/copy-desk/checks-panel.module.css";

export function CheckList({ results, editor }: { results: CheckResult[]; editor: Editor | null }) {
  const t = useTranslations("workflow.checks");
  const tp = useTranslations("copyDesk.panel");
  const detailText = useDetailText();
  return (
    <ul className={styles.checks} aria-label={tp("checks")} data-testid="copy-desk-checks">
      {results.map((r) => (
        <li key={r.id} className={styles.check} data-check={r.id} data-state={r.state}>
          <span className={styles.icon} aria-hidden>
            {r.state === "warn" ? "⚠" : "✓"}
          </span>
          <span>
            <span className="visually-hidden">{r.state === "warn" ? tp("warning") : tp("passed")} </span>
            {r.state === "warn" ? t(r.id, { count: r.count }) : t(`pass.${r.id}`)}
          </span>
          {r.details.length ? (
            <ul className={styles.details}>
              {r.details.slice(0, DETAILS_SHOWN).map((d, i) => (
                <li key={i}>
                  {canGoTo(d) ? (
                    <button type="button" className={styles.goTo} onClick={() => goToDetail(editor, d)}>
                      {detailText(d)}
                    </button>
                  ) : (
                    detailText(d)
                  )}
                </li>
              ))}
              {r.details.length > DETAILS_SHOWN ? <li>{t("more", { count: r.details.length - DETAILS_SHOWN })}</li> : null}
            </ul>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
