// Where a webhook may be sent, checked when an admin registers or changes an
// endpoint, so a webhook URL cannot aim Sapo's server at itself or its
// network (server-side request forgery):
// - an absolute URL without credentials in it;
// - https; plain http only to this machine (a loopback address), and only
//   while the setting webhooksAllowLoopbackHttp is on (a receiver in
//   development);
// - the host resolved here and every address it gives judged by the same
//   rule the sender applies at each connection (mayConnect in
//   lib/http/safe-fetch.ts): loopback and private network addresses only
//   with the settings, link-local (cloud metadata), multicast and reserved
//   ones never.
// This is the early, friendly check. DNS can answer differently later, so
// the sender judges the address again at every connection
// (lib/http/safe-fetch.ts), and never follows redirects.
import "server-only";
import { lookup } from "node:dns/promises";
import { UserError } from "@/lib/errors/user-error";
import { classifyAddress, isIpLiteral } from "@/lib/http/outbound-address";
import { mayConnect } from "@/lib/http/safe-fetch";

export type WebhookUrlOptions = { allowLoopbackHttp: boolean; allowPrivateNetworks: boolean };

/** Every address `host` resolves to (an IP literal is its own answer). */
export type Resolve = (host: string) => Promise<string[]>;

const resolveAll: Resolve = async (host) => (await lookup(host, { all: true, verbatim: true })).map((a) => a.address);

/** Throws UserError("apiAdmin.errors.*") when `raw` is not somewhere webhooks may go. */
export async function checkWebhookUrl(raw: string, options: WebhookUrlOptions, resolve: Resolve = resolveAll): Promise<void> {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new UserError("apiAdmin.errors.webhookUrlInvalid");
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") throw new UserError("apiAdmin.errors.webhookUrlInvalid");
  if (url.username || url.password) throw new UserError("apiAdmin.errors.webhookUrlCredentials");
  const host = url.hostname;
  if (!host) throw new UserError("apiAdmin.errors.webhookUrlInvalid");
  let addresses: string[];
  if (isIpLiteral(host)) {
    addresses = [host];
  } else {
    try {
      addresses = await resolve(host);
    } catch {
      throw new UserError("apiAdmin.errors.webhookUrlUnresolved", { host });
    }
    if (addresses.length === 0) throw new UserError("apiAdmin.errors.webhookUrlUnresolved", { host });
  }
  // Plain http carries the signed payload in the clear: only to this machine.
  if (url.protocol === "http:" && !(options.allowLoopbackHttp && addresses.every((a) => classifyAddress(a) === "loopback"))) {
    throw new UserError("apiAdmin.errors.webhookUrlHttps");
  }
  // Every address: a name answering one public and one private address could be sent to either.
  const policy = { allowLoopback: options.allowLoopbackHttp, allowPrivate: options.allowPrivateNetworks };
  if (!addresses.every((a) => mayConnect(a, url.protocol, policy))) throw new UserError("apiAdmin.errors.webhookUrlPrivate", { host });
}
