"use client";
// One ratio's live preview in the focal-point editor: the picture cut as the
// server will cut it, whether it follows the point or was adjusted by hand,
// and buttons to move and resize it (each a plain button, so keys work).
import { useTranslations } from "use-intl";
import type { PixelRect } from "@/lib/media/crop-geometry";
import type { RenditionRatio } from "@/lib/media/urls";
import type { CropsState, Nudge } from "@/components/newsroom/media/use-crops";
import styles from "@/components/newsroom/media/focal-editor.module.css";

const LABELS: Record<RenditionRatio, string> = { "16x9": "ratio16x9", "4x3": "ratio4x3", "1x1": "ratio1x1", og: "ratioOg" };
const NUDGES: Nudge[] = ["left", "right", "up", "down", "smaller", "larger"];
const ARROWS: Record<Nudge, string> = { left: "←", right: "→", up: "↑", down: "↓", smaller: "−", larger: "+" };

type Props = { ratio: RenditionRatio; src: string; width: number; height: number; state: CropsState; active: boolean; onActivate: () => void };

/** Where the whole picture sits inside a box showing `rect` of it, in percentages of the box. */
function placement(rect: PixelRect, width: number, height: number) {
  return {
    width: `${(width / rect.w) * 100}%`,
    height: `${(height / rect.h) * 100}%`,
    left: `${(-rect.x / rect.w) * 100}%`,
    top: `${(-rect.y / rect.h) * 100}%`,
  };
}

export function CropPreview({ ratio, src, width, height, state, active, onActivate }: Props) {
  const t = useTranslations("media.focal");
  const rect = state.rects[ratio];
  const byHand = Boolean(state.crops[ratio]);
  const label = t(LABELS[ratio]);
  return (
    <li className={styles.preview} data-ratio={ratio} data-active={active || undefined}>
      <div className={styles.previewBox} style={{ aspectRatio: `${rect.w} / ${rect.h}` }} data-testid={`crop-${ratio}`}>
        {/* eslint-disable-next-line @next/next/no-img-element -- a stored variant, positioned to show the crop */}
        <img src={src} alt="" style={placement(rect, width, height)} />
      </div>
      <p className={styles.previewLabel}>
        {label}
        {byHand ? <span className={styles.byHand}> · {t("byHand")}</span> : null}
      </p>
      {active ? (
        <div className={styles.nudges} role="group" aria-label={`${t("adjust")}: ${label}`}>
          {NUDGES.map((n) => (
            <button key={n} type="button" title={t(n)} aria-label={t(n)} onClick={(e) => state.nudge(ratio, n, e.shiftKey)}>
              {ARROWS[n]}
            </button>
          ))}
          {byHand ? (
            <button type="button" onClick={() => state.automatic(ratio)}>
              {t("automatic")}
            </button>
          ) : null}
        </div>
      ) : (
        <button type="button" className={styles.adjust} onClick={onActivate} aria-label={`${t("adjust")}: ${label}`}>
          {t("adjust")}
        </button>
      )}
    </li>
  );
}
