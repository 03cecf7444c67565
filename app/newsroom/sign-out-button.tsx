"use client";
// Signing out: of this browser (the header's menu) or everywhere (the profile
// page). Signing out of this browser also removes the person's offline editor copies
// kept in it (components/newsroom/offline-copies.ts), so the next person at a
// shared computer finds none of them.
import { signOut } from "next-auth/react";
import { useTranslations } from "use-intl";
import { signOutEverywhereAction } from "@/lib/actions/users/sign-out-everywhere";
import { clearOfflineCopiesOf } from "@/components/newsroom/offline-copies";

type Props = { userId: string };

export function SignOutButton({ userId }: Props) {
  const t = useTranslations("auth");
  return (
    <button
      type="button"
      className="link-button"
      onClick={async () => {
        await clearOfflineCopiesOf(userId);
        await signOut({ callbackUrl: "/login" });
      }}
    >
      {t("signOut")}
    </button>
  );
}

/** Ends this user's sessions on every device, then this one. */
export function SignOutEverywhereButton({ userId }: Props) {
  const t = useTranslations("auth");
  return (
    <button
      type="button"
      className="secondary"
      onClick={async () => {
        if (!window.confirm(t("confirmSignOutEverywhere"))) return;
        await signOutEverywhereAction({});
        await clearOfflineCopiesOf(userId);
        await signOut({ callbackUrl: "/login" });
      }}
    >
      {t("signOutEverywhere")}
    </button>
  );
}
