"use server";
// "Create a translation": a new draft in the chosen language, linked to the
// original; the editor then opens it.
import { headers } from "next/headers";
import { z } from "zod";
import { languageTagSchema } from "@/lib/articles/fields-schema";
import { createTranslation } from "@/lib/articles/translations";
import { db } from "@/lib/db";
import { clientIp } from "@/lib/http/client-ip";
import { authedAction } from "@/lib/actions/action";

const schema = z.object({ articleId: z.string().min(1), language: languageTagSchema });

export const createTranslationAction = authedAction("article:create", schema, async (input, user) => {
  const id = await createTranslation(db, user, { ...input, ip: clientIp(await headers()) });
  // Nothing public changes: the new translation is a draft.
  return { ok: true, id };
});
