// Rendering newsroom client components as the newsroom layout would, for the
// render tests: inside use-intl's provider with exactly the catalogue groups
// the layout hands to the browser (lib/i18n/client-groups.ts), failing on any
// message that is missing.
import { createElement, type ComponentProps, type ReactElement } from "react";
import { renderToString } from "react-dom/server";
import { IntlProvider } from "use-intl";
import { expect } from "vitest";
import { loadMessages, messageFor, pickMessages } from "@/lib/i18n/catalogue";
import { NEWSROOM_CLIENT_GROUPS } from "@/lib/i18n/client-groups";

// The provider's children go in as createElement's third argument; React's
// types want them among the props, hence the cast of the props.
type IntlProps = ComponentProps<typeof IntlProvider>;

/** `element` rendered to HTML in `locale`; fails the test if it asked for a message the groups lack. */
export function renderInNewsroom(locale: string, element: ReactElement): string {
  const errors: string[] = [];
  const config: Omit<IntlProps, "children"> = {
    locale,
    timeZone: "Asia/Ho_Chi_Minh",
    messages: pickMessages(loadMessages(locale), NEWSROOM_CLIENT_GROUPS),
    onError: (e: Error) => void errors.push(e.message),
  };
  const html = renderToString(createElement(IntlProvider, config as IntlProps, element));
  expect(errors).toEqual([]);
  return html;
}

/** The catalogue's text, as renderToString escapes it. */
export const say = (locale: string, key: string, values?: Record<string, string | number>) =>
  messageFor(locale, key, values).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;").replace(/'/g, "&#x27;");

/** A stand-in for a server-action module: every export answers { ok: true }. */
export const actionStub = () => new Proxy({}, { get: (_t, name) => (name === "then" ? undefined : async () => ({ ok: true })) });
