// Staff accounts (admins only): the list comes from the server; adding people,
// roles, disabling and password links are in components/newsroom/users-admin.tsx.
import type { Metadata } from "next";
import { UsersAdmin, type UserItem } from "@/components/newsroom/users-admin";
import { requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { siteSettings } from "@/lib/site-settings";
import { formatDateTime } from "@/lib/time";
import { listUsers } from "@/lib/users/admin";

export const metadata: Metadata = { title: "Users", robots: { index: false } };

export default async function UsersPage() {
  const me = await requireUser("users:manage");
  const [rows, { timeZone }] = await Promise.all([listUsers(db), siteSettings()]);
  // Dates are formatted here, in the site's time zone, so the browser shows the same text.
  const users: UserItem[] = rows.map((u) => ({
    id: u.id,
    email: u.email,
    displayName: u.displayName,
    role: u.role,
    hasPassword: u.hasPassword,
    disabledSince: u.disabledAt ? formatDateTime(u.disabledAt, timeZone) : null,
  }));
  return (
    <>
      <h1>Users</h1>
      <UsersAdmin users={users} currentUserId={me.id} />
    </>
  );
}
