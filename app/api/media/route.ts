// Image uploads, for the editor and the media library (and outside callers):
// POST multipart/form-data with `file` and optional `alt`, `caption`,
// `credit`, from a page of this site (Origin is checked). Answers
// 201 { ok: true, media } or { ok: false, error } with 400 (refused file),
// 401, 403 or 413 (too large). What a file may be is decided in
// lib/media/upload.ts. Origin, session and permission are checked by
// lib/actions/route.ts; refusals are in the uploader's newsroom language.
import { authedRoute } from "@/lib/actions/route";
import { recordAudit } from "@/lib/audit/record";
import { clientIp } from "@/lib/http/client-ip";
import { db } from "@/lib/db";
import { UserError } from "@/lib/errors/user-error";
import { acceptUpload, assertUploadSize, MAX_UPLOAD_BYTES, UploadTooLargeError } from "@/lib/media/upload";

// Room for the multipart boundaries and the text fields around the file.
const MAX_BODY_BYTES = MAX_UPLOAD_BYTES + 64 * 1024;

/**
 * The form, or null when the body is not one. Read with a cap on the body
 * (throws UploadTooLargeError): request.formData() alone would buffer a body
 * of any size before we could look at the file's size.
 */
async function readCappedForm(request: Request): Promise<FormData | null> {
  if (Number(request.headers.get("content-length") ?? 0) > MAX_BODY_BYTES) throw new UploadTooLargeError();
  if (!request.body) return null;
  let seen = 0;
  const capped = request.body.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        seen += chunk.byteLength;
        if (seen > MAX_BODY_BYTES) controller.error(new UploadTooLargeError());
        else controller.enqueue(chunk);
      },
    }),
  );
  try {
    return await new Response(capped, { headers: { "Content-Type": request.headers.get("content-type") ?? "" } }).formData();
  } catch {
    // formData() reports the stream we stopped as a TypeError of its own.
    if (seen > MAX_BODY_BYTES) throw new UploadTooLargeError();
    return null;
  }
}

function textField(form: FormData, name: string): string | undefined {
  const value = form.get(name);
  return typeof value === "string" ? value : undefined;
}

// No schema: the handler reads the multipart body itself, with the cap above.
export const POST = authedRoute(
  "article:create",
  {
    refusals: { crossSite: "media.errors.otherSite", unauthenticated: "media.errors.sessionEnded", forbidden: "media.errors.notAllowed" },
    refusalStatus: (e) => (e instanceof UploadTooLargeError ? 413 : 400),
  },
  async ({ request, user }) => {
    const form = await readCappedForm(request);
    if (!form) throw new UserError("media.errors.notMultipart");
    const file = form.get("file");
    if (!(file instanceof File)) throw new UserError("media.errors.noFile");
    assertUploadSize(file.size);

    const media = await acceptUpload(
      db,
      { bytes: Buffer.from(await file.arrayBuffer()), name: file.name },
      {
        uploadedById: user.id,
        alt: textField(form, "alt"),
        caption: textField(form, "caption"),
        credit: textField(form, "credit"),
      },
    );
    await recordAudit(db, {
      action: "media.uploaded",
      actorId: user.id,
      ip: clientIp(request.headers),
      targetType: "media",
      targetId: media.id,
      detail: { originalName: media.originalName, width: media.width, height: media.height },
    });
    return Response.json({ ok: true, media }, { status: 201 });
  },
);
