"use client";
// Which roles must use two-factor sign-in (a setting of its own beside the
// site settings, lib/auth/two-factor-policy.ts). Saved through its action;
// takes effect at each affected person's next request.
import type { Role } from "@prisma/client";
import { useState, useTransition, type FormEvent } from "react";
import { useTranslations } from "use-intl";
import type { ActionResult } from "@/lib/actions/action";
import { setTwoFactorRolesAction } from "@/lib/actions/settings/set-two-factor-roles";
import { ROLES } from "@/lib/auth/permissions";
import { FormError } from "@/components/newsroom/form-error";
import { useRoleNames } from "@/components/newsroom/role-name";
import styles from "@/app/newsroom/settings/two-factor-roles.module.css";

export function TwoFactorRolesForm({ initial }: { initial: Role[] }) {
  const t = useTranslations("settings");
  const tc = useTranslations("common");
  const roleNames = useRoleNames();
  const [pending, startTransition] = useTransition();
  const [result, setResult] = useState<ActionResult<{ changed: boolean }> | null>(null);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const roles = new FormData(event.currentTarget).getAll("roles").map(String);
    startTransition(async () => setResult(await setTwoFactorRolesAction({ roles })));
  }

  return (
    <section aria-labelledby="two-factor-roles-heading">
      <h2 id="two-factor-roles-heading">{t("twoFactor.heading")}</h2>
      <form className="stack-form" onSubmit={onSubmit} noValidate>
        <fieldset className={styles.roles}>
          <legend>{t("twoFactor.legend")}</legend>
          {ROLES.map((role) => (
            <label key={role} className={styles.role}>
              <input type="checkbox" name="roles" value={role} defaultChecked={initial.includes(role)} /> {roleNames[role]}
            </label>
          ))}
        </fieldset>
        <p className="hint">{t("twoFactor.hint")}</p>
        <div aria-live="polite">
          {result && !result.ok ? <FormError>{result.error}</FormError> : null}
          {result?.ok ? (
            <p className="notice" data-testid="two-factor-roles-saved">
              {result.changed ? t("twoFactor.saved") : t("unchanged")}
            </p>
          ) : null}
        </div>
        <div>
          <button type="submit" disabled={pending}>
            {pending ? tc("saving") : t("twoFactor.save")}
          </button>
        </div>
      </form>
    </section>
  );
}
