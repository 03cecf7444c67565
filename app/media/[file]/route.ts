// Serves stored image variants from the configured media store (local disk or
// the S3 bucket). Names are the server's own (checked against a strict pattern
// by the store before any read); the type follows from the name (.webp or
// .avif, nothing else is a variant name) and nosniff is set, so nothing
// uploaded is ever interpreted as a page or script. With MEDIA_PUBLIC_URL set,
// pages link to the bucket or CDN instead, but addresses written into older
// articles still land here and keep working.
import { mediaStore } from "@/lib/media/storage";
import { IMMUTABLE_CACHE_CONTROL } from "@/lib/media/store";
import { variantContentType } from "@/lib/media/urls";

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const type = variantContentType(file);
  // An image address, loaded by <img>: the status says it all, no text to translate.
  if (!type) return new Response(null, { status: 404 });
  const data = await mediaStore().get(file);
  if (!data) return new Response(null, { status: 404 });
  return new Response(new Uint8Array(data), {
    headers: {
      "Content-Type": type,
      "Content-Length": String(data.length),
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": IMMUTABLE_CACHE_CONTROL,
    },
  });
}
