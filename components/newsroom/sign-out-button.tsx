"use client";
import { signOut } from "next-auth/react";
import { signOutEverywhereAction } from "@/lib/actions/users/sign-out-everywhere";

export function SignOutButton() {
  return (
    <button type="button" className="link-button" onClick={() => signOut({ callbackUrl: "/login" })}>
      Sign out
    </button>
  );
}

/** Ends this user's sessions on every device, then this one. */
export function SignOutEverywhereButton() {
  return (
    <button
      type="button"
      className="link-button"
      onClick={async () => {
        if (!window.confirm("Sign out on every device, including this one?")) return;
        await signOutEverywhereAction({});
        await signOut({ callbackUrl: "/login" });
      }}
    >
      Sign out everywhere
    </button>
  );
}
