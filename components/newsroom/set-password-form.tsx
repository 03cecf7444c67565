"use client";
// New password + confirmation for a one-time link. On success the link is
// used up and the person is sent on to sign in.
import Link from "next/link";
import { useState, useTransition, type FormEvent } from "react";
import type { ActionFailure } from "@/lib/actions/action";
import { setPasswordAction } from "@/lib/actions/users/set-password";

export function SetPasswordForm({ token, minLength }: { token: string; minLength: number }) {
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
        <p>Your password is set. Sign in with {doneFor} and your new password.</p>
        <p>
          <Link href="/login" className="button">
            Sign in
          </Link>
        </p>
      </div>
    );
  }

  const errors = failure?.fieldErrors ?? {};
  return (
    <form className="login-form" onSubmit={onSubmit} noValidate>
      <label>
        New password
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
        Repeat the password
        <input name="confirm" type="password" autoComplete="new-password" required aria-invalid={errors.confirm ? true : undefined} />
        {errors.confirm ? <span className="field-error">{errors.confirm[0]}</span> : null}
      </label>
      {failure ? (
        <p role="alert" className="form-error">
          {failure.fieldErrors ? "Check the fields above." : failure.error}
        </p>
      ) : null}
      <button type="submit" disabled={pending}>
        {pending ? "Saving…" : "Set password"}
      </button>
    </form>
  );
}
