// POST /api/revalidate: called by this instance's own cache-sync loop
// (instrumentation.ts) when another instance changed live content. Only a
// caller holding the token derived from AUTH_SECRET is obeyed; anyone else
// gets 403 and nothing is regenerated.
import { revalidatePath } from "next/cache";
import { isRevalidateToken, REVALIDATE_TOKEN_HEADER } from "@/lib/cache/sync";

export async function POST(request: Request) {
  const secret = process.env.AUTH_SECRET ?? process.env.NEXTAUTH_SECRET;
  if (!isRevalidateToken(request.headers.get(REVALIDATE_TOKEN_HEADER), secret)) {
    // No text: the only caller is a program, which reads the status.
    return new Response(null, { status: 403, headers: { "Cache-Control": "no-store" } });
  }
  revalidatePath("/", "layout");
  return new Response(null, { status: 204, headers: { "Cache-Control": "no-store" } });
}
