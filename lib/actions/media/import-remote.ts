"use server";
// Imports an image from an address into the media library: the editor's
// answer to pasted text holding images from elsewhere. Whoever may upload
// may import (the same permission as app/api/media's uploads); the fetch's
// rules are lib/media/import-remote.ts's and lib/http/safe-fetch.ts's.
import { headers } from "next/headers";
import { z } from "zod";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { clientIp } from "@/lib/http/client-ip";
import { importRemoteImage, MAX_IMPORT_URL_LENGTH } from "@/lib/media/import-remote";
import { mediaTextSchema } from "@/lib/media/items";
import { authedAction } from "@/lib/actions/action";

const schema = z.object({
  url: z.string().min(1, "validation.invalid").max(MAX_IMPORT_URL_LENGTH, "validation.invalid"),
  alt: mediaTextSchema.shape.alt,
});

export const importRemoteMediaAction = authedAction("article:create", schema, async ({ url, alt }, user) => {
  const media = await importRemoteImage(db, url, { uploadedById: user.id, alt });
  await recordAudit(db, {
    action: "media.imported",
    actorId: user.id,
    ip: clientIp(await headers()),
    targetType: "media",
    targetId: media.id,
    // The host only: image addresses can carry access keys.
    detail: { host: new URL(url).host, originalName: media.originalName, width: media.width, height: media.height },
  });
  return { ok: true as const, media };
});
