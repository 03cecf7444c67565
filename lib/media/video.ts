// Accepting a video upload: MP4 or WebM only, told by the bytes (file-type),
// with codecs a browser plays (the container's own words, lib/media/video-probe.ts),
// up to the newsroom's size setting (lib/settings/video.ts). Nothing is
// transcoded: the file is stored as it came, as <fileKey>.mp4|webm in the
// media store, with a Media row of kind "video" (its duration and picture
// size when the container says them). Everything else is refused with a
// message naming what the file is and what to do (export as MP4/H.264 or
// WebM). Free of `server-only` so tests can use it; callers pass the
// database client (and may pass the store).
import { randomBytes } from "node:crypto";
import { fileTypeFromBuffer } from "file-type";
import type { Db } from "@/lib/db/client";
import { createMediaFileItem, type MediaFileKind } from "@/lib/media/video-items";
import { MediaError, mediaTextSchema, type MediaItem } from "@/lib/media/items";
import { mediaStore } from "@/lib/media/storage";
import type { MediaStore } from "@/lib/media/store";
import { probeVideo } from "@/lib/media/video-probe";

/** A video (or captions) upload refused; the message names the problem and the way out. */
export class VideoUploadError extends MediaError {}

/** A video over the size setting (HTTP callers answer 413). */
export class VideoTooLargeError extends VideoUploadError {
  constructor(maxMegabytes: number) {
    super("media.video.errors.tooLarge", { size: maxMegabytes });
  }
}

export const MEGABYTE = 1024 * 1024;

/** Throws unless `size` bytes is within `maxMegabytes`. */
export function assertVideoSize(size: number, maxMegabytes: number): void {
  if (size > maxMegabytes * MEGABYTE) throw new VideoTooLargeError(maxMegabytes);
}

// Containers people try that browsers do not play, by file-type's extension,
// named as the uploader knows them.
const KNOWN_OTHERS: Record<string, string> = {
  mov: "QuickTime (MOV)",
  avi: "AVI",
  mkv: "Matroska (MKV)",
  flv: "Flash video (FLV)",
  wmv: "Windows Media (WMV)",
  asf: "Windows Media (ASF)",
  mpg: "MPEG",
  mts: "AVCHD (MTS)",
  "3gp": "3GP",
  "3g2": "3G2",
  ogv: "Ogg",
  ogg: "Ogg",
  f4v: "Flash video (F4V)",
  heic: "HEIC",
};

// Codecs found in MP4 files that browsers do not play everywhere, by their
// sample entry: HEVC (iPhones record it by default; Chrome on many computers
// and Firefox do not play it), Dolby Vision, ProRes and other editing codecs.
const REFUSED_MP4_CODECS: Record<string, string> = {
  hvc1: "HEVC (H.265)",
  hev1: "HEVC (H.265)",
  dvh1: "Dolby Vision",
  dvhe: "Dolby Vision",
  apcn: "Apple ProRes",
  apch: "Apple ProRes",
  apcs: "Apple ProRes",
  apco: "Apple ProRes",
  ap4h: "Apple ProRes",
  ap4x: "Apple ProRes",
  mjpa: "Motion JPEG",
  jpeg: "Motion JPEG",
  mp4v: "MPEG-4 Part 2",
};

// WebM may only hold these (the format's own rule); anything else is a Matroska file in disguise.
const WEBM_CODECS = new Set(["V_VP8", "V_VP9", "V_AV1", "A_OPUS", "A_VORBIS"]);

export type CheckedVideo = {
  container: "mp4" | "webm";
  mimeType: "video/mp4" | "video/webm";
  durationSeconds: number | null;
  width: number | null;
  height: number | null;
};

/**
 * What the file is, from its bytes alone (name and browser's type are the
 * uploader's word). Throws VideoUploadError for anything but an MP4 or WebM
 * whose codecs browsers play.
 */
export async function checkVideo(bytes: Buffer): Promise<CheckedVideo> {
  const type = await fileTypeFromBuffer(bytes);
  const container = type?.ext === "mp4" || type?.ext === "m4v" ? "mp4" : type?.ext === "webm" ? "webm" : null;
  if (!container) {
    if (!type) throw new VideoUploadError("media.video.errors.notAVideo");
    const name = KNOWN_OTHERS[type.ext] ?? type.ext.toUpperCase();
    throw new VideoUploadError("media.video.errors.format", { format: name });
  }
  const probe = probeVideo(bytes, container);
  for (const codec of probe.codecs) {
    const refused = container === "mp4" ? REFUSED_MP4_CODECS[codec] : WEBM_CODECS.has(codec) ? undefined : codec;
    if (refused) throw new VideoUploadError("media.video.errors.codec", { codec: refused });
  }
  return {
    container,
    mimeType: container === "mp4" ? "video/mp4" : "video/webm",
    durationSeconds: probe.durationSeconds,
    width: probe.width,
    height: probe.height,
  };
}

/** The uploader's file name without folders or control characters, for finding the item again. */
export function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  return Array.from(base.replace(/[\u0000-\u001f\u007f]/g, "").trim()).slice(0, 200).join("");
}

/** A fresh fileKey, as image uploads make them (20 hex). */
export function newFileKey(): string {
  return randomBytes(10).toString("hex");
}

export type MediaFileOptions = {
  uploadedById: string | null;
  caption?: string;
  credit?: string;
  store?: MediaStore;
};

/** Checks a video (size against `maxMegabytes`, format, codecs), stores it unchanged and creates its item. */
export async function acceptVideo(
  db: Db,
  file: { bytes: Buffer; name: string },
  options: MediaFileOptions & { maxMegabytes: number },
): Promise<MediaItem> {
  assertVideoSize(file.bytes.length, options.maxMegabytes);
  const text = mediaTextSchema.safeParse({ caption: options.caption, credit: options.credit });
  if (!text.success) throw new VideoUploadError(text.error.issues[0].message);
  const video = await checkVideo(file.bytes);
  return storeMediaFile(db, file, {
    kind: "video" satisfies MediaFileKind,
    extension: video.container,
    mimeType: video.mimeType,
    width: video.width ?? 0,
    height: video.height ?? 0,
    durationSeconds: video.durationSeconds,
    language: "",
    ...text.data,
    uploadedById: options.uploadedById,
    store: options.store,
  });
}

/** Writes one file as <fileKey>.<extension> and its row; the file is removed again if the row cannot be written. */
export async function storeMediaFile(
  db: Db,
  file: { bytes: Buffer; name: string },
  item: Omit<Parameters<typeof createMediaFileItem>[1], "fileKey" | "sizeBytes" | "originalName"> & {
    extension: "mp4" | "webm" | "vtt";
    store?: MediaStore;
  },
): Promise<MediaItem> {
  const { extension, store: given, ...row } = item;
  const store = given ?? mediaStore();
  const fileKey = newFileKey();
  const name = `${fileKey}.${extension}`;
  await store.put(name, file.bytes, row.mimeType);
  try {
    return await createMediaFileItem(db, { ...row, fileKey, sizeBytes: file.bytes.length, originalName: cleanFileName(file.name) });
  } catch (e) {
    await store.delete(name).catch(() => {});
    throw e;
  }
}
