// One endpoint on the API reference page: method and path, what it answers,
// the scope a key needs, its parameters, its possible answers and curl
// commands to try it (the key read from a shell variable, never shown).
import type { Translate } from "@/lib/i18n/server";
import { ParameterTable } from "@/components/newsroom/api-reference/parameter-table";
import { KEY_VARIABLE, type ReferenceEndpoint } from "@/components/newsroom/api-reference/reference-model";
import styles from "@/components/newsroom/api-reference/api-reference.module.css";

export function EndpointSection({ endpoint, t }: { endpoint: ReferenceEndpoint; t: Translate }) {
  const headingId = `op-${endpoint.id}`;
  return (
    <section className={styles.endpoint} id={endpoint.id} aria-labelledby={headingId} data-endpoint={endpoint.id}>
      <h3 className={styles.endpointHead} id={headingId}>
        <span className={styles.method}>{endpoint.method}</span>
        <code className={styles.path}>{endpoint.path}</code>
      </h3>
      <p className={styles.summary}>{t(`routes.${endpoint.id}`)}</p>
      <p>
        {t("scope")}: <code>{endpoint.scope}</code>
      </p>

      <h4>{t("parameters")}</h4>
      <ParameterTable parameters={endpoint.parameters} t={t} />

      <h4>{t("responses")}</h4>
      <ul className={styles.responses}>
        {endpoint.responses.map((r) => (
          <li key={r.status} data-status={r.status}>
            <strong>{r.status}</strong> {t(`status.${r.status}`)}
            {r.retryAfter ? <> {t("retryAfter")}</> : null}
            {r.mediaTypes.length > 0 ? (
              <>
                {" "}
                <span className="hint">
                  ({r.mediaTypes.join(", ")}
                  {r.status === "200" && r.schema ? <>: {r.schema}</> : null})
                </span>
              </>
            ) : null}
          </li>
        ))}
      </ul>

      <h4>{t("example")}</h4>
      <p className="hint">{t("keyHint", { variable: KEY_VARIABLE })}</p>
      {endpoint.examples.map((e) => (
        <figure key={e.label} className={styles.exampleFigure}>
          <figcaption className="hint">{t(`exampleLabel.${e.label}`)}</figcaption>
          <pre className={styles.example}>
            <code>{e.command}</code>
          </pre>
        </figure>
      ))}
    </section>
  );
}
