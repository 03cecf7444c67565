"use client";
// Email + password form, then, for someone with two-factor sign-in, a second
// step asking for the code from their authenticator app (or a recovery
// code): the sign-in route answers the password step with
// error=second-factor and keeps the pending sign-in in a cookie
// (app/api/auth/[...nextauth]). Signs in through next-auth without a full
// page reload so a failed attempt keeps what was typed and says why (in the
// site's language, from the page's message provider).
import { signIn } from "next-auth/react";
import { useState, type FormEvent } from "react";
import { useTranslations } from "use-intl";
import { FormError } from "@/components/newsroom/form-error";

/**
 * Why the last attempt failed: wrong credentials, a wrong code, too many
 * attempts, a code step that took too long (start again), or no connection.
 */
export type SignInProblem = "failed" | "wrongCode" | "expired" | "throttled" | "network";

export function LoginForm({ callbackUrl, initialError }: { callbackUrl: string; initialError: SignInProblem | null }) {
  const t = useTranslations("auth");
  const te = useTranslations("errors");
  const [problem, setProblem] = useState<SignInProblem | null>(initialError);
  const [pending, setPending] = useState(false);
  const [step, setStep] = useState<"password" | "code">("password");
  // Kept across the steps, so starting again does not mean typing it again.
  const [email, setEmail] = useState("");

  function startAgain(why: SignInProblem | null) {
    setStep("password");
    setProblem(why);
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setProblem(null);
    try {
      const credentials =
        step === "password"
          ? { email: String(form.get("email") ?? ""), password: String(form.get("password") ?? "") }
          : { code: String(form.get("code") ?? "") };
      if (step === "password") setEmail(credentials.email ?? "");
      const result = await signIn("credentials", { ...credentials, redirect: false });
      if (result?.status === 429 || result?.error === "throttled") {
        setProblem("throttled");
        return;
      }
      if (result?.error === "second-factor") {
        setStep("code");
        return;
      }
      if (result?.error === "expired") {
        startAgain("expired");
        return;
      }
      if (!result || result.error || !result.ok) {
        setProblem(step === "code" ? "wrongCode" : "failed");
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

  const message = {
    failed: t("wrongCredentials"),
    wrongCode: t("wrongCode"),
    expired: t("codeExpired"),
    throttled: t("throttled"),
    network: te("network"),
  };
  if (step === "code") {
    return (
      <form className="login-form" onSubmit={onSubmit} noValidate key="code">
        <p id="code-intro">{t("codeIntro")}</p>
        <label>
          {t("code")}
          <input name="code" autoComplete="one-time-code" required autoFocus aria-describedby="code-intro code-hint" />
          <span id="code-hint" className="hint">
            {t("codeHint")}
          </span>
        </label>
        {problem ? <FormError>{message[problem]}</FormError> : null}
        <button type="submit" disabled={pending}>
          {pending ? t("verifying") : t("verify")}
        </button>
        <button type="button" className="secondary" onClick={() => startAgain(null)} disabled={pending}>
          {t("startAgain")}
        </button>
      </form>
    );
  }
  return (
    <form className="login-form" onSubmit={onSubmit} noValidate key="password">
      <label>
        {t("email")}
        <input name="email" type="email" autoComplete="username" required autoFocus defaultValue={email} />
      </label>
      <label>
        {t("password")}
        <input name="password" type="password" autoComplete="current-password" required />
      </label>
      {problem ? <FormError>{message[problem]}</FormError> : null}
      <button type="submit" disabled={pending}>
        {pending ? t("signingIn") : t("signIn")}
      </button>
    </form>
  );
}
