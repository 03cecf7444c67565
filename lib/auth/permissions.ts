// The role → permission map: the one place that says who may do what.
// Server actions and route handlers ask can(); pages only hide what can() refuses.
import type { Role } from "@prisma/client";

/** Every role, least to most trusted. Their names are "auth.roles.<ROLE>" in the catalogues. */
export const ROLES = ["REPORTER", "EDITOR", "ADMIN"] as const satisfies readonly Role[];

const STAFF: Role[] = [...ROLES];
const DESK: Role[] = ["EDITOR", "ADMIN"];
const ADMINS: Role[] = ["ADMIN"];

export const PERMISSIONS = {
  "newsroom:enter": STAFF,
  "article:create": STAFF,
  "article:read-any": STAFF,
  "article:edit-own": STAFF,
  "article:edit-any": DESK,
  "article:submit": STAFF,
  "article:send-back": DESK,
  "article:publish": DESK,
  "article:schedule": DESK,
  "article:unpublish": DESK,
  "article:archive": DESK,
  "article:correct": DESK,
  "article:feature": DESK,
  // Changing an image's default texts or deleting it: one's own uploads, or
  // anyone's (the ownership check is lib/media/access.ts).
  "media:manage-own": STAFF,
  "media:manage-any": DESK,
  "taxonomy:manage": DESK,
  // The newsroom's spelling dictionary (lib/spelling/): adding and removing
  // words for everyone. Anyone who writes may ignore a word in one article.
  "dictionary:manage": DESK,
  "users:manage": ADMINS,
  "settings:manage": ADMINS,
  "audit:read": ADMINS,
  // Deleting an article outright (not while it is live): admins only.
  "article:delete": ADMINS,
  // The content API's keys, webhook endpoints and their settings (/newsroom/api).
  "api:manage": ADMINS,
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function can(role: Role, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly Role[]).includes(role);
}
