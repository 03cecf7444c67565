"use client";
// Captions for the video being inserted: a WebVTT file with the language its
// text is in (Vietnamese unless said) and an optional label for the player's
// menu, uploaded at once so the server's verdict comes while the dialog is
// open. Once uploaded, the item can be dropped again.
import { useId, useState } from "react";
import { useTranslations } from "use-intl";
import type { MediaItem } from "@/lib/media/items";
import { FormError } from "@/components/newsroom/form-error";
import { CAPTIONS_ACCEPT, uploadCaptions } from "@/components/newsroom/editor/video/video-upload";
import styles from "@/components/newsroom/editor/video/video.module.css";

/** Languages offered first; any other BCP 47 tag can be typed. */
const LANGUAGES = ["vi", "en", "fr", "zh", "ja", "ko", "lo", "km", "th", "ru"];

export function CaptionsField({ captions, onCaptions }: { captions: MediaItem | null; onCaptions: (item: MediaItem | null) => void }) {
  const t = useTranslations("media.video");
  const [language, setLanguage] = useState("vi");
  const [label, setLabel] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const listId = useId();

  async function upload(file: File | undefined) {
    if (!file) return;
    setBusy(true);
    setError(null);
    try {
      onCaptions(await uploadCaptions(file, language.trim(), label.trim(), (status) => t("uploadFailed", { status })));
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  }

  if (captions) {
    return (
      <fieldset className={styles.step}>
        <legend>{t("captions")}</legend>
        <p data-testid="video-captions-chosen">{t("captionsChosen", { label: `${captions.caption} (${captions.language})` })}</p>
        <button type="button" onClick={() => onCaptions(null)}>
          {t("removeCaptions")}
        </button>
      </fieldset>
    );
  }
  return (
    <fieldset className={styles.step}>
      <legend>{t("captions")}</legend>
      <div className={styles.fields}>
        <label>
          {t("captionsLanguage")}
          <input value={language} list={listId} maxLength={35} onChange={(e) => setLanguage(e.target.value)} />
          <datalist id={listId}>
            {LANGUAGES.map((l) => (
              <option key={l} value={l} />
            ))}
          </datalist>
        </label>
        <label>
          {t("captionsLabel")}
          <input value={label} maxLength={100} onChange={(e) => setLabel(e.target.value)} />
        </label>
      </div>
      <label className="upload-button">
        {busy ? t("uploadingCaptions") : t("uploadCaptions")}
        <input type="file" accept={CAPTIONS_ACCEPT} aria-label={t("captionsFile")} disabled={busy} onChange={(e) => upload(e.target.files?.[0])} />
      </label>
      <FormError>{error}</FormError>
    </fieldset>
  );
}
