"use client";
// The editor's save status, announced politely to screen readers.
import { useTranslations } from "use-intl";
import { useDateTime } from "@/components/newsroom/editor/use-date-time";

export type SaveStatus =
  | { kind: "saved"; at: string }
  | { kind: "unsaved" }
  | { kind: "saving" }
  | { kind: "offline" }
  | { kind: "error"; message: string }
  | { kind: "conflict" };

/** The save time: hours and minutes read the same in every language. */
const SAVED_AT_PATTERN = "HH:mm";

export function StatusLine({ status }: { status: SaveStatus }) {
  const t = useTranslations("editor");
  const dateTime = useDateTime();
  const text =
    status.kind === "saved"
      ? t("save.saved", { time: dateTime(status.at, SAVED_AT_PATTERN) })
      : status.kind === "unsaved"
        ? t("save.unsaved")
        : status.kind === "saving"
          ? t("save.saving")
          : status.kind === "offline"
            ? t("save.offline")
            : status.kind === "conflict"
              ? t("save.conflict")
              : t("save.error", { message: status.message });
  return (
    <p className={`save-status save-${status.kind}`} role="status" aria-live="polite" data-testid="save-status">
      {text}
    </p>
  );
}
