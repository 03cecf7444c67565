"use client";
// The editor's one-line account of where the writer's words are: saved (and
// when the server last stored them), on their way, waiting for the network,
// or stopped for a reason the writer must act on (signed out, no access, a
// refused change, a stored state that fails validation).
import { useTranslations } from "use-intl";
import type { SharedDocument } from "@/components/newsroom/editor/collab/use-shared-document";
import { useDateTime } from "@/components/newsroom/editor/use-date-time";

/** The save time: hours and minutes read the same in every language. */
const SAVED_AT_PATTERN = "HH:mm";

/** The existing colour classes of app/globals.css. */
const TONE: Record<SharedDocument["status"], string> = {
  synced: "save-saved",
  syncing: "save-saving",
  connecting: "save-saving",
  offline: "save-offline",
  ended: "save-error",
  denied: "save-error",
  refused: "save-error",
  invalid: "save-error",
};

type Props = {
  shared: Pick<SharedDocument, "status" | "lastStored" | "refusal" | "invalid">;
  /** Where signing in again leads (it comes back to this article). */
  loginHref: string;
};

export function StatusLine({ shared, loginHref }: Props) {
  const t = useTranslations("editor");
  const dateTime = useDateTime();
  const { status, lastStored, refusal, invalid } = shared;
  const savedAt = dateTime(lastStored.updatedAt, SAVED_AT_PATTERN);
  const text =
    status === "synced"
      ? t("save.saved", { time: savedAt })
      : status === "syncing"
        ? t("save.saving")
        : status === "connecting"
          ? t("save.connecting", { time: savedAt })
          : status === "offline"
            ? t("save.offline")
            : status === "ended"
              ? t.rich("save.ended", { link: (chunks) => <a href={loginHref}>{chunks}</a> })
              : status === "denied"
                ? t("save.denied")
                : status === "refused"
                  ? // The server's reason is a technical English phrase (lib/collab/check-update.ts): kept as a tooltip, not read as the message.
                    t("save.refusedUnexplained")
                  : t("save.error", { message: invalid?.message ?? "" });
  const urgent = TONE[status] === "save-error";
  return (
    <p className={`save-status ${TONE[status]}`} role={urgent ? "alert" : "status"} aria-live={urgent ? "assertive" : "polite"} data-testid="save-status" data-status={status} title={status === "refused" && refusal ? refusal : undefined}>
      {text}
    </p>
  );
}
