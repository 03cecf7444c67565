"use server";
// Resolves a link the writer pasted or typed into the "Embed" dialog into an
// embed node's attributes (lib/embeds/resolve.ts). Whoever may write articles
// may embed; a link of no allowlisted provider is refused before any fetch.
import { z } from "zod";
import { db } from "@/lib/db";
import { refuse, authedAction } from "@/lib/actions/action";
import { MAX_EMBED_URL_CHARS } from "@/lib/embeds/providers";
import { resolveEmbed, UnsupportedEmbedError } from "@/lib/embeds/resolve";

const schema = z.object({
  url: z.string().trim().min(1, "validation.invalid").max(MAX_EMBED_URL_CHARS, "validation.invalid"),
});

export const resolveEmbedAction = authedAction("article:create", schema, async ({ url }, user) => {
  try {
    const embed = await resolveEmbed(db, url, { uploadedById: user.id });
    return { ok: true as const, embed };
  } catch (e) {
    if (e instanceof UnsupportedEmbedError) refuse("editor.embed.failures.unsupported");
    throw e;
  }
});
