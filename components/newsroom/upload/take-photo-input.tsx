"use client";
// "Take a photo": a file input that asks a phone for its back camera
// (capture="environment"), offered beside the usual file picker on touch
// devices only; a computer would just open its file chooser twice. The
// camera's JPEG is checked by the server like any upload (lib/media/upload.ts).
import { useTranslations } from "use-intl";
import { useCoarsePointer } from "@/components/newsroom/upload/use-coarse-pointer";

type Props = { onPhoto: (file: File | undefined) => void; disabled?: boolean; className?: string };

export function TakePhotoInput({ onPhoto, disabled = false, className = "take-photo" }: Props) {
  const t = useTranslations("media");
  const touch = useCoarsePointer();
  if (!touch) return null;
  return (
    <label className={className}>
      {t("takePhoto")}
      <input type="file" accept="image/*" capture="environment" disabled={disabled} onChange={(e) => onPhoto(e.target.files?.[0])} />
    </label>
  );
}
