"use client";
// Shown when a save was refused because someone else saved first. Nothing is
// lost whatever the writer picks: their text can be read here, mine can be
// kept as a new draft, or mine can replace theirs (after confirming; theirs
// then stays in the revision history).
import Link from "next/link";
import { useState } from "react";
import { saveCopyAction } from "@/lib/actions/articles/save-copy";
import type { EditorArticle, EditorFields } from "@/lib/articles/editor-state";
import { bodyToText } from "@/lib/content/body";

type Props = {
  mine: EditorFields;
  theirs: EditorArticle;
  /** next: load this state (theirs); overwrite: save mine over theirs. */
  onResolved: (next: { fields: EditorFields; version: number } | null, overwrite: boolean) => void;
};

export function ConflictPanel({ mine, theirs, onResolved }: Props) {
  const [showTheirs, setShowTheirs] = useState(false);
  const [copyId, setCopyId] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function keepCopy() {
    setBusy(true);
    setError(null);
    try {
      const result = await saveCopyAction(mine);
      if (!result.ok) {
        setError(result.error);
        return;
      }
      setCopyId(result.id);
    } catch {
      setError("Could not reach the server; your text is still kept on this device.");
    } finally {
      setBusy(false);
    }
  }

  function overwrite() {
    if (window.confirm("Replace the other version with yours? Theirs stays in the revision history.")) onResolved(null, true);
  }

  return (
    <section className="conflict" role="alertdialog" aria-labelledby="conflict-title" data-testid="conflict">
      <h2 id="conflict-title">Someone else saved this article while you were writing</h2>
      <p>Your changes are not saved yet, and they are kept on this device. Choose what to do:</p>
      <div className="conflict-actions">
        <button type="button" className="secondary" onClick={() => setShowTheirs((v) => !v)} aria-expanded={showTheirs}>
          {showTheirs ? "Hide their version" : "See their version"}
        </button>
        {copyId ? (
          <>
            <Link href={`/newsroom/articles/${copyId}`} target="_blank" data-testid="copy-link">
              Your version, saved as a new draft
            </Link>
            <button type="button" onClick={() => onResolved({ fields: theirs, version: theirs.version }, false)}>
              Continue with their version here
            </button>
          </>
        ) : (
          <button type="button" onClick={keepCopy} disabled={busy}>
            Keep mine as a copy
          </button>
        )}
        <button type="button" className="danger" onClick={overwrite} disabled={busy}>
          Overwrite with mine…
        </button>
      </div>
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
      {showTheirs ? (
        <div className="conflict-compare">
          <div>
            <h3>Theirs (version {theirs.version})</h3>
            <p className="compare-title">{theirs.title}</p>
            <p className="compare-lead">{theirs.lead}</p>
            <pre className="compare-text">{bodyToText(theirs.body)}</pre>
          </div>
          <div>
            <h3>Yours</h3>
            <p className="compare-title">{mine.title}</p>
            <p className="compare-lead">{mine.lead}</p>
            <pre className="compare-text">{bodyToText(mine.body)}</pre>
          </div>
        </div>
      ) : null}
    </section>
  );
}
