// One endpoint's parameters on the API reference page: name, where it goes,
// a short form of its schema, whether it is required and what it does (from
// the catalogue, in the newsroom's language). A card per row on a phone.
import type { Translate } from "@/lib/i18n/server";
import type { ReferenceParameter } from "@/components/newsroom/api-reference/reference-model";
import styles from "@/components/newsroom/api-reference/api-reference.module.css";

/** The catalogue key of a parameter's description (path parameters have their own wording). */
export function parameterKey(p: Pick<ReferenceParameter, "name" | "in">): string {
  const name = p.name.replace(/[^A-Za-z0-9]/g, "");
  return p.in === "path" ? `pathParams.${name}` : p.in === "header" ? `headers.${name}` : `params.${name}`;
}

export function ParameterTable({ parameters, t }: { parameters: ReferenceParameter[]; t: Translate }) {
  if (parameters.length === 0) return <p className="hint">{t("noParameters")}</p>;
  return (
    <table className={`article-table card-table ${styles.params}`}>
      <thead>
        <tr>
          <th scope="col">{t("colName")}</th>
          <th scope="col">{t("colIn")}</th>
          <th scope="col">{t("colType")}</th>
          <th scope="col">{t("colDescription")}</th>
        </tr>
      </thead>
      <tbody>
        {parameters.map((p) => (
          <tr key={`${p.in}:${p.name}`} data-parameter={p.name}>
            <td className="cell-title">
              <code>{p.name}</code> <span className="hint">{p.required ? t("required") : t("optional")}</span>
            </td>
            <td data-label={t("colIn")}>{t(`in.${p.in}`)}</td>
            <td data-label={t("colType")}>
              <code>{p.type}</code>
            </td>
            <td data-label={t("colDescription")}>{t(parameterKey(p))}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
