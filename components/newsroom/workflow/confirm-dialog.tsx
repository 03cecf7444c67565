"use client";
// "Are you sure?" before a step readers will notice (publish, schedule,
// unpublish, an update to a live story), saying exactly what will happen. A
// native <dialog> opened with showModal(): the browser keeps the focus inside
// it and makes the rest of the page inert, Escape cancels, and closing gives
// the focus back to the button that opened it. useConfirm() gives a promise
// per question, so a step reads `if (!(await ask(...))) return;`.
import { useCallback, useEffect, useId, useRef, useState } from "react";
import { useTranslations } from "use-intl";
import styles from "@/components/newsroom/workflow/workflow.module.css";

export type ConfirmRequest = {
  title: string;
  /** What will happen, in a sentence or two. */
  text: string;
  /** The button that goes ahead, named after the step ("Publish now"). */
  confirm: string;
  /** The step takes something away (unpublish): the button says so, and Cancel has the focus. */
  danger?: boolean;
};

type Props = { request: ConfirmRequest | null; onSettle: (confirmed: boolean) => void };

export function ConfirmDialog({ request, onSettle }: Props) {
  const t = useTranslations("workflow");
  const dialog = useRef<HTMLDialogElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const go = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const textId = useId();

  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (request && !d.open) {
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
          <div className={styles.dialogActions}>
            <button ref={cancel} type="button" className="secondary" onClick={() => onSettle(false)}>
              {t("confirm.cancel")}
            </button>
            <button ref={go} type="button" className={request.danger ? "danger" : undefined} onClick={() => onSettle(true)}>
              {request.confirm}
            </button>
          </div>
        </>
      ) : null}
    </dialog>
  );
}

/** Asks with the dialog: resolves true when the person goes ahead, false when they cancel. Render `dialog`. */
export function useConfirm(): { ask: (request: ConfirmRequest) => Promise<boolean>; dialog: React.ReactElement } {
  const [request, setRequest] = useState<ConfirmRequest | null>(null);
  const resolve = useRef<((confirmed: boolean) => void) | null>(null);
  const settle = useCallback((confirmed: boolean) => {
    resolve.current?.(confirmed);
    resolve.current = null;
    setRequest(null);
  }, []);
  const ask = useCallback((next: ConfirmRequest) => {
    // A question still open is answered "no" first.
    resolve.current?.(false);
    return new Promise<boolean>((done) => {
      resolve.current = done;
      setRequest(next);
    });
  }, []);
  return { ask, dialog: <ConfirmDialog request={request} onSettle={settle} /> };
}
