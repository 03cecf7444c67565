// Image uploads, for the editor and the media library (and outside callers):
// POST multipart/form-data with `file` and optional `alt`, `caption`,
// `credit`, from a page of this site (Origin is checked). Answers
// 201 { ok: true, media } or { ok: false, error } with 400 (refused file),
// 401, 403 or 413 (too large). What a file may be is decided in
// lib/media/upload.ts. Refusals are in the uploader's newsroom language.
import { recordAudit } from "@/lib/audit/record";
import { clientIp } from "@/lib/http/client-ip";
import { can } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { isSameOrigin } from "@/lib/http/origin";
import { messageFor } from "@/lib/i18n/catalogue";
import { newsroomLocale } from "@/lib/i18n/locale";
import { acceptUpload, assertUploadSize, MAX_UPLOAD_BYTES, UploadError, UploadTooLargeError } from "@/lib/media/upload";

// Room for the multipart boundaries and the text fields around the file.
const MAX_BODY_BYTES = MAX_UPLOAD_BYTES + 64 * 1024;

function fail(status: number, error: string) {
  return Response.json({ ok: false, error }, { status });
}

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

export async function POST(request: Request) {
  // Checked before anything is read for the request: a foreign page gets the site's language.
  if (!isSameOrigin(request)) return fail(403, messageFor(await newsroomLocale(null), "media.errors.otherSite"));
  const user = await getCurrentUser();
  const locale = await newsroomLocale(user);
  const say = (key: string) => messageFor(locale, key);
  if (!user) return fail(401, say("media.errors.sessionEnded"));
  if (!can(user.role, "article:create")) return fail(403, say("media.errors.notAllowed"));

  try {
    const form = await readCappedForm(request);
    if (!form) return fail(400, say("media.errors.notMultipart"));
    const file = form.get("file");
    if (!(file instanceof File)) return fail(400, say("media.errors.noFile"));
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
  } catch (e) {
    if (e instanceof UploadError) return fail(e instanceof UploadTooLargeError ? 413 : 400, e.messageIn(locale));
    throw e;
  }
}
