"use client";
// New password + confirmation for a one-time link. On success the link is
// used up and the person is signed in with the password just set, the way
// the sign-in form does it (next-auth's credentials sign-in, through the
// same checks: app/api/auth/[...nextauth]), and lands in the newsroom, which
// sends a role that must use two-factor sign-in on to set it up. Someone who
// already has two-factor sign-in (a reset) still needs their code: they, and
// anyone the sign-in did not work for, are asked to sign in on the form.
import Link from "next/link";
import { signIn } from "next-auth/react";
import { useState, useTransition, type FormEvent } from "react";
import { useTranslations } from "use-intl";
import type { ActionFailure } from "@/lib/actions/action";
import { setPasswordAction } from "@/lib/actions/users/set-password";
import { FormError } from "@/components/newsroom/form-error";

export function SetPasswordForm({ token, email, minLength }: { token: string; email: string; minLength: number }) {
  const t = useTranslations("auth");
  const tc = useTranslations("common");
  const te = useTranslations("errors");
  const [pending, startTransition] = useTransition();
  const [failure, setFailure] = useState<ActionFailure | null>(null);
  const [doneFor, setDoneFor] = useState<string | null>(null);
  const [signingIn, setSigningIn] = useState(false);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const password = String(form.get("password") ?? "");
    startTransition(async () => {
      const result = await setPasswordAction({ token, password, confirm: String(form.get("confirm") ?? "") });
      if (!result.ok) return setFailure(result);
      setSigningIn(true);
      const signedIn = await signIn("credentials", { email: result.email, password, redirect: false }).catch(() => null);
      // A full navigation, as after signing in, so the newsroom renders with the new session cookie.
      // eslint-disable-next-line @next/next/no-location-assign-relative-destination -- a router push would keep the signed-out render
      if (signedIn?.ok && !signedIn.error) return window.location.assign("/newsroom");
      setSigningIn(false);
      setDoneFor(result.email);
    });
  }

  if (signingIn) {
    return (
      <p className="notice" role="status">
        {t("signingIn")}
      </p>
    );
  }
  if (doneFor) {
    return (
      <div className="notice" role="status">
        <p>{t("setPassword.done", { email: doneFor })}</p>
        <p>
          <Link href="/login" className="button">
            {t("signIn")}
          </Link>
        </p>
      </div>
    );
  }

  const errors = failure?.fieldErrors ?? {};
  return (
    <>
      <p>{t.rich("setPassword.intro", { email, min: minLength, strong: (chunks) => <strong>{chunks}</strong> })}</p>
      <form className="login-form" onSubmit={onSubmit} noValidate>
        <label>
          {t("setPassword.newPassword")}
          <input
            name="password"
            type="password"
            autoComplete="new-password"
            minLength={minLength}
            required
            autoFocus
            aria-invalid={errors.password ? true : undefined}
          />
          {errors.password ? <span className="field-error">{errors.password[0]}</span> : null}
        </label>
        <label>
          {t("setPassword.repeat")}
          <input name="confirm" type="password" autoComplete="new-password" required aria-invalid={errors.confirm ? true : undefined} />
          {errors.confirm ? <span className="field-error">{errors.confirm[0]}</span> : null}
        </label>
        {failure ? <FormError>{failure.fieldErrors ? te("checkFields") : failure.error}</FormError> : null}
        <button type="submit" disabled={pending}>
          {pending ? tc("saving") : t("setPassword.submit")}
        </button>
      </form>
    </>
  );
}
