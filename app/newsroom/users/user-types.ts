// The users page's shapes, shared by its list (users-admin.tsx) and rows (user-row.tsx).
import type { Role } from "@prisma/client";

export type UserItem = {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  hasPassword: boolean;
  /** Two-factor sign-in is on (an admin can turn it off). */
  twoFactor: boolean;
  /** When the account was disabled (formatted), or null if it is active. */
  disabledSince: string | null;
};

/** A set-password link to show once. `passwordKept`: the last admin's own reset, whose current password works until the link is used. */
export type OneTimeLink = { email: string; url: string; why: "created" | "reset"; passwordKept?: boolean };
export type Notice = { kind: "error" | "done"; text: string } | null;
