// Changing an image's focal point and hand crops, and re-making its crop
// renditions (lib/media/renditions.ts) from its largest stored variant: by
// someone who may manage it (lib/media/access.ts), audited with the change.
// New files first, under a new renditionKey; then the row points at them (in
// one transaction with the audit event); then the old files go. A failure
// before the row changes removes the new files, so pages never point at a
// missing file. Also the backfill's step (scripts/media-renditions.ts).
// Free of `server-only` so tests and scripts can use it.
import type { Media } from "@prisma/client";
import sharp from "sharp";
import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record";
import type { Db } from "@/lib/db/client";
import { assertCanManageMedia } from "@/lib/media/access";
import { focalOrCentre, handCropProblem, parseHandCrops, type HandCrops } from "@/lib/media/crop-geometry";
import { MediaError, toMediaItem, type MediaItem } from "@/lib/media/items";
import {
  encodeRenditions,
  parseRenditions,
  putRenditionFiles,
  removeRenditionFiles,
  renditionSource,
  type EncodedRenditions,
} from "@/lib/media/renditions";
import { MAX_INPUT_PIXELS, mediaStore, VARIANT_WIDTHS } from "@/lib/media/storage";
import type { MediaStore } from "@/lib/media/store";
import { largestVariant, RENDITION_RATIOS, variantFileName } from "@/lib/media/urls";

export type FocalChange = { focalX: number | null; focalY: number | null; crops: HandCrops };

type ImageRow = Pick<Media, "fileKey" | "variants" | "width" | "height" | "kind">;

/** Cuts and stores a new set for `row` from its largest WebP variant. */
async function cutAndStore(row: ImageRow, focal: { x: number; y: number }, crops: HandCrops, store: MediaStore): Promise<EncodedRenditions> {
  const bytes = await store.get(variantFileName(row.fileKey, largestVariant(row.variants)));
  if (!bytes) throw new MediaError("media.focal.errors.noSource");
  const image = sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS });
  const set = await encodeRenditions(row.fileKey, await renditionSource(image, VARIANT_WIDTHS[VARIANT_WIDTHS.length - 1]), focal, crops);
  await putRenditionFiles(set.files, store);
  return set;
}

/** Refuses hand crops that do not fit a width × height image (MediaError naming the ratio). */
export function assertHandCrops(width: number, height: number, crops: HandCrops): void {
  for (const ratio of RENDITION_RATIOS) {
    const rect = crops[ratio];
    if (!rect) continue;
    const problem = handCropProblem(width, height, ratio, rect);
    if (problem) throw new MediaError(`media.focal.errors.${problem}`, { ratio: ratio === "og" ? "1200×630" : ratio.replace("x", ":") });
  }
}

/**
 * Sets `mediaId`'s focal point and hand crops and re-makes its renditions.
 * MediaError when it is gone, not an image, not `actor`'s to change, or a
 * crop does not fit.
 */
export async function setFocalAndCrops(
  db: Db,
  actor: Pick<Actor, "id" | "role" | "ip">,
  mediaId: string,
  change: FocalChange,
  store: MediaStore = mediaStore(),
): Promise<MediaItem> {
  const before = await db.media.findUnique({ where: { id: mediaId } });
  if (!before) throw new MediaError("media.errors.gone");
  assertCanManageMedia(actor, before);
  if (before.kind !== "image") throw new MediaError("media.focal.errors.notImage");
  assertHandCrops(before.width, before.height, change.crops);

  const set = await cutAndStore(before, focalOrCentre(change.focalX, change.focalY), change.crops, store);
  let old: Pick<Media, "fileKey" | "renditionKey" | "renditions">;
  let updated: Media;
  try {
    [old, updated] = await db.$transaction(async (tx) => {
      // Read again inside: the files to remove are those the row points at
      // when it changes, whatever another save did in the meantime.
      const current = await tx.media.findUnique({ where: { id: mediaId } });
      if (!current) throw new MediaError("media.errors.gone");
      assertCanManageMedia(actor, current);
      const row = await tx.media.update({
        where: { id: mediaId },
        data: {
          focalX: change.focalX,
          focalY: change.focalY,
          crops: JSON.stringify(change.crops),
          renditionKey: set.renditionKey,
          renditions: JSON.stringify(set.renditions),
        },
      });
      await recordAudit(tx, {
        action: "media.cropped",
        actorId: actor.id,
        targetType: "media",
        targetId: mediaId,
        detail: { focalX: change.focalX, focalY: change.focalY, crops: Object.keys(change.crops) },
        ip: actor.ip ?? null,
      });
      return [current, row] as const;
    });
  } catch (e) {
    await removeRenditionFiles(before.fileKey, set.renditionKey, set.renditions, store);
    throw e;
  }
  await removeRenditionFiles(old.fileKey, old.renditionKey, parseRenditions(old.renditions), store);
  return toMediaItem(updated);
}

/**
 * Makes renditions for an image that has none yet (renditionKey ""), around
 * its focal point and hand crops, for the backfill. Returns false when there
 * was nothing to do (not an image, already has them, or made meanwhile).
 */
export async function makeMissingRenditions(db: Db, mediaId: string, store: MediaStore = mediaStore()): Promise<boolean> {
  const row = await db.media.findUnique({ where: { id: mediaId } });
  if (!row || row.kind !== "image" || row.renditionKey !== "") return false;
  const set = await cutAndStore(row, focalOrCentre(row.focalX, row.focalY), parseHandCrops(row.crops), store);
  // Conditional: if another run made a set first, keep that one and drop ours.
  const { count } = await db.media.updateMany({
    where: { id: mediaId, renditionKey: "" },
    data: { renditionKey: set.renditionKey, renditions: JSON.stringify(set.renditions) },
  });
  if (count === 0) await removeRenditionFiles(row.fileKey, set.renditionKey, set.renditions, store);
  return count > 0;
}
