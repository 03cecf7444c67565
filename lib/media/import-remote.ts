// Importing an image from an address into the media library: what the editor
// asks for when pasted text holds images from elsewhere (Google Docs, a web
// page). The server fetches it under lib/http/safe-fetch.ts's rules (https,
// public addresses, a deadline, the upload size limit, image types only) and
// then treats the bytes exactly as an upload (lib/media/upload.ts: type
// sniffed from the content, pixel limit, variants, metadata dropped).
// Callers pass the database client.
import type { Db } from "@/lib/db/client";
import { OutboundError, safeFetch, type OutboundReason } from "@/lib/http/safe-fetch";
import { UPLOAD_ACCEPT } from "@/lib/media/formats";
import type { MediaItem } from "@/lib/media/items";
import type { MediaStore } from "@/lib/media/store";
import { acceptUpload, MAX_UPLOAD_BYTES, UploadError, UploadTooLargeError } from "@/lib/media/upload";

/** The content types an image's address may answer with: those the library accepts. */
export const IMPORT_TYPES: readonly string[] = UPLOAD_ACCEPT.split(",");

/** The longest address accepted (Google Docs' image addresses run to several hundred characters). */
export const MAX_IMPORT_URL_LENGTH = 4096;

const IMPORT_TIMEOUT_MS = 20_000;

/** How each refusal of the fetch is put to the writer (media.errors.*). */
const REFUSALS: Record<Exclude<OutboundReason, "too-large">, string> = {
  url: "media.errors.importAddress",
  scheme: "media.errors.importAddress",
  address: "media.errors.importAddress",
  redirects: "media.errors.importRedirects",
  status: "media.errors.importStatus",
  type: "media.errors.importType",
  timeout: "media.errors.importUnreachable",
  network: "media.errors.importUnreachable",
};

/** The last part of the address's path, as the item's original name (the library's search finds it). */
function nameFrom(url: string): string {
  try {
    const last = new URL(url).pathname.split("/").filter(Boolean).pop() ?? "";
    return decodeURIComponent(last);
  } catch {
    return "";
  }
}

/**
 * Fetches the image at `url` and adds it to the library as `uploadedById`'s.
 * Throws UploadError (a MediaError, in the writer's language) when the
 * address may not be fetched, does not answer with an image, or the image
 * is refused as an upload would be.
 */
export async function importRemoteImage(
  db: Db,
  url: string,
  options: { uploadedById: string | null; alt?: string; store?: MediaStore; allowLoopback?: boolean },
): Promise<MediaItem> {
  let fetched: Awaited<ReturnType<typeof safeFetch>>;
  try {
    fetched = await safeFetch(url, {
      maxBytes: MAX_UPLOAD_BYTES,
      allowedTypes: IMPORT_TYPES,
      timeoutMs: IMPORT_TIMEOUT_MS,
      headers: { accept: UPLOAD_ACCEPT },
      allowLoopback: options.allowLoopback,
    });
  } catch (e) {
    if (!(e instanceof OutboundError)) throw e;
    if (e.reason === "too-large") throw new UploadTooLargeError();
    throw new UploadError(REFUSALS[e.reason], { status: e.status ?? 0 });
  }
  return acceptUpload(db, { bytes: fetched.body, name: nameFrom(fetched.url) }, { uploadedById: options.uploadedById, alt: options.alt, store: options.store });
}
