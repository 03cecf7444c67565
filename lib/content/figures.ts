// Which media library items a body's figures show: the one reading of a
// body (ProseMirror JSON) for the images it uses, shared by saving (the
// ArticleMedia rows, lib/articles/field-writes.ts) and by "in use" for
// pending updates, which have no rows (lib/media/usage.ts).
import type { JsonNode } from "@/lib/content/body";

/** The distinct media ids the figures of `body` point at; none for anything that is not a node. */
export function figureMediaIds(body: unknown): string[] {
  const out = new Set<string>();
  const walk = (node: JsonNode) => {
    if (node.type === "figure" && typeof node.attrs?.mediaId === "string" && node.attrs.mediaId) out.add(node.attrs.mediaId);
    for (const child of Array.isArray(node.content) ? node.content : []) {
      if (typeof child === "object" && child !== null) walk(child);
    }
  };
  if (typeof body === "object" && body !== null) walk(body as JsonNode);
  return [...out];
}
