// Saving the editor's work. The promise is that no word is ever lost:
// - every change is copied to this browser at once (local-copy.ts) and saved
//   to the server shortly after typing stops; a failed request retries;
// - every save names the version it was based on; if someone else saved in
//   between, the server refuses and the conflict is handed to the editor;
// - leaving with anything the server has not confirmed asks first.
// The counters live in refs: they change on every keystroke and no render
// depends on them.
import { useCallback, useEffect, useRef, useState } from "react";
import { saveArticleAction } from "@/lib/actions/articles/save-article";
import type { EditorArticle, EditorFields } from "@/lib/articles/editor-state";
import { clearLocalCopy, writeLocalCopy } from "@/components/newsroom/editor/local-copy";
import type { SaveStatus } from "@/components/newsroom/editor/status-line";

/** Save this long after the last keystroke (the promise is: within 3 s). */
const AUTOSAVE_DELAY_MS = 1200;
const RETRY_OFFLINE_MS = 5000;

/** A refused save: their version, and mine as it stands (kept current while the conflict is open). */
export type Conflict = { theirs: EditorArticle; mine: EditorFields };

type Options = {
  initial: EditorArticle;
  userId: string;
  readOnly: boolean;
  /** The fields now (stable: it reads refs). */
  currentFields: () => EditorFields;
};

export function useAutosave({ initial, userId, readOnly, currentFields }: Options) {
  const articleId = initial.id;
  const published = initial.status === "PUBLISHED";
  const [status, setStatus] = useState<SaveStatus>({ kind: "saved", at: initial.updatedAt });
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [savedSlug, setSavedSlug] = useState(initial.slug);
  // A save to a published article leaves the live version alone: it is pending.
  const [pending, setPending] = useState(initial.hasPendingChanges);

  const versionRef = useRef(initial.version);
  const conflictRef = useRef<EditorArticle | null>(null);
  const changeSeq = useRef(0);
  const savedSeq = useRef(0);
  const inFlight = useRef(false);
  const again = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const overwriteNext = useRef(false);

  const keepLocally = useCallback(
    (fields: EditorFields, baseVersion: number) => writeLocalCopy({ userId, articleId, baseVersion, fields, savedAt: new Date().toISOString() }),
    [articleId, userId],
  );

  const save = useCallback(async (): Promise<void> => {
    if (readOnly || conflictRef.current) return;
    if (timer.current) clearTimeout(timer.current);
    if (inFlight.current) {
      again.current = true;
      return;
    }
    const seq = changeSeq.current;
    if (seq === savedSeq.current) return;
    const fields = currentFields();
    inFlight.current = true;
    setStatus({ kind: "saving" });
    try {
      let result;
      try {
        result = await saveArticleAction({ ...fields, articleId, baseVersion: versionRef.current, overwrite: overwriteNext.current });
        overwriteNext.current = false;
      } catch {
        // The request never got an answer: offline, or the server is down.
        setStatus({ kind: "offline" });
        timer.current = setTimeout(save, RETRY_OFFLINE_MS);
        return;
      }
      if (!result.ok) {
        setStatus({ kind: "error", message: result.error });
        setFieldErrors(result.fieldErrors ?? {});
        return;
      }
      setFieldErrors({});
      const outcome = result.outcome;
      if (outcome.kind === "conflict") {
        conflictRef.current = outcome.current;
        setConflict({ theirs: outcome.current, mine: currentFields() });
        setStatus({ kind: "conflict" });
        return;
      }
      versionRef.current = outcome.version;
      savedSeq.current = seq;
      if (published) setPending(true);
      setSavedSlug(outcome.slug);
      setStatus({ kind: "saved", at: outcome.updatedAt });
      if (changeSeq.current === seq) clearLocalCopy(userId, articleId);
      else {
        // Newer changes arrived meanwhile: they now build on the new version.
        keepLocally(currentFields(), outcome.version);
        again.current = true;
      }
    } finally {
      inFlight.current = false;
      if (again.current) {
        again.current = false;
        void save();
      }
    }
  }, [articleId, currentFields, keepLocally, published, readOnly, userId]);

  /** Saves anything unsaved and waits for it; the version to act on, or null if not saved. */
  const flush = useCallback(async (): Promise<number | null> => {
    if (readOnly) return versionRef.current;
    for (let i = 0; i < 20 && (inFlight.current || changeSeq.current !== savedSeq.current); i++) {
      if (conflictRef.current) return null;
      if (!inFlight.current) await save();
      else await new Promise((r) => setTimeout(r, 150));
    }
    return changeSeq.current === savedSeq.current && !conflictRef.current ? versionRef.current : null;
  }, [readOnly, save]);

  /** Call after every change of the fields: keeps a copy here and schedules the save. */
  const changed = useCallback(() => {
    if (readOnly) return;
    changeSeq.current++;
    const fields = currentFields();
    keepLocally(fields, versionRef.current);
    if (conflictRef.current) {
      setConflict((c) => (c ? { ...c, mine: fields } : c));
      return;
    }
    setStatus((s) => (s.kind === "offline" ? s : { kind: "unsaved" }));
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(save, AUTOSAVE_DELAY_MS);
  }, [currentFields, keepLocally, readOnly, save]);

  /** A copy from this browser was loaded into the fields: it builds on `baseVersion`; save it now. */
  const restored = useCallback(
    (baseVersion: number) => {
      versionRef.current = baseVersion;
      changed(); // a newer server version makes this a conflict, shown as such
    },
    [changed],
  );

  /**
   * The conflict is settled: `took` is the version of theirs now loaded into
   * the fields; or, with `overwrite`, mine is saved over theirs.
   */
  const resolveConflict = useCallback(
    (took: number | null, overwrite: boolean) => {
      const theirs = conflictRef.current;
      conflictRef.current = null;
      setConflict(null);
      if (took !== null) {
        versionRef.current = took;
        savedSeq.current = changeSeq.current;
        clearLocalCopy(userId, articleId);
        setStatus({ kind: "saved", at: theirs?.updatedAt ?? new Date().toISOString() });
      } else if (overwrite && theirs) {
        versionRef.current = theirs.version;
        overwriteNext.current = true;
        void save();
      }
    },
    [articleId, save, userId],
  );

  // Ask before leaving with anything the server has not confirmed; save as
  // soon as the connection is back.
  useEffect(() => {
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      if (changeSeq.current !== savedSeq.current || inFlight.current) {
        e.preventDefault();
        e.returnValue = "";
      }
    };
    const onOnline = () => void save();
    window.addEventListener("beforeunload", onBeforeUnload);
    window.addEventListener("online", onOnline);
    return () => {
      window.removeEventListener("beforeunload", onBeforeUnload);
      window.removeEventListener("online", onOnline);
    };
  }, [save]);

  return { status, fieldErrors, conflict, savedSlug, pending, save, flush, changed, restored, resolveConflict };
}
