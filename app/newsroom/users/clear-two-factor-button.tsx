"use client";
// "Turn off two-factor" in a user's row of /newsroom/users: for someone who
// lost their phone and their recovery codes. Asks first; audited by the action.
import { useTransition } from "react";
import { useTranslations } from "use-intl";
import { clearTwoFactorAction } from "@/lib/actions/users/clear-two-factor";

type Props = {
  userId: string;
  name: string;
  onNotice: (notice: { kind: "error" | "done"; text: string }) => void;
};

export function ClearTwoFactorButton({ userId, name, onNotice }: Props) {
  const t = useTranslations("users");
  const [pending, startTransition] = useTransition();
  function clear() {
    if (!window.confirm(t("confirmClearTwoFactor", { name }))) return;
    startTransition(async () => {
      const result = await clearTwoFactorAction({ userId });
      onNotice(result.ok ? { kind: "done", text: t("twoFactorCleared", { name }) } : { kind: "error", text: result.error });
    });
  }
  return (
    <button type="button" className="secondary" onClick={clear} disabled={pending} aria-label={t("clearTwoFactorOf", { name })}>
      {t("clearTwoFactor")}
    </button>
  );
}
