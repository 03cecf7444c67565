// Which media library items a body uses: the one reading of a body
// (ProseMirror JSON) for the items its nodes point at (figures, gallery
// images, videos with their posters and captions, embeds' copied
// thumbnails), shared by saving (the ArticleMedia rows,
// lib/articles/field-writes.ts), "in use" for pending updates, which have no
// rows (lib/media/usage.ts), and the collaboration server's check of new ids.
import type { JsonNode } from "@/lib/content/json-node";

/** The attributes of each node type that hold a media item's id. */
export const MEDIA_ID_ATTRS: Readonly<Record<string, readonly string[]>> = {
  figure: ["mediaId"],
  galleryImage: ["mediaId"],
  video: ["mediaId", "posterId", "captionsId"],
  embed: ["thumbnailId"],
};

/** True when attribute `key` of a `type` node names a media item. */
export function isMediaIdAttr(type: string, key: string): boolean {
  return MEDIA_ID_ATTRS[type]?.includes(key) ?? false;
}

/** The distinct media ids the nodes of `body` point at; none for anything that is not a node. */
export function figureMediaIds(body: unknown): string[] {
  const out = new Set<string>();
  const walk = (node: JsonNode) => {
    for (const key of MEDIA_ID_ATTRS[node.type] ?? []) {
      const id = node.attrs?.[key];
      if (typeof id === "string" && id) out.add(id);
    }
    for (const child of Array.isArray(node.content) ? node.content : []) {
      if (typeof child === "object" && child !== null) walk(child);
    }
  };
  if (typeof body === "object" && body !== null) walk(body as JsonNode);
  return [...out];
}
