"use client";
// Role names in the newsroom's language ("auth.roles.*"), for client
// components (useRoleNames) and server pages (<RoleName>).
import type { Role } from "@prisma/client";
import { useTranslations } from "use-intl";

export function useRoleNames(): Record<Role, string> {
  const t = useTranslations("auth");
  return { REPORTER: t("roles.REPORTER"), EDITOR: t("roles.EDITOR"), ADMIN: t("roles.ADMIN") };
}

export function RoleName({ role }: { role: Role }) {
  return useRoleNames()[role];
}
