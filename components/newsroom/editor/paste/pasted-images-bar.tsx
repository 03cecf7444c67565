"use client";
// The bar above the body that asks what to do with pasted images that are
// not in the media library ("3 images in the pasted text are not in the
// media library: Import into the library / Remove"), shows the import's
// progress, and then what became of them ("Removed 2 images that could not
// be imported", with the reasons). The work is use-pasted-images.ts's.
import type { Editor, JSONContent } from "@tiptap/core";
import { useTranslations } from "use-intl";
import type { MediaItem } from "@/lib/media/items";
import bar from "@/components/newsroom/editor/notice-bar.module.css";
import styles from "@/components/newsroom/editor/paste/pasted-images.module.css";
import { usePastedImages } from "@/components/newsroom/editor/paste/use-pasted-images";

type Props = { editor: Editor | null; figureOf: (item: MediaItem) => JSONContent };

export function PastedImagesBar({ editor, figureOf }: Props) {
  const t = useTranslations("editor.pastedImages");
  const { waiting, progress, notice, importAll, removeAll, dismiss } = usePastedImages(editor, figureOf);
  if (!waiting && !progress && !notice) return null;
  return (
    <div className={bar.bar} data-testid="pasted-images">
      {progress ? (
        <p role="status">{t("importing", progress)}</p>
      ) : waiting ? (
        <>
          <p>{t("found", { count: waiting })}</p>
          <button type="button" onClick={() => void importAll()}>
            {t("import")}
          </button>
          <button type="button" onClick={removeAll}>
            {t("remove")}
          </button>
        </>
      ) : null}
      {notice && !progress ? (
        <>
          <p role="status">{t(notice.kind, { count: notice.count })}</p>
          <button type="button" onClick={dismiss}>
            {t("dismiss")}
          </button>
          {notice.reasons.length ? (
            <ul className={styles.reasons}>
              {notice.reasons.map((reason) => (
                <li key={reason}>{reason}</li>
              ))}
            </ul>
          ) : null}
        </>
      ) : null}
    </div>
  );
}
