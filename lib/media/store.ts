// What a place that keeps image variants must do (MediaStore), and the rules
// every such place shares. Implemented on local disk (local-store.ts) and in
// an S3-compatible bucket (s3-store.ts); lib/media/storage.ts picks one.
import { isVariantName } from "@/lib/media/urls";

/**
 * Where image variants live. Names are always variant names (see
 * isVariantName): a store refuses to write anything else and finds nothing
 * under any other name, so a request can never reach another file or key.
 */
export interface MediaStore {
  readonly kind: "local" | "s3";
  put(name: string, bytes: Buffer, contentType: string): Promise<void>;
  /** The bytes, or null when there is no such file. */
  get(name: string): Promise<Buffer | null>;
  /** Removes the file; no error when it is already gone. */
  delete(name: string): Promise<void>;
  /**
   * The file's size in bytes, or null when there is no such file. Optional,
   * with readRange: a store that has both serves parts of large files
   * (videos, answered by range) without reading them whole.
   */
  size?(name: string): Promise<number | null>;
  /** The bytes from `start` to `end` (both included) as a stream, or null when there is no such file. */
  readRange?(name: string, start: number, end: number): Promise<ReadableStream<Uint8Array> | null>;
}

/** Throws unless `name` is a variant name: what a store's put() checks first. */
export function assertVariantName(name: string): void {
  if (!isVariantName(name)) throw new Error(`Not a media file name: ${name}`);
}

/** Variant names are never reused for other content, so any copy may be kept for good (the /media route and the bucket's objects). */
export const IMMUTABLE_CACHE_CONTROL = "public, max-age=31536000, immutable";
