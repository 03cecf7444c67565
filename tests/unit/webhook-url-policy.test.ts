// Where webhooks may be sent (lib/webhooks/url-policy.ts) and what an
// endpoint's input must be (lib/webhooks/endpoint-input.ts): https only; http
// only to loopback and only with the development setting; private, loopback
// and link-local addresses refused unless allowed, whether written as IP
// literals or reached through a name (a stub resolver, and the real one for
// "localhost").
import { describe, expect, it } from "vitest";
import { UserError } from "@/lib/errors/user-error";
import { availableLocales, messageFor } from "@/lib/i18n/catalogue";
import { ENDPOINT_DESCRIPTION_MAX, ENDPOINT_URL_MAX, endpointInputSchema } from "@/lib/webhooks/endpoint-input";
import { checkWebhookUrl, type Resolve, type WebhookUrlOptions } from "@/lib/webhooks/url-policy";

const STRICT: WebhookUrlOptions = { allowLoopbackHttp: false, allowPrivateNetworks: false };
const LOOPBACK: WebhookUrlOptions = { allowLoopbackHttp: true, allowPrivateNetworks: false };
const PRIVATE: WebhookUrlOptions = { allowLoopbackHttp: false, allowPrivateNetworks: true };

/** A resolver answering from a table; other names do not exist. */
const dns =
  (table: Record<string, string[]>): Resolve =>
  async (host) => {
    const answer = table[host];
    if (!answer) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: "ENOTFOUND" });
    return answer;
  };
const names = dns({
  "hooks.example.com": ["93.184.215.14", "2606:2800:21f:cb07:6820:80da:af6b:8b2c"],
  "intranet.example.com": ["10.1.2.3"],
  "sneaky.example.com": ["93.184.215.14", "192.168.0.10"],
  "metadata.example.com": ["169.254.169.254"],
  "dev.example.com": ["127.0.0.1"],
});

/** The refusal's key; "system" asks the machine's own resolver. */
async function refusal(url: string, options: WebhookUrlOptions, resolve: Resolve | "system" = names): Promise<string> {
  const error = await checkWebhookUrl(url, options, resolve === "system" ? undefined : resolve).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error, url).toBeInstanceOf(UserError);
  return (error as UserError).key;
}

describe("checkWebhookUrl", () => {
  it("accepts https to public addresses, by name or literal", async () => {
    await expect(checkWebhookUrl("https://hooks.example.com/sapo", STRICT, names)).resolves.toBeUndefined();
    await expect(checkWebhookUrl("https://93.184.215.14:8443/x", STRICT, names)).resolves.toBeUndefined();
    await expect(checkWebhookUrl("https://[2606:2800:21f:cb07:6820:80da:af6b:8b2c]/x", STRICT, names)).resolves.toBeUndefined();
  });

  it("refuses what is not an absolute http(s) URL, and credentials", async () => {
    expect(await refusal("hooks.example.com/sapo", STRICT)).toBe("apiAdmin.errors.webhookUrlInvalid");
    expect(await refusal("ftp://hooks.example.com/", STRICT)).toBe("apiAdmin.errors.webhookUrlInvalid");
    expect(await refusal("https://user:secret@hooks.example.com/", STRICT)).toBe("apiAdmin.errors.webhookUrlCredentials");
    expect(await refusal("https://nowhere.example.com/", STRICT)).toBe("apiAdmin.errors.webhookUrlUnresolved");
  });

  it("refuses plain http, except to loopback with the development setting", async () => {
    expect(await refusal("http://hooks.example.com/sapo", STRICT)).toBe("apiAdmin.errors.webhookUrlHttps");
    expect(await refusal("http://hooks.example.com/sapo", LOOPBACK)).toBe("apiAdmin.errors.webhookUrlHttps");
    expect(await refusal("http://127.0.0.1:4000/hook", STRICT)).toBe("apiAdmin.errors.webhookUrlHttps");
    expect(await refusal("http://10.1.2.3/hook", { allowLoopbackHttp: true, allowPrivateNetworks: true })).toBe("apiAdmin.errors.webhookUrlHttps");
    await expect(checkWebhookUrl("http://127.0.0.1:4000/hook", LOOPBACK, names)).resolves.toBeUndefined();
    await expect(checkWebhookUrl("http://[::1]:4000/hook", LOOPBACK, names)).resolves.toBeUndefined();
    await expect(checkWebhookUrl("http://dev.example.com:4000/hook", LOOPBACK, names)).resolves.toBeUndefined();
  });

  it("refuses private, loopback and link-local addresses without the settings", async () => {
    for (const url of [
      "https://10.0.0.5/hook",
      "https://192.168.1.20/hook",
      "https://172.16.0.1/hook",
      "https://169.254.169.254/latest/meta-data/",
      "https://127.0.0.1/hook",
      "https://[::1]/hook",
      "https://[fe80::1]/hook",
      "https://[::ffff:10.0.0.5]/hook",
      "https://intranet.example.com/hook",
      "https://metadata.example.com/hook",
      // One private answer among public ones is enough to refuse.
      "https://sneaky.example.com/hook",
    ]) {
      expect(await refusal(url, STRICT)).toBe("apiAdmin.errors.webhookUrlPrivate");
    }
  });

  it("refuses a name that really resolves to this machine (localhost), unless loopback is allowed", async () => {
    expect(await refusal("https://localhost/hook", STRICT, "system")).toBe("apiAdmin.errors.webhookUrlPrivate");
    expect(await refusal("http://localhost:4000/hook", STRICT, "system")).toBe("apiAdmin.errors.webhookUrlHttps");
    await expect(checkWebhookUrl("http://localhost:4000/hook", LOOPBACK)).resolves.toBeUndefined();
  });

  it("lets private networks in only with their setting", async () => {
    await expect(checkWebhookUrl("https://10.0.0.5/hook", PRIVATE, names)).resolves.toBeUndefined();
    await expect(checkWebhookUrl("https://intranet.example.com/hook", PRIVATE, names)).resolves.toBeUndefined();
    expect(await refusal("https://10.0.0.5/hook", LOOPBACK)).toBe("apiAdmin.errors.webhookUrlPrivate");
  });

  it("never lets link-local addresses in (cloud metadata), whatever the settings: the sender would not dial them", async () => {
    const ALL = { allowLoopbackHttp: true, allowPrivateNetworks: true };
    for (const url of ["https://169.254.169.254/latest/meta-data/", "https://metadata.example.com/hook", "https://[fe80::1]/hook"]) {
      expect(await refusal(url, ALL)).toBe("apiAdmin.errors.webhookUrlPrivate");
    }
  });
});

describe("endpointInputSchema", () => {
  const ok = { url: "https://hooks.example.com/sapo", events: ["article.updated", "article.published", "article.published"] };
  const firstKey = (value: unknown) => {
    const result = endpointInputSchema.safeParse(value);
    expect(result.success).toBe(false);
    return result.error!.issues[0].message;
  };

  it("keeps the events in the catalogue's order, each once; a single ticked box counts", () => {
    expect(endpointInputSchema.parse(ok).events).toEqual(["article.published", "article.updated"]);
    expect(endpointInputSchema.parse({ ...ok, events: "article.deleted" }).events).toEqual(["article.deleted"]);
  });

  it("refuses a long URL, no events, an unknown event, a long description", () => {
    expect(firstKey({ ...ok, url: `https://hooks.example.com/${"x".repeat(ENDPOINT_URL_MAX)}` })).toBe("apiAdmin.validation.urlTooLong");
    expect(firstKey({ ...ok, url: "not a url" })).toBe("apiAdmin.validation.urlInvalid");
    expect(firstKey({ ...ok, events: [] })).toBe("apiAdmin.validation.eventsMissing");
    expect(firstKey({ ...ok, events: ["article.viewed"] })).toBe("apiAdmin.validation.event");
    expect(firstKey({ ...ok, description: "x".repeat(ENDPOINT_DESCRIPTION_MAX + 1) })).toBe("apiAdmin.validation.descriptionTooLong");
  });

  it("messages that state a limit say it, in every language", () => {
    for (const [key, limit] of [
      ["apiAdmin.validation.urlTooLong", ENDPOINT_URL_MAX],
      ["apiAdmin.validation.descriptionTooLong", ENDPOINT_DESCRIPTION_MAX],
    ] as const) {
      for (const locale of availableLocales()) expect(messageFor(locale, key), `${locale}: ${key}`).toContain(String(limit));
    }
  });
});
