// The newsroom's API reference (app/newsroom/api/reference): how to reach the
// content API (address, keys, pages, formats, caching) and every endpoint,
// grouped as the OpenAPI document tags them, all read from that document.
// Labels and descriptions come from the catalogue group "apiReference", in
// the newsroom's language; paths, parameters and commands stay as sent.
import Link from "next/link";
import type { OpenApiDocument } from "@/lib/api/openapi";
import { OPENAPI_PATH } from "@/lib/api/openapi";
import { NINJS_MEDIA_TYPE } from "@/lib/api/ninjs";
import type { Translate } from "@/lib/i18n/server";
import { EndpointSection } from "@/components/newsroom/api-reference/endpoint-section";
import { referenceEndpoints } from "@/components/newsroom/api-reference/reference-model";
import styles from "@/components/newsroom/api-reference/api-reference.module.css";

type Props = {
  document: OpenApiDocument;
  t: Translate;
  /** The apiAnonymousAccess setting, as the API applies it now. */
  anonymousAccess: boolean;
  /** Whether this person may make keys (api:manage): then the page links to where. */
  canManageKeys: boolean;
};

export function ApiReference({ document, t, anonymousAccess, canManageKeys }: Props) {
  const endpoints = referenceEndpoints(document);
  const server = document.servers[0]?.url ?? "";
  const specUrl = `${server}${OPENAPI_PATH}`;
  // The names `fields=` accepts: the article's top-level properties, as the document lists them.
  const articleFields = Object.keys((document.components.schemas.Article?.properties ?? {}) as object);
  return (
    <>
      <h1>{t("title")}</h1>
      <div className={styles.intro}>
        <p>{t("intro")}</p>
        <dl className={styles.facts}>
          <dt>{t("baseUrl")}</dt>
          <dd>
            <code>{server}</code>
          </dd>
          <dt>{t("document")}</dt>
          <dd>
            <a href={specUrl} data-testid="openapi-link">
              <code>{OPENAPI_PATH}</code>
            </a>{" "}
            <span className="hint">{t("documentHint", { version: document.openapi })}</span>
          </dd>
          <dt>{t("keys")}</dt>
          <dd>
            {t("keysText")} {anonymousAccess ? t("anonymousOn") : t("anonymousOff")}{" "}
            {canManageKeys ? <Link href="/newsroom/api">{t("manageKeys")}</Link> : <span className="hint">{t("askAdmin")}</span>}
          </dd>
          <dt>{t("pages")}</dt>
          <dd>{t("pagesText")}</dd>
          <dt>{t("formats")}</dt>
          <dd>
            {t("formatsText", { mediaType: NINJS_MEDIA_TYPE })}{" "}
            <span data-testid="article-fields">
              {t("articleFields")} <code>{articleFields.join(", ")}</code>
            </span>
          </dd>
          <dt>{t("caching")}</dt>
          <dd>{t("cachingText")}</dd>
          <dt>{t("limits")}</dt>
          <dd>{t("limitsText")}</dd>
        </dl>
      </div>

      <nav aria-label={t("endpoints")}>
        <h2>{t("endpoints")}</h2>
        <ul className={styles.toc}>
          {endpoints.map((e) => (
            <li key={e.id}>
              <a href={`#${e.id}`}>
                <code>
                  {e.method} {e.path}
                </code>
              </a>
            </li>
          ))}
        </ul>
      </nav>

      {document.tags.map((tag) => (
        <section key={tag.name} className={styles.group} aria-labelledby={`tag-${tag.name}`}>
          <h2 id={`tag-${tag.name}`}>{t(`tags.${tag.name}`)}</h2>
          {endpoints
            .filter((e) => e.tag === tag.name)
            .map((e) => (
              <EndpointSection key={e.id} endpoint={e} t={t} />
            ))}
        </section>
      ))}
    </>
  );
}
