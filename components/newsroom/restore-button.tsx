"use client";
// Restores a revision as the newest version, then reloads the page.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { restoreRevisionAction } from "@/lib/actions/articles/restore-revision";

export function RestoreButton({ articleId, revisionId, baseVersion }: { articleId: string; revisionId: string; baseVersion: number }) {
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  async function restore() {
    if (!window.confirm("Restore this revision? The current text stays in the history.")) return;
    setBusy(true);
    const result = await restoreRevisionAction({ articleId, revisionId, baseVersion });
    setBusy(false);
    if (!result.ok) setMessage(result.error);
    else if (result.outcome.kind === "conflict") setMessage("Someone saved meanwhile; reload and try again.");
    else router.refresh();
  }
  return (
    <>
      <button type="button" className="secondary" onClick={restore} disabled={busy}>
        Restore
      </button>
      {message ? (
        <span className="form-error" role="alert">
          {message}
        </span>
      ) : null}
    </>
  );
}
