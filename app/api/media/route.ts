// Image uploads, for the editor and the media library (and outside callers):
// POST multipart/form-data with `file` and optional `alt`, `caption`,
// `credit`, from a page of this site (Origin is checked). Answers
// 201 { ok: true, media } or { ok: false, error } with 400 (refused file),
// 401, 403 or 413 (too large). What a file may be is decided in
// lib/media/upload.ts. Origin, session and permission are checked by
// lib/actions/route.ts; refusals are in the uploader's newsroom language.
import { authedRoute } from "@/lib/actions/route";
import { db } from "@/lib/db";
import { answerUpload } from "@/lib/media/upload-answer";
import { UserError } from "@/lib/errors/user-error";
import { FORM_OVERHEAD_BYTES, readCappedForm, textField } from "@/lib/http/capped-form";
import { acceptUpload, assertUploadSize, MAX_UPLOAD_BYTES, UploadTooLargeError } from "@/lib/media/upload";

const MAX_BODY_BYTES = MAX_UPLOAD_BYTES + FORM_OVERHEAD_BYTES;

// No schema: the handler reads the multipart body itself, with the cap above.
export const POST = authedRoute(
  "article:create",
  {
    refusals: { crossSite: "media.errors.otherSite", unauthenticated: "media.errors.sessionEnded", forbidden: "media.errors.notAllowed" },
    refusalStatus: (e) => (e instanceof UploadTooLargeError ? 413 : 400),
  },
  async ({ request, user }) => {
    const form = await readCappedForm(request, MAX_BODY_BYTES, () => new UploadTooLargeError());
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
    return answerUpload(db, request, user.id, media, { width: media.width, height: media.height });
  },
);
