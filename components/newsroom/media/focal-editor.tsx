"use client";
// The focal point and crops of one library image, opened from its card
// (app/newsroom/media/media-library.tsx): a native <dialog> (showModal keeps
// the focus inside and Escape closes it). Clicking or tapping the picture
// sets the point, arrow keys move it (Shift: further); the four crops are
// previewed live with the server's geometry and may be moved or resized by
// hand; Save sends it all to setFocalPointAction, which makes new
// renditions, then the page refreshes.
import { useRouter } from "next/navigation";
import { useId, useRef, useState, useTransition, type KeyboardEvent, type PointerEvent } from "react";
import { useTranslations } from "use-intl";
import { setFocalPointAction } from "@/lib/actions/media/set-focal-point";
import type { HandCrops } from "@/lib/media/crop-geometry";
import { RENDITION_RATIOS, type RenditionRatio } from "@/lib/media/urls";
import { CropPreview } from "@/components/newsroom/media/crop-preview";
import { useCrops } from "@/components/newsroom/media/use-crops";
import styles from "@/components/newsroom/media/focal-editor.module.css";
import { FormError } from "@/components/newsroom/form-error";

export type FocalImage = { id: string; src: string; width: number; height: number; focalX: number | null; focalY: number | null; crops?: HandCrops };

const KEY_STEPS: Record<string, [number, number]> = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] };

export function FocalPointButton({ image }: { image: FocalImage }) {
  const t = useTranslations("media.focal");
  const dialog = useRef<HTMLDialogElement>(null);
  // Mounted only while open, so each opening starts from the saved values.
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        onClick={() => {
          setOpen(true);
          requestAnimationFrame(() => dialog.current?.showModal());
        }}
      >
        {t("open")}
      </button>
      <dialog ref={dialog} className={styles.dialog} onClose={() => setOpen(false)} aria-label={t("title")} data-testid="focal-dialog">
        {open ? <FocalEditor image={image} onDone={() => dialog.current?.close()} /> : null}
      </dialog>
    </>
  );
}

function FocalEditor({ image, onDone }: { image: FocalImage; onDone: () => void }) {
  const t = useTranslations("media.focal");
  const router = useRouter();
  const state = useCrops(image);
  const [active, setActive] = useState<RenditionRatio | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [saving, startSaving] = useTransition();
  const helpId = useId();
  const titleId = useId();
  const { point } = state;

  function onPointer(event: PointerEvent<HTMLDivElement>) {
    const box = event.currentTarget.getBoundingClientRect();
    state.setFocal((event.clientX - box.left) / box.width, (event.clientY - box.top) / box.height);
    setSaved(false);
  }

  function onKey(event: KeyboardEvent<HTMLDivElement>) {
    const step = KEY_STEPS[event.key];
    if (!step) return;
    event.preventDefault();
    const d = event.shiftKey ? 0.1 : 0.01;
    state.setFocal(point.x + step[0] * d, point.y + step[1] * d);
    setSaved(false);
  }

  function onSave() {
    startSaving(async () => {
      const result = await setFocalPointAction({ id: image.id, focalX: state.focal?.x ?? null, focalY: state.focal?.y ?? null, crops: state.crops });
      if (result.ok) {
        setError(null);
        setSaved(true);
        router.refresh();
      } else {
        setError([result.error, ...Object.values(result.fieldErrors ?? {}).flat()].join(" "));
      }
    });
  }

  const outline = active ? state.rects[active] : null;
  return (
    <div className={styles.editor}>
      <h2 id={titleId}>{t("title")}</h2>
      <p id={helpId} className={styles.help}>
        {t("help")}
      </p>
      <div
        className={styles.stage}
        tabIndex={0}
        role="group"
        aria-label={t("point")}
        aria-describedby={helpId}
        onPointerDown={onPointer}
        onKeyDown={onKey}
        data-testid="focal-stage"
      >
        {/* eslint-disable-next-line @next/next/no-img-element -- the stored variant itself */}
        <img src={image.src} width={image.width} height={image.height} alt="" draggable={false} />
        {outline ? (
          <span
            className={styles.outline}
            aria-hidden="true"
            style={{
              left: `${(outline.x / image.width) * 100}%`,
              top: `${(outline.y / image.height) * 100}%`,
              width: `${(outline.w / image.width) * 100}%`,
              height: `${(outline.h / image.height) * 100}%`,
            }}
          />
        ) : null}
        <span className={styles.dot} aria-hidden="true" style={{ left: `${point.x * 100}%`, top: `${point.y * 100}%` }} />
      </div>
      <p className={styles.status} aria-live="polite">
        {t("point")}: {t("pointValue", { x: Math.round(point.x * 100), y: Math.round(point.y * 100) })}{" "}
        <button type="button" onClick={() => state.resetFocal()} disabled={!state.focal}>
          {t("centre")}
        </button>
      </p>
      <h3>{t("previews")}</h3>
      <ul className={styles.previews}>
        {RENDITION_RATIOS.map((ratio) => (
          <CropPreview
            key={ratio}
            ratio={ratio}
            src={image.src}
            width={image.width}
            height={image.height}
            state={state}
            active={active === ratio}
            onActivate={() => setActive(ratio)}
          />
        ))}
      </ul>
      <FormError>{error}</FormError>
      <div className={styles.actions}>
        <button type="button" onClick={onSave} disabled={saving} data-testid="focal-save">
          {saving ? t("saving") : t("save")}
        </button>
        <button type="button" onClick={onDone}>
          {t("close")}
        </button>
        {saved ? <p role="status">{t("saved")}</p> : null}
      </div>
    </div>
  );
}
