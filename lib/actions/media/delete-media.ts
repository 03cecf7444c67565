"use server";
// Deletes an item from the library with its files: the uploader's own, or
// anyone's for the desk (lib/media/access.ts), refused while an article uses
// it (as cover, in its body or in a pending update). Refusals are
// MediaErrors, which the action wrapper answers in the user's language.
import { headers } from "next/headers";
import { z } from "zod";
import { db } from "@/lib/db";
import { clientIp } from "@/lib/http/client-ip";
import { deleteMediaIfUnused } from "@/lib/media/delete";
import { authedAction } from "@/lib/actions/action";

const schema = z.object({ id: z.string().min(1, "validation.invalid") });

// Every role may manage its own uploads; which image is whose is checked inside.
export const deleteMediaAction = authedAction("media:manage-own", schema, async ({ id }, user) => {
  await deleteMediaIfUnused(db, { ...user, ip: clientIp(await headers()) }, id);
  return { ok: true as const };
});
