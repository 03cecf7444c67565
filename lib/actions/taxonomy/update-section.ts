"use server";
// Renames a section; old article addresses keep working.
import { z } from "zod";
import { refreshArticlePages } from "../../cache";
import { db } from "../../db";
import { updateSection } from "../../taxonomy";
import { authedAction } from "../action";

export const updateSectionAction = authedAction(
  "taxonomy:manage",
  z.object({ id: z.string().min(1), name: z.string().max(80), slug: z.string().max(80), description: z.string().max(300) }),
  async (input, user) => {
    await updateSection(db, user, input);
    await refreshArticlePages();
    return { ok: true };
  },
);
