"use client";
// "Are you sure?" before a step readers will notice (publish, schedule,
// unpublish, an update to a live story), saying exactly what will happen. A
// native <dialog> opened with showModal(): the browser keeps the focus inside
// it and makes the rest of the page inert, Escape cancels, and closing gives
// the focus back to the button that opened it. useConfirm() gives a promise
// per question, so a step reads `if (!(await ask(...))) return;`. With
// publish checks' warnings (publish-warnings.tsx) it lists them, asks for a
// reason, and the button says "Publish anyway": it goes ahead only once a
// reason is typed (else it says so at the field, which gets the focus), and
// askChecked() answers with the reason.
import { useCallback, useEffect, useId, useRef, useState } from "react";
import { useTranslations } from "use-intl";
import type { CheckResult } from "@/lib/articles/publish-checks";
import { PublishWarnings } from "@/components/newsroom/workflow/publish-warnings";
import styles from "@/components/newsroom/workflow/workflow.module.css";

export type ConfirmRequest = {
  title: string;
  /** What will happen, in a sentence or two. */
  text: string;
  /** The button that goes ahead, named after the step ("Publish now"). */
  confirm: string;
  /** The step takes something away (unpublish): the button says so, and Cancel has the focus. */
  danger?: boolean;
  /** Publish checks that warn: listed, with a reason field; the button then says `anyway`. */
  warnings?: CheckResult[];
  /** The button's label when there are warnings ("Publish anyway"). */
  anyway?: string;
  /** The reason typed the last time (the server found more warnings): the field starts with it. */
  reason?: string;
};

type Props = { request: ConfirmRequest | null; onSettle: (confirmed: boolean, reason?: string) => void };

export function ConfirmDialog({ request, onSettle }: Props) {
  const t = useTranslations("workflow");
  const dialog = useRef<HTMLDialogElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const go = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const textId = useId();
  const reasonField = useRef<HTMLTextAreaElement>(null);
  const [reason, setReason] = useState("");
  const [missing, setMissing] = useState(false);
  const warned = Boolean(request?.warnings?.length);

  function goAhead() {
    if (warned && !reason.trim()) {
      setMissing(true);
      reasonField.current?.focus();
      return;
    }
    onSettle(true, reason);
  }

  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (request && !d.open) {
      setReason(request.reason ?? "");
      setMissing(false);
      d.showModal();
      (request.danger ? cancel : go).current?.focus();
    } else if (!request && d.open) {
      d.close();
    }
  }, [request]);

  return (
    // Escape (the "cancel" event) closes it; any close without a choice is a "no".
    <dialog ref={dialog} className={styles.dialog} aria-labelledby={titleId} aria-describedby={textId} onClose={() => (request ? onSettle(false) : undefined)} data-testid="confirm-dialog">
      {request ? (
        <>
          <h2 id={titleId}>{request.title}</h2>
          <p id={textId}>{request.text}</p>
          {warned ? <PublishWarnings warnings={request.warnings!} reason={reason} onReason={(r) => (setReason(r), r.trim() && setMissing(false))} missing={missing} reasonRef={reasonField} /> : null}
          <div className={styles.dialogActions}>
            <button ref={cancel} type="button" className="secondary" onClick={() => onSettle(false)}>
              {t("confirm.cancel")}
            </button>
            <button ref={go} type="button" className={request.danger ? "danger" : undefined} onClick={goAhead}>
              {warned && request.anyway ? request.anyway : request.confirm}
            </button>
          </div>
        </>
      ) : null}
    </dialog>
  );
}

/** A "yes" with the reason typed (empty when there was no reason field, or nothing in it). */
export type ConfirmAnswer = { reason: string };

/**
 * Asks with the dialog: `ask` resolves true when the person goes ahead, false
 * when they cancel; `askChecked` resolves their answer, or null. Render `dialog`.
 */
export function useConfirm(): { ask: (request: ConfirmRequest) => Promise<boolean>; askChecked: (request: ConfirmRequest) => Promise<ConfirmAnswer | null>; dialog: React.ReactElement } {
  const [request, setRequest] = useState<ConfirmRequest | null>(null);
  const resolve = useRef<((answer: ConfirmAnswer | null) => void) | null>(null);
  const settle = useCallback((confirmed: boolean, reason?: string) => {
    resolve.current?.(confirmed ? { reason: reason ?? "" } : null);
    resolve.current = null;
    setRequest(null);
  }, []);
  const askChecked = useCallback((next: ConfirmRequest) => {
    // A question still open is answered "no" first.
    resolve.current?.(null);
    return new Promise<ConfirmAnswer | null>((done) => {
      resolve.current = done;
      setRequest(next);
    });
  }, []);
  const ask = useCallback(async (next: ConfirmRequest) => (await askChecked(next)) !== null, [askChecked]);
  return { ask, askChecked, dialog: <ConfirmDialog request={request} onSettle={settle} /> };
}
