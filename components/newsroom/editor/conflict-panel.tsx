"use client";
// Shown when a save was refused because someone else saved first. Nothing is
// lost whatever the writer picks: their text can be read here, mine can be
// kept as a new draft, or mine can replace theirs (after confirming; theirs
// then stays in the revision history).
import Link from "next/link";
import { useState } from "react";
import { useTranslations } from "use-intl";
import { saveCopyAction } from "@/lib/actions/articles/save-copy";
import type { EditorArticle, EditorFields } from "@/lib/articles/editor-state";
import { bodyToText } from "@/lib/content/body";
import { FormError } from "@/components/newsroom/form-error";
import { useServerStep } from "@/components/newsroom/editor/use-server-step";

type Props = {
  mine: EditorFields;
  theirs: EditorArticle;
  /** next: load this state (theirs); overwrite: save mine over theirs. */
  onResolved: (next: { fields: EditorFields; version: number } | null, overwrite: boolean) => void;
};

export function ConflictPanel({ mine, theirs, onResolved }: Props) {
  const [showTheirs, setShowTheirs] = useState(false);
  const [copyId, setCopyId] = useState<string | null>(null);
  const t = useTranslations("editor");
  const { busy, error, attempt } = useServerStep({ offline: t("conflict.offline") });

  async function keepCopy() {
    await attempt(async () => {
      const result = await saveCopyAction(mine);
      if (result.ok) setCopyId(result.id);
      return result;
    });
  }

  function overwrite() {
    if (window.confirm(t("conflict.confirmOverwrite"))) onResolved(null, true);
  }

  return (
    <section className="conflict" role="alertdialog" aria-labelledby="conflict-title" data-testid="conflict">
      <h2 id="conflict-title">{t("conflict.title")}</h2>
      <p>{t("conflict.intro")}</p>
      <div className="conflict-actions">
        <button type="button" className="secondary" onClick={() => setShowTheirs((v) => !v)} aria-expanded={showTheirs}>
          {showTheirs ? t("conflict.hideTheirs") : t("conflict.seeTheirs")}
        </button>
        {copyId ? (
          <>
            <Link href={`/newsroom/articles/${copyId}`} target="_blank" data-testid="copy-link">
              {t("conflict.copySaved")}
            </Link>
            <button type="button" onClick={() => onResolved({ fields: theirs, version: theirs.version }, false)}>
              {t("conflict.continueWithTheirs")}
            </button>
          </>
        ) : (
          <button type="button" onClick={keepCopy} disabled={busy}>
            {t("conflict.keepCopy")}
          </button>
        )}
        <button type="button" className="danger" onClick={overwrite} disabled={busy}>
          {t("conflict.overwrite")}
        </button>
      </div>
      <FormError>{error}</FormError>
      {showTheirs ? (
        <div className="conflict-compare">
          <div>
            <h3>{t("conflict.theirs", { version: theirs.version })}</h3>
            <p className="compare-title">{theirs.title}</p>
            <p className="compare-lead">{theirs.lead}</p>
            <pre className="compare-text">{bodyToText(theirs.body)}</pre>
          </div>
          <div>
            <h3>{t("conflict.yours")}</h3>
            <p className="compare-title">{mine.title}</p>
            <p className="compare-lead">{mine.lead}</p>
            <pre className="compare-text">{bodyToText(mine.body)}</pre>
          </div>
        </div>
      ) : null}
    </section>
  );
}
