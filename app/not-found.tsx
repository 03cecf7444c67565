import Link from "next/link";
import { getT } from "@/lib/i18n/server";
import { siteLocale } from "@/lib/site/settings";

// Every unknown address, the newsroom's too, answers in the site's language.
export default async function NotFound() {
  const t = getT(await siteLocale(), "site");
  return (
    <main className="wrap not-found">
      <h1>{t("notFound.title")}</h1>
      <p>{t("notFound.text")}</p>
      <p>
        <Link href="/">{t("notFound.home")}</Link>
      </p>
    </main>
  );
}
