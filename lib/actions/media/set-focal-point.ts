"use server";
// Sets an image's focal point and hand-adjusted crops, and re-makes its crop
// renditions: the uploader's own image, or anyone's for the desk
// (lib/media/access.ts, checked inside lib/media/focal.ts with whether each
// crop fits the image and has its ratio's shape).
import { headers } from "next/headers";
import { z } from "zod";
import { db } from "@/lib/db";
import { clientIp } from "@/lib/http/client-ip";
import { setFocalAndCrops } from "@/lib/media/focal";
import { authedAction } from "@/lib/actions/action";

const fraction = (message: string) => z.number().finite(message).min(0, message).max(1, message);
const point = fraction("media.focal.errors.pointOutside");
const side = fraction("media.focal.errors.cropOutside");
const rect = z.object({ x: side, y: side, w: side, h: side }).strict();

const schema = z
  .object({
    id: z.string().min(1, "validation.invalid"),
    // Both or neither: null is the centre.
    focalX: point.nullable(),
    focalY: point.nullable(),
    crops: z.object({ "16x9": rect.optional(), "4x3": rect.optional(), "1x1": rect.optional(), og: rect.optional() }).strict().default({}),
  })
  .refine((v) => (v.focalX === null) === (v.focalY === null), { message: "validation.invalid", path: ["focalY"] });

export const setFocalPointAction = authedAction("media:manage-own", schema, async ({ id, focalX, focalY, crops }, user) => {
  // Drop the keys zod left undefined, so Media.crops lists only real crops.
  const handCrops = Object.fromEntries(Object.entries(crops).filter(([, r]) => r !== undefined));
  const media = await setFocalAndCrops(db, { ...user, ip: clientIp(await headers()) }, id, { focalX, focalY, crops: handCrops });
  return { ok: true as const, media };
});
