// Who does something: the one type every domain function takes for the
// person (or the scheduler) acting. lib/auth/session.ts builds the signed-in
// user (CurrentUser) on it, so a CurrentUser can be passed as it is;
// functions that need less ask for less (`Pick<Actor, "id">`). It imports
// nothing of the app: any module may take an Actor without depending on the
// session machinery (next-auth, the database), so no import cycle can come
// through it.
import type { Role } from "@prisma/client";

/**
 * A signed-in staff member acting, with the address the request came from
 * when known (for the audit log). `Actor<null>` is the system acting on its
 * own (the scheduler): no user behind it, so its audit events and revisions
 * name nobody.
 */
export type Actor<Id extends string | null = string> = {
  id: Id;
  role: Role;
  displayName: string;
  penName: string | null;
  ip?: string | null;
};
