// The image formats the media library accepts: one list for the server's
// check (lib/media/upload.ts) and for the file pickers in the browser.
// As people call them, in each language: the catalogues' "media.acceptedTypes".
/** For file inputs' `accept`: a hint to the browser's file chooser; the bytes decide. */
export const UPLOAD_ACCEPT = "image/jpeg,image/png,image/webp,image/gif,image/avif";
