// The content API's reference for the newsroom (any signed-in staff member):
// the endpoints, their parameters and answers and curl commands to try them,
// rendered on the server from the same OpenAPI document the API serves at
// /api/v1/openapi.json (lib/api/openapi.ts), in the newsroom's language.
import type { Metadata } from "next";
import { ApiReference } from "@/components/newsroom/api-reference/api-reference";
import { openApiDocument } from "@/lib/api/openapi";
import { can } from "@/lib/auth/permissions";
import { getCurrentUser, requireUser } from "@/lib/auth/session";
import { readConfig } from "@/lib/config/env";
import { newsroomLocale } from "@/lib/i18n/locale";
import { getT } from "@/lib/i18n/server";
import { siteSettings } from "@/lib/site/settings";

export async function generateMetadata(): Promise<Metadata> {
  const t = getT(await newsroomLocale(await getCurrentUser()), "apiReference");
  return { title: t("title"), robots: { index: false } };
}

export default async function ApiReferencePage() {
  const user = await requireUser();
  const t = getT(await newsroomLocale(user), "apiReference");
  const { apiAnonymousAccess } = await siteSettings();
  const document = openApiDocument(readConfig().siteUrl, { anonymousAccess: apiAnonymousAccess });
  return <ApiReference document={document} t={t} anonymousAccess={apiAnonymousAccess} canManageKeys={can(user.role, "api:manage")} />;
}
