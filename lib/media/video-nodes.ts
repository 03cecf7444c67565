// The check saving makes on a body's video nodes once their media items are
// read (lib/articles/field-writes.ts mediaFor): each id names an item of the
// right kind, a video's mediaId a video, its posterId an image and its
// captionsId captions. Without it a node could point a <video> at a photo or
// a poster at a captions file; the reader's HTML would then leave them out
// (lib/content/videos.ts), but the writer must hear why instead. No I/O.
import type { JsonNode } from "@/lib/content/json-node";
import type { MediaVariants } from "@/lib/content/render-context";
import { UserError } from "@/lib/errors/user-error";

const EXPECTED: readonly { attr: string; kind: string; error: string }[] = [
  { attr: "mediaId", kind: "video", error: "media.video.errors.wrongVideo" },
  { attr: "posterId", kind: "image", error: "media.video.errors.wrongPoster" },
  { attr: "captionsId", kind: "captions", error: "media.video.errors.wrongCaptions" },
];

/** Throws UserError unless every video node's ids name items of the right kind (all of them in `media`). */
export function assertVideoMediaKinds(body: unknown, media: MediaVariants): void {
  const walk = (node: JsonNode) => {
    if (node.type === "video") {
      if (typeof node.attrs?.mediaId !== "string" || !node.attrs.mediaId) throw new UserError("media.video.errors.noVideo");
      for (const { attr, kind, error } of EXPECTED) {
        const id = node.attrs?.[attr];
        if (typeof id !== "string" || !id) continue;
        const item = media.get(id);
        if (item && (item.kind ?? "image") !== kind) throw new UserError(error);
      }
    }
    for (const child of Array.isArray(node.content) ? node.content : []) {
      if (typeof child === "object" && child !== null) walk(child);
    }
  };
  if (typeof body === "object" && body !== null) walk(body as JsonNode);
}
