// The profile's two-factor sign-in section: whether it is on (since when, how
// many recovery codes are left), or the set-up (app/newsroom/profile/two-factor-setup.tsx).
// Someone whose role requires it lands here after signing in, with a notice
// saying why.
import type { CurrentUser } from "@/lib/auth/session";
import { twoFactorState } from "@/lib/auth/two-factor";
import { twoFactorRequiredRoles } from "@/lib/auth/two-factor-policy";
import { db } from "@/lib/db";
import { dateFormats, getT } from "@/lib/i18n/server";
import { TwoFactorSetup } from "@/app/newsroom/profile/two-factor-setup";

type Props = { user: CurrentUser; locale: string; timeZone: string };

export async function TwoFactorSection({ user, locale, timeZone }: Props) {
  const t = getT(locale, "auth");
  const [state, required] = await Promise.all([twoFactorState(db, user.id), twoFactorRequiredRoles(db)]);
  const mustSetUp = required.includes(user.role) && state.status !== "on";
  return (
    <section aria-labelledby="two-factor-heading" id="two-factor">
      <h2 id="two-factor-heading">{t("twoFactor.heading")}</h2>
      {state.status === "on" ? (
        <>
          <p data-testid="two-factor-on">
            {t("twoFactor.onSince", { date: dateFormats(locale, timeZone).dateTime(state.since) })}{" "}
            {t("twoFactor.codesLeft", { count: state.recoveryCodesLeft })}
          </p>
          <p className="hint">{t("twoFactor.lostPhone")}</p>
        </>
      ) : (
        <>
          {mustSetUp ? (
            <p className="notice notice-warning" role="status">
              {t("twoFactor.required")}
            </p>
          ) : null}
          <p>{t("twoFactor.offIntro")}</p>
          <TwoFactorSetup />
        </>
      )}
    </section>
  );
}
