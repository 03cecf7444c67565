"use server";
// Disables an account (its sessions stop working at their next request) or
// enables it again. The last admin who can sign in cannot be disabled.
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { z } from "zod";
import { db } from "@/lib/db";
import { clientIp } from "@/lib/http/client-ip";
import { setDisabled } from "@/lib/users/admin";
import { authedAction } from "@/lib/actions/action";

const schema = z.object({ userId: z.string().min(1, "validation.invalid"), disabled: z.boolean("validation.invalid") });

export const setDisabledAction = authedAction("users:manage", schema, async ({ userId, disabled }, user) => {
  const ip = clientIp(await headers());
  const { changed } = await setDisabled(db, { id: user.id, ip }, userId, disabled);
  revalidatePath("/newsroom/users");
  return { ok: true as const, changed };
});
