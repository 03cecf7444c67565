"use server";
// A staff member chooses the newsroom's language for themselves (or the
// site's, with null) in /newsroom/profile. The whole newsroom is rendered
// again, so every page and client component switches at once.
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { z } from "zod";
import { db } from "@/lib/db";
import { clientIp } from "@/lib/http/client-ip";
import { newsroomLanguageSchema, setNewsroomLanguage } from "@/lib/users/profile";
import { authedAction } from "@/lib/actions/action";

const schema = z.object({ language: newsroomLanguageSchema });

export const setLanguageAction = authedAction("newsroom:enter", schema, async ({ language }, user) => {
  const { changed } = await setNewsroomLanguage(db, { id: user.id, ip: clientIp(await headers()) }, language);
  revalidatePath("/newsroom", "layout");
  return { ok: true as const, changed, language };
});
