"use client";
// Changing one's own password: the current one, then the new one twice. The
// server judges the new one (lib/auth/password.ts) and explains a refusal in
// the person's language. Other sessions end; this one is re-issued by the
// action, so the person normally stays signed in here.
import Link from "next/link";
import { useState, useTransition, type FormEvent } from "react";
import { useTranslations } from "use-intl";
import type { ActionFailure } from "@/lib/actions/action";
import { changePasswordAction } from "@/lib/actions/users/change-password";
import { FormError } from "@/components/newsroom/form-error";

type Done = "signedIn" | "signedOut";

export function PasswordForm({ minLength }: { minLength: number }) {
  const t = useTranslations("newsroom");
  const ta = useTranslations("auth");
  const tc = useTranslations("common");
  const [pending, startTransition] = useTransition();
  const [failure, setFailure] = useState<ActionFailure | null>(null);
  const [done, setDone] = useState<Done | null>(null);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    setDone(null);
    startTransition(async () => {
      const result = await changePasswordAction({
        currentPassword: String(data.get("currentPassword") ?? ""),
        newPassword: String(data.get("newPassword") ?? ""),
        confirm: String(data.get("confirm") ?? ""),
      });
      if (!result.ok) {
        setFailure(result);
        return;
      }
      setFailure(null);
      form.reset();
      setDone(result.stillSignedIn ? "signedIn" : "signedOut");
    });
  }

  const errors = failure?.fieldErrors ?? {};
  const field = (name: string) => {
    const described = [name === "newPassword" ? "newPassword-hint" : "", errors[name] ? `${name}-error` : ""].filter(Boolean).join(" ");
    return { "aria-invalid": errors[name] ? true : undefined, "aria-describedby": described || undefined };
  };
  const fieldError = (name: string) =>
    errors[name] ? (
      <span id={`${name}-error`} className="field-error">
        {errors[name][0]}
      </span>
    ) : null;

  return (
    <section aria-labelledby="password-heading">
      <h2 id="password-heading">{t("profile.passwordHeading")}</h2>
      <form className="stack-form" onSubmit={onSubmit} noValidate>
        <label>
          {t("profile.currentPassword")}
          <input name="currentPassword" type="password" autoComplete="current-password" required {...field("currentPassword")} />
          {fieldError("currentPassword")}
        </label>
        <label>
          {t("profile.newPassword")}
          <input name="newPassword" type="password" autoComplete="new-password" minLength={minLength} required {...field("newPassword")} />
          <span id="newPassword-hint" className="hint">
            {t("profile.passwordHint", { min: minLength })}
          </span>
          {fieldError("newPassword")}
        </label>
        <label>
          {t("profile.repeatPassword")}
          <input name="confirm" type="password" autoComplete="new-password" required {...field("confirm")} />
          {fieldError("confirm")}
        </label>
        <div aria-live="polite">
          <FormError>{failure?.error}</FormError>
          {done === "signedIn" ? (
            <p className="notice" role="status" data-testid="password-changed">
              {t("profile.passwordChanged")}
            </p>
          ) : done === "signedOut" ? (
            <p className="notice" role="status" data-testid="password-changed">
              {t("profile.passwordChangedSignIn")} <Link href="/login">{ta("signIn")}</Link>
            </p>
          ) : null}
        </div>
        <div>
          <button type="submit" disabled={pending}>
            {pending ? tc("saving") : t("profile.changePassword")}
          </button>
        </div>
      </form>
    </section>
  );
}
