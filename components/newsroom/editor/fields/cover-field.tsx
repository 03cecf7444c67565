"use client";
// The cover image: a shared media id (the last choice wins), chosen with the
// media picker. The picture of an id chosen in another browser is not known
// here (only ids travel in the document), so that case says to reload.
import { useState } from "react";
import { useTranslations } from "use-intl";
import type { MediaItem } from "@/lib/media/items";
import { useSharedValue } from "@/components/newsroom/editor/collab/use-shared-value";
import { MediaPicker } from "@/components/newsroom/editor/media-picker";
import { FieldError } from "@/components/newsroom/editor/fields/field-error";
import type { FieldErrors, FieldsSource } from "@/components/newsroom/editor/fields/source";

type Props = { source: FieldsSource; initialId: string | null; initialItem: MediaItem | null; errors: FieldErrors };

export function CoverField({ source, initialId, initialItem, errors }: Props) {
  const t = useTranslations("editor");
  const [coverId, setCoverId, editable] = useSharedValue(source, "coverMediaId", initialId);
  // Items whose picture this browser knows: the page's cover and those picked here.
  const [known, setKnown] = useState<Record<string, MediaItem>>(() => (initialItem ? { [initialItem.id]: initialItem } : {}));
  const [picking, setPicking] = useState(false);
  const cover = coverId ? known[coverId] : undefined;
  return (
    <div className="field">
      <span>{t("fields.cover")}</span>
      {cover ? (
        // eslint-disable-next-line @next/next/no-img-element
        <img src={cover.src} alt={cover.alt} className="cover-preview" />
      ) : (
        <p className="hint">{coverId ? t("fields.coverChangedElsewhere") : t("fields.noCover")}</p>
      )}
      <div>
        <button type="button" className="secondary" disabled={!editable} onClick={() => setPicking(true)}>
          {coverId ? t("fields.changeCover") : t("fields.chooseCover")}
        </button>{" "}
        {coverId ? (
          <button type="button" className="secondary" disabled={!editable} onClick={() => setCoverId(null)}>
            {t("fields.removeCover")}
          </button>
        ) : null}
      </div>
      <FieldError errors={errors} name="coverMediaId" />
      {picking ? (
        <MediaPicker
          onClose={() => setPicking(false)}
          onPick={(item) => {
            setKnown((k) => ({ ...k, [item.id]: item }));
            setCoverId(item.id);
            setPicking(false);
          }}
        />
      ) : null}
    </div>
  );
}
