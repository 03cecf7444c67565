"use client";
// Email + password form. Signs in through next-auth without a full page
// reload so a failed attempt keeps what was typed and says why (in the site's
// language, from the page's message provider).
import { signIn } from "next-auth/react";
import { useState, type FormEvent } from "react";
import { useTranslations } from "use-intl";

/** Why the last attempt failed: wrong credentials, too many attempts, or no connection. */
export type SignInProblem = "failed" | "throttled" | "network";

export function LoginForm({ callbackUrl, initialError }: { callbackUrl: string; initialError: SignInProblem | null }) {
  const t = useTranslations("auth");
  const te = useTranslations("errors");
  const [problem, setProblem] = useState<SignInProblem | null>(initialError);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setProblem(null);
    try {
      const result = await signIn("credentials", {
        email: String(form.get("email") ?? ""),
        password: String(form.get("password") ?? ""),
        redirect: false,
      });
      if (result?.status === 429 || result?.error === "throttled") {
        setProblem("throttled");
        return;
      }
      if (!result || result.error || !result.ok) {
        setProblem("failed");
        return;
      }
      // A full navigation so the server renders with the new session cookie.
      window.location.assign(callbackUrl);
    } catch {
      setProblem("network");
    } finally {
      setPending(false);
    }
  }

  const message = { failed: t("wrongCredentials"), throttled: t("throttled"), network: te("network") };
  return (
    <form className="login-form" onSubmit={onSubmit} noValidate>
      <label>
        {t("email")}
        <input name="email" type="email" autoComplete="username" required autoFocus />
      </label>
      <label>
        {t("password")}
        <input name="password" type="password" autoComplete="current-password" required />
      </label>
      {problem ? (
        <p role="alert" className="form-error">
          {message[problem]}
        </p>
      ) : null}
      <button type="submit" disabled={pending}>
        {pending ? t("signingIn") : t("signIn")}
      </button>
    </form>
  );
}
