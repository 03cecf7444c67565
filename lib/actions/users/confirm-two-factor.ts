"use server";
// Turns two-factor sign-in on with a first code from the authenticator app,
// and returns the ten recovery codes to be shown once. Nothing is revalidated
// here: the form shows the codes until the person says they have kept them,
// then refreshes the page (someone who had to set it up may now use the
// newsroom: every request checks).
import { headers } from "next/headers";
import { z } from "zod";
import { confirmTwoFactorSetup } from "@/lib/auth/two-factor";
import { db } from "@/lib/db";
import { clientIp } from "@/lib/http/client-ip";
import { authedAction } from "@/lib/actions/action";

const schema = z.object({ code: z.string().trim().min(1, "auth.validation.codeMissing").max(20, "auth.errors.twoFactorWrongCode") });

export const confirmTwoFactorAction = authedAction(
  "newsroom:enter",
  schema,
  async ({ code }, user) => {
    const { recoveryCodes } = await confirmTwoFactorSetup(db, { id: user.id, ip: clientIp(await headers()) }, code);
    return { ok: true as const, recoveryCodes };
  },
  { settingUpTwoFactor: true },
);
