// Who may change or delete which image: the object-level half of the
// permission map for media (lib/auth/permissions.ts says what a role may do
// at all; this says to which image). The one place for the rule: deleting
// (lib/media/delete.ts), editing texts (lib/media/items.ts) and the library
// page, which hides what this refuses. Free of `server-only` and of the
// database, so any of them can use it.
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { MediaError } from "@/lib/media/items";

/** What the rule looks at: who uploaded the image (null once their account is gone). */
export type MediaOwnership = { uploadedById: string | null };

/**
 * Editors and admins manage every image; reporters the ones they uploaded.
 * An image whose uploader's account was deleted belongs to no reporter.
 */
export function canManageMedia(user: Pick<Actor, "id" | "role">, media: MediaOwnership): boolean {
  if (can(user.role, "media:manage-any")) return true;
  return can(user.role, "media:manage-own") && media.uploadedById !== null && media.uploadedById === user.id;
}

/** Refuses (MediaError, shown to the user) unless `user` may manage the image. */
export function assertCanManageMedia(user: Pick<Actor, "id" | "role">, media: MediaOwnership): void {
  if (!canManageMedia(user, media)) throw new MediaError("media.errors.notYours");
}
