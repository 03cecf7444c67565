"use server";
// Changes an item's default alt text, caption and credit: the uploader's own,
// or anyone's for the desk (lib/media/access.ts). Articles that set their own
// keep them; only later uses of the item get the new defaults.
import { headers } from "next/headers";
import { z } from "zod";
import { db } from "@/lib/db";
import { clientIp } from "@/lib/http/client-ip";
import { mediaTextSchema } from "@/lib/media/items";
import { updateMediaTexts } from "@/lib/media/update";
import { authedAction } from "@/lib/actions/action";

const schema = mediaTextSchema.extend({ id: z.string().min(1, "validation.invalid") });

// Every role may manage its own uploads; which image is whose is checked inside.
export const updateMediaAction = authedAction("media:manage-own", schema, async ({ id, ...texts }, user) => {
  const media = await updateMediaTexts(db, { ...user, ip: clientIp(await headers()) }, id, texts);
  return { ok: true as const, media };
});
