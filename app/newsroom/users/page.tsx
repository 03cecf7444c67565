// Staff accounts (admins only): the list comes from the server; adding people,
// roles, disabling and password links are in app/newsroom/users/users-admin.tsx.
import type { Metadata } from "next";
import { UsersAdmin } from "@/app/newsroom/users/users-admin";
import type { UserItem } from "@/app/newsroom/users/user-types";
import { getCurrentUser, requireUser } from "@/lib/auth/session";
import { usersWithTwoFactor } from "@/lib/auth/two-factor";
import { db } from "@/lib/db";
import { newsroomLocale } from "@/lib/i18n/locale";
import { dateFormats, getT } from "@/lib/i18n/server";
import { siteSettings } from "@/lib/site/settings";
import { listUsers } from "@/lib/users/admin";

export async function generateMetadata(): Promise<Metadata> {
  const t = getT(await newsroomLocale(await getCurrentUser()), "users");
  return { title: t("title"), robots: { index: false } };
}

export default async function UsersPage() {
  const me = await requireUser("users:manage");
  const locale = await newsroomLocale(me);
  const t = getT(locale, "users");
  const [rows, { timeZone }, twoFactor] = await Promise.all([listUsers(db), siteSettings(), usersWithTwoFactor(db)]);
  const { dateTime } = dateFormats(locale, timeZone);
  // Dates are formatted here, in the admin's language and the site's time zone, so the browser shows the same text.
  const users: UserItem[] = rows.map((u) => ({
    id: u.id,
    email: u.email,
    displayName: u.displayName,
    role: u.role,
    hasPassword: u.hasPassword,
    twoFactor: twoFactor.has(u.id),
    disabledSince: u.disabledAt ? dateTime(u.disabledAt) : null,
  }));
  return (
    <>
      <h1>{t("title")}</h1>
      <UsersAdmin users={users} currentUserId={me.id} />
    </>
  );
}
