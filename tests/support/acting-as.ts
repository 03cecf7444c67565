// Calling server actions as someone, in integration tests: the user the
// stood-in session answers with, staff accounts to act as, and the check that
// a refusal comes from the rule (a permission, ownership) rather than from a
// state in which nobody could succeed. A test file routes the session here:
//   vi.mock("@/lib/auth/session", () => import("@/tests/support/acting-as").then((m) => m.mockedSession));
// (vi.mock is hoisted above the file's imports, hence the import inside.)
import type { Role } from "@prisma/client";
import { expect } from "vitest";
import type { CurrentUser } from "@/lib/auth/session";
import type { Db } from "@/lib/db/client";

let current: CurrentUser | null = null;

/** Who the next action calls run as; null: nobody is signed in. */
export function actAs(user: CurrentUser | null): void {
  current = user;
}

/** What "@/lib/auth/session" becomes: the signed-in user is whoever actAs() named. */
export const mockedSession = { getCurrentUser: async () => current };

/** One account per key, named after it, newsroom language English. */
export async function createStaff<K extends string>(db: Db, roles: Record<K, Role>): Promise<Record<K, CurrentUser>> {
  const staff = {} as Record<K, CurrentUser>;
  for (const [key, role] of Object.entries(roles) as [K, Role][]) {
    const u = await db.user.create({ data: { email: `${key}@example.com`, displayName: key, role, language: "en" } });
    staff[key] = { id: u.id, email: u.email, displayName: u.displayName, role, penName: null, language: "en" };
  }
  return staff;
}

/**
 * `call` is refused for each of `refused` (null: no session), with `error`
 * when given, and `state()` stays as it was; then the very same call, on that same
 * state, succeeds for `allowed` and changes it. So the refusal is the rule's,
 * not one the state would give anyone. Returns the allowed call's result.
 */
export async function onlyFor<R extends { ok: boolean }>(
  rule: { allowed: CurrentUser; refused: (CurrentUser | null)[]; error?: string; state: () => Promise<unknown> },
  call: () => Promise<R>,
): Promise<R> {
  const before = await rule.state();
  for (const user of rule.refused) {
    actAs(user);
    expect(await call(), user?.displayName ?? "no session").toMatchObject({ ok: false, ...(rule.error === undefined ? {} : { error: rule.error }) });
    expect(await rule.state(), user?.displayName ?? "no session").toEqual(before);
  }
  actAs(rule.allowed);
  const result = await call();
  expect(result, rule.allowed.displayName).toMatchObject({ ok: true });
  expect(await rule.state(), rule.allowed.displayName).not.toEqual(before);
  return result;
}
