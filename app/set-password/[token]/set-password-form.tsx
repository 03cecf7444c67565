"use client";
// New password + confirmation for a one-time link. On success the link is
// used up and the person is sent on to sign in.
import Link from "next/link";
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

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    startTransition(async () => {
      const result = await setPasswordAction({
        token,
        password: String(form.get("password") ?? ""),
        confirm: String(form.get("confirm") ?? ""),
      });
      if (result.ok) setDoneFor(result.email);
      else setFailure(result);
    });
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
