"use client";
// How far an upload has gone: a <progress> bar and its percentage in words,
// in the newsroom's language. Used by the media library and the editor's
// image picker while a file is on its way (components/newsroom/upload/send-upload.ts).
import { useId } from "react";
import { useTranslations } from "use-intl";

/** `fraction`: 0 to 1. */
export function UploadProgress({ fraction }: { fraction: number }) {
  const t = useTranslations("media");
  const id = useId();
  const percent = Math.round(Math.min(1, Math.max(0, fraction)) * 100);
  return (
    <span className="upload-progress" data-testid="upload-progress">
      <progress max={100} value={percent} aria-labelledby={id} />
      <span id={id}>{t("progress", { percent })}</span>
    </span>
  );
}
