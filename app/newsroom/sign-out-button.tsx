"use client";
import { signOut } from "next-auth/react";
import { useTranslations } from "use-intl";
import { signOutEverywhereAction } from "@/lib/actions/users/sign-out-everywhere";

export function SignOutButton() {
  const t = useTranslations("auth");
  return (
    <button type="button" className="link-button" onClick={() => signOut({ callbackUrl: "/login" })}>
      {t("signOut")}
    </button>
  );
}

/** Ends this user's sessions on every device, then this one. */
export function SignOutEverywhereButton() {
  const t = useTranslations("auth");
  return (
    <button
      type="button"
      className="link-button"
      onClick={async () => {
        if (!window.confirm(t("confirmSignOutEverywhere"))) return;
        await signOutEverywhereAction({});
        await signOut({ callbackUrl: "/login" });
      }}
    >
      {t("signOutEverywhere")}
    </button>
  );
}
