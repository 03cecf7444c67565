"use client";
// The toolbar's "Embed" button and the small dialog it opens: a link field,
// which providers it takes, and Embed / Cancel. A native <dialog> opened with
// showModal(): the focus stays inside, Escape cancels, and closing gives the
// focus back to the button. A link no provider takes is refused in the
// dialog, before anything is asked of the server.
import type { Editor } from "@tiptap/react";
import { useId, useRef, useState, type FormEvent } from "react";
import { useTranslations } from "use-intl";
import { matchEmbedUrl } from "@/lib/embeds/providers";
import { insertEmbed } from "@/components/newsroom/editor/embeds/embed-resolution";
import styles from "@/components/newsroom/editor/embeds/embeds.module.css";

export function EmbedButton({ editor }: { editor: Editor }) {
  const t = useTranslations("editor");
  const dialog = useRef<HTMLDialogElement>(null);
  const [url, setUrl] = useState("");
  const [error, setError] = useState("");
  const titleId = useId();
  const fieldId = useId();
  const hintId = useId();
  const errorId = useId();

  const open = () => {
    setUrl("");
    setError("");
    dialog.current?.showModal();
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!matchEmbedUrl(url.trim())) {
      setError(t("embed.failures.unsupported"));
      return;
    }
    dialog.current?.close();
    insertEmbed(editor, url.trim());
  };

  return (
    <>
      <button type="button" title={t("embed.button")} aria-label={t("embed.button")} disabled={!editor.isEditable} onMouseDown={(e) => e.preventDefault()} onClick={open}>
        {t("embed.buttonLabel")}
      </button>
      <dialog ref={dialog} className={styles.dialog} aria-labelledby={titleId} data-testid="embed-dialog">
        <h2 id={titleId}>{t("embed.dialogTitle")}</h2>
        <form onSubmit={submit} noValidate>
          <label htmlFor={fieldId}>{t("embed.urlLabel")}</label>
          <input
            id={fieldId}
            type="url"
            inputMode="url"
            autoComplete="off"
            value={url}
            aria-describedby={error ? `${hintId} ${errorId}` : hintId}
            aria-invalid={error ? true : undefined}
            onChange={(e) => {
              setUrl(e.target.value);
              setError("");
            }}
          />
          <p id={hintId} className={styles.hint}>
            {t("embed.urlHint")}
          </p>
          {error ? (
            <p id={errorId} className={styles.error} role="alert">
              {error}
            </p>
          ) : null}
          <div className={styles.dialogActions}>
            <button type="button" className="secondary" onClick={() => dialog.current?.close()}>
              {t("embed.cancel")}
            </button>
            <button type="submit">{t("embed.insert")}</button>
          </div>
        </form>
      </dialog>
    </>
  );
}
