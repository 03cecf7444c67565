// The MediaStore on local disk, the default: variants are files under
// <DATA_DIR>/media, which backups (scripts/backup.ts) copy with the database.
import { createReadStream } from "node:fs";
import { mkdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import { assertVariantName, type MediaStore } from "@/lib/media/store";
import { isVariantName } from "@/lib/media/urls";

export function mediaDir(dataDir = process.env.DATA_DIR ?? "data"): string {
  return path.resolve(dataDir, "media");
}

export function localMediaStore(dir = mediaDir()): MediaStore {
  return {
    kind: "local",
    // The type is not kept: the name's extension says it (variantContentType), and /media serves it so.
    async put(name, bytes) {
      assertVariantName(name);
      await mkdir(dir, { recursive: true });
      await writeFile(path.join(dir, name), bytes);
    },
    async get(name) {
      if (!isVariantName(name)) return null;
      try {
        return await readFile(path.join(dir, name));
      } catch {
        return null;
      }
    },
    async delete(name) {
      if (!isVariantName(name)) return;
      await rm(path.join(dir, name), { force: true });
    },
    async size(name) {
      if (!isVariantName(name)) return null;
      try {
        const info = await stat(path.join(dir, name));
        return info.isFile() ? info.size : null;
      } catch {
        return null;
      }
    },
    // A slice read as it is sent: a 200 MB video is never held in memory.
    async readRange(name, start, end) {
      if (!isVariantName(name)) return null;
      const file = path.join(dir, name);
      try {
        await stat(file);
      } catch {
        return null;
      }
      return Readable.toWeb(createReadStream(file, { start, end })) as ReadableStream<Uint8Array>;
    },
  };
}
