// Serves stored media files from the configured media store (local disk or
// the S3 bucket): image variants and crop renditions, videos and captions.
// Names are the server's own (checked against a strict pattern by the store
// before any read); the type follows from the name (variantContentType) and
// nosniff is set, so nothing uploaded is ever interpreted as a page or
// script. Range requests are answered (206 / 416, lib/media/video-range.ts)
// for every file, which is what lets a <video> start and seek without
// downloading the whole file; stores that can read a slice (MediaStore.size
// and readRange: local disk, S3) never read a large file whole. HEAD answers
// the headers alone. With MEDIA_PUBLIC_URL set, pages link to the bucket or
// CDN instead, but addresses written into older articles still land here and
// keep working.
import { mediaStore } from "@/lib/media/storage";
import { IMMUTABLE_CACHE_CONTROL, type MediaStore } from "@/lib/media/store";
import { variantContentType } from "@/lib/media/urls";
import { parseRange } from "@/lib/media/video-range";

type Context = { params: Promise<{ file: string }> };

function headersFor(type: string, length: number, extra: Record<string, string> = {}): Record<string, string> {
  return {
    "Content-Type": type,
    "Content-Length": String(length),
    "Accept-Ranges": "bytes",
    "X-Content-Type-Options": "nosniff",
    "Cache-Control": IMMUTABLE_CACHE_CONTROL,
    ...extra,
  };
}

/** The file's size and a way to read part of it; through the store's ranged reads when it has them. */
async function open(store: MediaStore, file: string) {
  if (store.size && store.readRange) {
    const size = await store.size(file);
    if (size === null) return null;
    const read = store.readRange.bind(store);
    return { size, read: (start: number, end: number) => read(file, start, end) };
  }
  const data = await store.get(file);
  if (!data) return null;
  return { size: data.length, read: async (start: number, end: number) => new Blob([new Uint8Array(data.subarray(start, end + 1))]).stream() };
}

async function serve(request: Request, { params }: Context, withBody: boolean): Promise<Response> {
  const { file } = await params;
  const type = variantContentType(file);
  // An address loaded by <img> or <video>: the status says it all, no text to translate.
  if (!type) return new Response(null, { status: 404 });
  const found = await open(mediaStore(), file);
  if (!found) return new Response(null, { status: 404 });
  const { size } = found;
  const range = parseRange(request.headers.get("range"), size);
  if (range === "unsatisfiable") {
    return new Response(null, { status: 416, headers: { "Content-Range": `bytes */${size}`, "Accept-Ranges": "bytes", "X-Content-Type-Options": "nosniff" } });
  }
  const { start, end } = range ?? { start: 0, end: size - 1 };
  const length = size === 0 ? 0 : end - start + 1;
  const headers = headersFor(type, length, range ? { "Content-Range": `bytes ${start}-${end}/${size}` } : {});
  const body = withBody && length > 0 ? await found.read(start, end) : null;
  if (withBody && length > 0 && !body) return new Response(null, { status: 404 }); // deleted between the two reads
  return new Response(body, { status: range ? 206 : 200, headers });
}

export function GET(request: Request, context: Context) {
  return serve(request, context, true);
}

export function HEAD(request: Request, context: Context) {
  return serve(request, context, false);
}
