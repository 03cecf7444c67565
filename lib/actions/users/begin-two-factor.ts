"use server";
// Starts setting up two-factor sign-in for oneself (/newsroom/profile): a new
// secret, returned as a QR code for the authenticator app and as text to type
// in by hand. Open to someone whose role requires it and who has not set it
// up yet: this is how they get back into the newsroom.
import { z } from "zod";
import { beginTwoFactorSetup } from "@/lib/auth/two-factor";
import { formatSecret, qrCodeSvg } from "@/lib/auth/totp";
import { db } from "@/lib/db";
import { siteSettings } from "@/lib/site/settings";
import { authedAction } from "@/lib/actions/action";

export const beginTwoFactorAction = authedAction(
  "newsroom:enter",
  z.object({}),
  async (_input, user) => {
    const { siteName } = await siteSettings();
    const { secret, uri } = await beginTwoFactorSetup(db, user.id, { issuer: siteName, account: user.email });
    return { ok: true as const, secret: formatSecret(secret), qrSvg: await qrCodeSvg(uri) };
  },
  { settingUpTwoFactor: true },
);
