// Video uploads, for the editor's video dialog and the media library:
// POST multipart/form-data with `file` and optional `caption`, `credit`, from
// a page of this site. Answers 201 { ok: true, media } or { ok: false, error }
// with 400 (not an MP4/WebM a browser plays), 401, 403 or 413 (over the
// newsroom's videoMaxMegabytes setting). What a video may be is decided in
// lib/media/video.ts; the same permission as image uploads (app/api/media).
import { authedRoute } from "@/lib/actions/route";
import { db } from "@/lib/db";
import { answerUpload } from "@/lib/media/upload-answer";
import { UserError } from "@/lib/errors/user-error";
import { readCappedForm, textField, FORM_OVERHEAD_BYTES } from "@/lib/http/capped-form";
import { acceptVideo, MEGABYTE, VideoTooLargeError } from "@/lib/media/video";
import { getSiteSettings } from "@/lib/settings/site-settings";

export const POST = authedRoute(
  "article:create",
  {
    refusals: { crossSite: "media.errors.otherSite", unauthenticated: "media.errors.sessionEnded", forbidden: "media.errors.notAllowed" },
    refusalStatus: (e) => (e instanceof VideoTooLargeError ? 413 : 400),
  },
  async ({ request, user }) => {
    const maxMegabytes = (await getSiteSettings(db)).videoMaxMegabytes;
    const form = await readCappedForm(request, maxMegabytes * MEGABYTE + FORM_OVERHEAD_BYTES, () => new VideoTooLargeError(maxMegabytes));
    if (!form) throw new UserError("media.errors.notMultipart");
    const file = form.get("file");
    if (!(file instanceof File)) throw new UserError("media.video.errors.noFile");
    const media = await acceptVideo(
      db,
      { bytes: Buffer.from(await file.arrayBuffer()), name: file.name },
      { uploadedById: user.id, caption: textField(form, "caption"), credit: textField(form, "credit"), maxMegabytes },
    );
    return answerUpload(db, request, user.id, media, { kind: "video", durationSeconds: media.durationSeconds ?? null });
  },
);
