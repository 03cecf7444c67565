// The newsroom's API reference (components/newsroom/api-reference, the page
// at /newsroom/api/reference) rendered from the real OpenAPI document in
// every newsroom language: every route of the table is there with its path,
// scope, parameters (described in that language), answers and curl
// commands, and no message is missing.
import { createElement } from "react";
import { renderToString } from "react-dom/server";
import { createTranslator } from "use-intl/core";
import { describe, expect, it } from "vitest";
import { ApiReference } from "@/components/newsroom/api-reference/api-reference";
import { parameterKey } from "@/components/newsroom/api-reference/parameter-table";
import { referenceEndpoints, schemaSummary } from "@/components/newsroom/api-reference/reference-model";
import { openApiDocument, OPENAPI_PATH } from "@/lib/api/openapi";
import { API_ROUTES } from "@/lib/api/routes";
import { ARTICLE_FIELDS } from "@/lib/api/schemas";
import { availableLocales, loadMessages, messageFor } from "@/lib/i18n/catalogue";
import type { Translate } from "@/lib/i18n/server";

const SITE = "https://baonghean.example";
const escape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#x27;");

/** The page's translator, failing the test on any message it lacks. */
function strictT(locale: string, errors: string[]): Translate {
  const t = createTranslator({ locale, messages: loadMessages(locale), namespace: "apiReference" as never, onError: (e) => void errors.push(e.message) });
  return t as unknown as Translate;
}

function render(locale: string, options: { anonymousAccess: boolean; canManageKeys: boolean }) {
  const errors: string[] = [];
  const document = openApiDocument(SITE, { anonymousAccess: options.anonymousAccess });
  const html = renderToString(createElement(ApiReference, { document, t: strictT(locale, errors), ...options }));
  expect(errors).toEqual([]);
  return html;
}

/** The HTML of one endpoint's card. */
function card(html: string, id: string): string {
  const start = html.indexOf(`data-endpoint="${id}"`);
  expect(start).toBeGreaterThan(-1);
  const end = html.indexOf("data-endpoint=", start + 20);
  return html.slice(start, end === -1 ? undefined : end);
}

describe("the API reference page", () => {
  for (const locale of availableLocales()) {
    it(`lists every route with its parameters, answers and examples in ${locale}`, () => {
      const html = render(locale, { anonymousAccess: false, canManageKeys: true });
      expect(html).toContain(`href="${SITE}${OPENAPI_PATH}"`);
      expect(html).toContain('href="/newsroom/api"');
      expect(html).toContain(escape(messageFor(locale, "apiReference.anonymousOff")));
      // What fields= accepts, read from the document's Article schema.
      expect(html).toContain(`<code>${ARTICLE_FIELDS.join(", ")}</code>`);
      for (const route of API_ROUTES) {
        const section = card(html, route.id);
        expect(section).toContain(escape(route.path));
        expect(section).toContain(route.scope);
        expect(section).toContain(escape(messageFor(locale, `apiReference.routes.${route.id}`)));
        for (const name of [...Object.keys(route.params.shape), ...Object.keys(route.query.shape)]) {
          expect(section, `${route.id} ${name}`).toContain(`data-parameter="${name}"`);
        }
        for (const status of ["200", "304", "400", "401", "403", "429"]) expect(section).toContain(`data-status="${status}"`);
        expect(section.includes('data-status="404"')).toBe(route.ninjs === "item");
        expect(section).toContain(escape('-H "Authorization: Bearer $SAPO_API_KEY"'));
        expect(section.includes(escape('-H "Accept: application/ninjs+json"'))).toBe(route.ninjs !== null);
      }
    });
  }

  it("says when anonymous access is on, and sends non-admins to an admin for a key", () => {
    const html = render("vi", { anonymousAccess: true, canManageKeys: false });
    expect(html).toContain(escape(messageFor("vi", "apiReference.anonymousOn")));
    expect(html).toContain(escape(messageFor("vi", "apiReference.askAdmin")));
    expect(html).not.toContain('href="/newsroom/api"');
  });

  it("describes every parameter of the document in every language (a new one fails here until it is)", () => {
    const endpoints = referenceEndpoints(openApiDocument(SITE));
    for (const locale of availableLocales()) {
      const errors: string[] = [];
      const t = strictT(locale, errors);
      for (const e of endpoints) {
        t(`routes.${e.id}`);
        t(`tags.${e.tag}`);
        for (const p of e.parameters) t(parameterKey(p));
        for (const r of e.responses) t(`status.${r.status}`);
      }
      expect(errors).toEqual([]);
    }
  });

  it("builds runnable examples", () => {
    const endpoints = referenceEndpoints(openApiDocument(SITE));
    const search = endpoints.find((e) => e.id === "search");
    expect(search?.examples[0].command).toBe(`curl -sS "${SITE}/api/v1/search?q=nghe+an" \\\n  -H "Authorization: Bearer $SAPO_API_KEY"`);
    const bySlug = endpoints.find((e) => e.id === "getArticleBySlug");
    expect(bySlug?.examples.map((x) => x.label)).toEqual(["json", "ninjs"]);
    expect(bySlug?.examples[1].command).toContain(`"${SITE}/api/v1/sections/<section>/articles/<slug>"`);
    expect(schemaSummary({ type: "integer", minimum: 1, maximum: 100, default: 20 })).toBe("integer, 1–100, = 20");
    expect(schemaSummary({ type: "string", enum: ["json", "ninjs"] })).toBe("json | ninjs");
  });
});
