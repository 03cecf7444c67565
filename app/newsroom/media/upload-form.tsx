"use client";
// The media library's upload form: an image from the file picker, or on a
// phone from its camera ("Take a photo"), with its alt text, caption and
// credit. Sent to /api/media with a progress bar (XMLHttpRequest, see
// components/newsroom/upload/send-upload.ts), then the page is refreshed.
import { useRouter } from "next/navigation";
import { useRef, useState, type FormEvent } from "react";
import { useTranslations } from "use-intl";
import styles from "@/app/newsroom/media/media-library.module.css";
import { useFormatBytes } from "@/app/newsroom/media/use-format";
import { FormError } from "@/components/newsroom/form-error";
import { sendUpload } from "@/components/newsroom/upload/send-upload";
import { TakePhotoInput } from "@/components/newsroom/upload/take-photo-input";
import { UploadProgress } from "@/components/newsroom/upload/upload-progress";

/** The rules from lib/media/upload.ts and items.ts (which cannot be bundled for the browser). */
export type UploadLimits = { maxUploadBytes: number; maxTextLength: number; accept: string };

type Notice = { kind: "progress" | "error" | "done"; text: string } | null;

export function UploadForm({ limits }: { limits: UploadLimits }) {
  const { maxUploadBytes, maxTextLength } = limits;
  const t = useTranslations("media");
  const te = useTranslations("errors");
  const bytes = useFormatBytes();
  const router = useRouter();
  const [notice, setNotice] = useState<Notice>(null);
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState(0);
  // A photo from the camera: its input has no name, so the file is sent as "file" in its place.
  const [photo, setPhoto] = useState<File | null>(null);
  const picker = useRef<HTMLInputElement>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    if (photo) form.set("file", photo);
    const file = form.get("file");
    if (!(file instanceof File) || file.size === 0) {
      setNotice({ kind: "error", text: t("chooseFirst") });
      return;
    }
    // Saves sending a file the server would refuse anyway.
    if (file.size > maxUploadBytes) {
      setNotice({ kind: "error", text: t("fileTooLarge", { name: file.name, size: bytes(maxUploadBytes) }) });
      return;
    }
    setBusy(true);
    setProgress(0);
    setNotice({ kind: "progress", text: t("uploadingFile", { name: file.name }) });
    const { status, body } = await sendUpload("/api/media", form, setProgress);
    setBusy(false);
    if (status === 0) {
      setNotice({ kind: "error", text: te("network") });
      return;
    }
    const result = body as { ok?: boolean; error?: string } | null;
    if (!result?.ok) {
      // The server's refusal is already in the user's language.
      setNotice({ kind: "error", text: result?.error ?? t("uploadFailed", { status }) });
      return;
    }
    setNotice({ kind: "done", text: t("uploaded", { name: file.name }) });
    formElement.reset();
    setPhoto(null);
    router.refresh();
  }

  return (
    <form className={styles.upload} onSubmit={onSubmit} aria-busy={busy} noValidate>
      <div className={styles.fileChoice}>
        <label>
          {t("file", { types: t("acceptedTypes"), size: bytes(maxUploadBytes) })}
          <input ref={picker} type="file" name="file" accept={limits.accept} required disabled={busy} onChange={() => setPhoto(null)} />
        </label>
        <TakePhotoInput
          className={styles.takePhoto}
          disabled={busy}
          onPhoto={(file) => {
            setPhoto(file ?? null);
            // The latest choice is the one sent: the picker's earlier file is dropped.
            if (file && picker.current) picker.current.value = "";
          }}
        />
        {photo ? (
          <p className={styles.photoName} data-testid="chosen-photo">
            {t("photoChosen", { name: photo.name })}
          </p>
        ) : null}
      </div>
      <label>
        {t("alt")}
        <input type="text" name="alt" maxLength={maxTextLength} disabled={busy} />
      </label>
      <label>
        {t("caption")}
        <input type="text" name="caption" maxLength={maxTextLength} disabled={busy} />
      </label>
      <label>
        {t("credit")}
        <input type="text" name="credit" maxLength={maxTextLength} disabled={busy} />
      </label>
      <button type="submit" disabled={busy}>
        {busy ? t("uploading") : t("upload")}
      </button>
      {notice?.kind === "error" ? (
        <FormError>{notice.text}</FormError>
      ) : notice ? (
        <p role="status" className={styles.saved}>
          {notice.text}
        </p>
      ) : null}
      {busy ? <UploadProgress fraction={progress} /> : null}
    </form>
  );
}
