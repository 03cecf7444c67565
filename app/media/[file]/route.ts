// Serves stored image variants. Names are the server's own (checked against a
// strict pattern before touching the disk); the type is fixed and nosniff set,
// so nothing uploaded is ever interpreted as a page or script.
import { readVariant } from "@/lib/media/storage";

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const data = await readVariant(file);
  if (!data) return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  return new Response(new Uint8Array(data), {
    headers: {
      "Content-Type": "image/webp",
      "Content-Length": String(data.length),
      "X-Content-Type-Options": "nosniff",
      // File names are never reused for other content.
      "Cache-Control": "public, max-age=31536000, immutable",
    },
  });
}
