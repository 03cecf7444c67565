"use client";
// Restores a revision as the newest version, then reloads the page.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useTranslations } from "use-intl";
import { restoreRevisionAction } from "@/lib/actions/articles/restore-revision";
import { FormError } from "@/components/newsroom/form-error";

export function RestoreButton({ articleId, revisionId, baseVersion }: { articleId: string; revisionId: string; baseVersion: number }) {
  const router = useRouter();
  const t = useTranslations("editor");
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  async function restore() {
    if (!window.confirm(t("restore.confirm"))) return;
    setBusy(true);
    const result = await restoreRevisionAction({ articleId, revisionId, baseVersion });
    setBusy(false);
    if (!result.ok) setMessage(result.error);
    else if (result.outcome.kind === "conflict") setMessage(t("restore.conflict"));
    else router.refresh();
  }
  return (
    <>
      <button type="button" className="secondary" onClick={restore} disabled={busy}>
        {t("restore.button")}
      </button>
      <FormError inline>{message}</FormError>
    </>
  );
}
