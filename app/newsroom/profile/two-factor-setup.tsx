"use client";
// Setting up two-factor sign-in: a QR code (and the key, to type in by hand)
// for the authenticator app, a first code from the app to turn it on, then
// the ten recovery codes, shown this once. The page is refreshed only after
// the person says they have kept the codes.
import { useRouter } from "next/navigation";
import { useState, useTransition, type FormEvent } from "react";
import { useTranslations } from "use-intl";
import type { ActionFailure } from "@/lib/actions/action";
import { beginTwoFactorAction } from "@/lib/actions/users/begin-two-factor";
import { confirmTwoFactorAction } from "@/lib/actions/users/confirm-two-factor";
import { FormError } from "@/components/newsroom/form-error";
import styles from "@/app/newsroom/profile/profile.module.css";

type Phase = { name: "start" } | { name: "scan"; secret: string; qrSvg: string } | { name: "codes"; codes: string[] };

export function TwoFactorSetup() {
  const t = useTranslations("auth");
  const router = useRouter();
  const [phase, setPhase] = useState<Phase>({ name: "start" });
  const [failure, setFailure] = useState<ActionFailure | null>(null);
  const [pending, startTransition] = useTransition();

  function begin() {
    startTransition(async () => {
      const result = await beginTwoFactorAction({});
      if (!result.ok) {
        setFailure(result);
        return;
      }
      setFailure(null);
      setPhase({ name: "scan", secret: result.secret, qrSvg: result.qrSvg });
    });
  }

  function confirm(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const code = String(new FormData(event.currentTarget).get("code") ?? "");
    startTransition(async () => {
      const result = await confirmTwoFactorAction({ code });
      if (!result.ok) {
        setFailure(result);
        return;
      }
      setFailure(null);
      setPhase({ name: "codes", codes: result.recoveryCodes });
    });
  }

  if (phase.name === "start") {
    return (
      <div className="stack-form">
        <FormError>{failure?.error}</FormError>
        <div>
          <button type="button" onClick={begin} disabled={pending}>
            {pending ? t("twoFactor.starting") : t("twoFactor.start")}
          </button>
        </div>
      </div>
    );
  }

  if (phase.name === "codes") {
    return (
      <div className="notice" role="status" data-testid="recovery-codes">
        <p>{t("twoFactor.codesIntro")}</p>
        <ol className={styles.codes}>
          {phase.codes.map((code) => (
            <li key={code}>
              <code>{code}</code>
            </li>
          ))}
        </ol>
        <button type="button" onClick={() => router.refresh()}>
          {t("twoFactor.codesKept")}
        </button>
      </div>
    );
  }

  const fieldError = failure?.fieldErrors?.code?.[0];
  return (
    <form className="stack-form" onSubmit={confirm} noValidate>
      <p>{t("twoFactor.scan")}</p>
      {/* Made on the server by the qrcode library from our own otpauth:// address: no markup of anyone else's. */}
      <div className={styles.qr} role="img" aria-label={t("twoFactor.qrLabel")} dangerouslySetInnerHTML={{ __html: phase.qrSvg }} />
      <p>
        {t("twoFactor.key")} <code data-testid="two-factor-key">{phase.secret}</code>
      </p>
      <label>
        {t("twoFactor.firstCode")}
        <input
          name="code"
          autoComplete="one-time-code"
          inputMode="numeric"
          required
          aria-invalid={fieldError ? true : undefined}
          aria-describedby={fieldError ? "first-code-error" : undefined}
        />
        {fieldError ? (
          <span id="first-code-error" className="field-error">
            {fieldError}
          </span>
        ) : null}
      </label>
      <FormError>{failure && !fieldError ? failure.error : null}</FormError>
      <div>
        <button type="submit" disabled={pending}>
          {pending ? t("twoFactor.turningOn") : t("twoFactor.turnOn")}
        </button>
      </div>
    </form>
  );
}
