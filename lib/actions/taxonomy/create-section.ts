"use server";
// Creates a section (its slug must be free and not one the site reserves).
import { z } from "zod";
import { refreshArticlePages } from "../../cache";
import { db } from "../../db";
import { createSection } from "../../taxonomy";
import { authedAction } from "../action";

export const createSectionAction = authedAction(
  "taxonomy:manage",
  z.object({ name: z.string().max(80), slug: z.string().max(80).optional(), description: z.string().max(300).optional() }),
  async (input, user) => {
    await createSection(db, user, input);
    await refreshArticlePages();
    return { ok: true };
  },
);
