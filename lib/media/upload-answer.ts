// The end of every upload route (app/api/media, …/video, …/captions): the
// `media.uploaded` audit event with what is worth knowing of that kind of
// file, and the 201 answer carrying the new item.
import { recordAudit } from "@/lib/audit/record";
import type { Db } from "@/lib/db/client";
import { clientIp } from "@/lib/http/client-ip";

export async function answerUpload<M extends { id: string; originalName: string }>(
  db: Db,
  request: Request,
  actorId: string,
  media: M,
  detail: Record<string, unknown>,
): Promise<Response> {
  await recordAudit(db, {
    action: "media.uploaded",
    actorId,
    ip: clientIp(request.headers),
    targetType: "media",
    targetId: media.id,
    detail: { originalName: media.originalName, ...detail },
  });
  return Response.json({ ok: true, media }, { status: 201 });
}
