// Fetching an address a user gave us, from the server, without letting them
// aim the server at itself or its network (SSRF): importing pasted images,
// delivering webhooks (lib/webhooks/send.ts), oEmbed later. Every exchange:
// - https only (OUTBOUND_ALLOW_LOOPBACK, or `allowLoopback`, adds http, to
//   loopback only);
// - private network addresses (10/8, 172.16/12, 192.168/16, 100.64/10,
//   fc00::/7) only when the caller allows them (`allowPrivate`: a webhook
//   receiver inside the paper's network), and then over https only; never
//   link-local (cloud metadata), multicast, reserved or documentation ones;
// - the host name is resolved here and every address judged by
//   lib/http/outbound-address.ts; the connection goes to an address that was
//   judged (a custom `lookup`), so a name cannot answer one address to the
//   check and another to the connection (DNS rebinding). IP literals, which
//   Node connects to without a lookup, are judged before connecting;
// - redirects are followed here, at most `maxRedirects`, each new address
//   judged afresh; or, with `followRedirects: false` (webhooks), never: a 3xx
//   is then an answer like any other outside 2xx;
// - one deadline for the whole exchange, redirects included;
// - the body is counted while it streams and cut off past `maxBytes` (an
//   error, or with `truncate` the first `maxBytes` are kept);
// - optionally, only the listed content types.
// Refusals are OutboundError with a `reason` for the caller to word.
import "server-only";
import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import http, { type IncomingHttpHeaders, type IncomingMessage } from "node:http";
import https from "node:https";
import { BlockList, isIP, type LookupFunction } from "node:net";
import { readOutboundAllowLoopback } from "@/lib/config/env";
import { classifyAddress, isIpLiteral } from "@/lib/http/outbound-address";

export type OutboundReason =
  /** Not an absolute http(s) URL, or one with credentials in it. */
  | "url"
  /** A scheme other than https (or http where the escape hatch allows it). */
  | "scheme"
  /** The host is (or resolves only to) an address we do not connect to. */
  | "address"
  | "redirects"
  /** A final answer outside 200–299. */
  | "status"
  | "type"
  | "too-large"
  | "timeout"
  /** The host could not be resolved or reached, or the exchange broke off. */
  | "network";

export class OutboundError extends Error {
  override readonly name = "OutboundError";
  constructor(
    readonly reason: OutboundReason,
    message: string,
    /** The answer's status, for "status". */
    readonly status?: number,
  ) {
    super(message);
  }
}

export type SafeFetchOptions = {
  method?: string;
  headers?: Record<string, string>;
  body?: string | Uint8Array;
  /** The most body bytes accepted. */
  maxBytes: number;
  /** For the whole exchange, redirects included. */
  timeoutMs?: number;
  maxRedirects?: number;
  /** Media types (no parameters) the final answer may have; omitted: any. */
  allowedTypes?: readonly string[];
  /** Defaults to OUTBOUND_ALLOW_LOOPBACK (lib/config/env.ts). */
  allowLoopback?: boolean;
  /** Private network addresses (not link-local, reserved…) over https too; off by default. */
  allowPrivate?: boolean;
  /** Off: a 3xx is not followed but refused as any answer outside 2xx ("status"). Default on. */
  followRedirects?: boolean;
  /** Past `maxBytes`, keep the first `maxBytes` and stop reading instead of failing. */
  truncate?: boolean;
  signal?: AbortSignal;
};

export type SafeResponse = {
  /** The address that answered, after redirects. */
  url: string;
  status: number;
  headers: IncomingHttpHeaders;
  /** The media type, lower case, without parameters ("" when none was sent). */
  contentType: string;
  body: Buffer;
};

const DEFAULT_TIMEOUT_MS = 10_000;
const DEFAULT_MAX_REDIRECTS = 3;
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
// Sent only to the origin they were meant for.
const CREDENTIAL_HEADERS = ["authorization", "cookie", "proxy-authorization"];

type Policy = { allowLoopback: boolean; allowPrivate?: boolean };

// The networks a paper's own receivers live in, which `allowPrivate` opens.
// BlockList also matches IPv4-mapped IPv6 (::ffff:10.0.0.1) against the IPv4 rules.
const PRIVATE_NETWORKS = new BlockList();
for (const [network, prefix] of [["10.0.0.0", 8], ["172.16.0.0", 12], ["192.168.0.0", 16], ["100.64.0.0", 10]] as const) {
  PRIVATE_NETWORKS.addSubnet(network, prefix, "ipv4");
}
PRIVATE_NETWORKS.addSubnet("fc00::", 7, "ipv6");

function inPrivateNetwork(address: string): boolean {
  const bare = address.startsWith("[") && address.endsWith("]") ? address.slice(1, -1) : address;
  const version = isIP(bare);
  return version !== 0 && PRIVATE_NETWORKS.check(bare, version === 4 ? "ipv4" : "ipv6");
}

/** Whether we may connect to `address` for a URL of `protocol`. */
export function mayConnect(address: string, protocol: string, { allowLoopback, allowPrivate = false }: Policy): boolean {
  const kind = classifyAddress(address);
  // This machine is on the paper's network too (as lib/webhooks/url-policy.ts has it), over https.
  if (kind === "loopback") return allowLoopback || (allowPrivate && protocol === "https:");
  if (kind === "private") return allowPrivate && protocol === "https:" && inPrivateNetwork(address);
  return protocol === "https:";
}

function checkUrl(raw: string | URL, policy: Policy): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new OutboundError("url", "Not an absolute URL");
  }
  if (url.username || url.password) throw new OutboundError("url", "URLs with credentials are not fetched");
  const schemes = policy.allowLoopback ? ["https:", "http:"] : ["https:"];
  if (!schemes.includes(url.protocol)) throw new OutboundError("scheme", `Only ${schemes.join(" and ")} addresses are fetched`);
  // The URL parser has already turned numeric tricks (2130706433, 0x7f.1,
  // 127.1) into dotted quads, so a literal is judged here as it will be dialled.
  if (isIpLiteral(url.hostname) && !mayConnect(url.hostname, url.protocol, policy)) {
    throw new OutboundError("address", `The address ${url.hostname} is not a public one`);
  }
  return url;
}

/** dns.lookup that answers only addresses we may connect to (the connection uses its answer). */
function guardedLookup(protocol: string, policy: Policy): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { all: true, family: options.family, hints: options.hints }, (error, addresses: LookupAddress[]) => {
      if (error) return callback(error, "", 0);
      const allowed = addresses.filter((a) => mayConnect(a.address, protocol, policy));
      if (!allowed.length) {
        return callback(new OutboundError("address", `${hostname} resolves to no public address`) as NodeJS.ErrnoException, "", 0);
      }
      // Node asks for every address when it races IPv4 and IPv6 (autoSelectFamily).
      if (options.all) (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, allowed);
      else callback(null, allowed[0].address, allowed[0].family);
    });
  };
}

const mediaType = (header: string | undefined) => (header ?? "").split(";")[0].trim().toLowerCase();

type Exchange = { method: string; headers: Record<string, string>; body?: string | Uint8Array };

/** One request and its answer's head; the body is left unread. */
function send(url: URL, exchange: Exchange, policy: Policy, signal: AbortSignal): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    const request = (url.protocol === "https:" ? https : http).request(url, {
      method: exchange.method,
      headers: exchange.headers,
      lookup: guardedLookup(url.protocol, policy),
      // A connection of its own: a pooled one could lead to an address judged for another name.
      agent: false,
      signal,
    });
    request.on("response", resolve);
    request.on("error", reject);
    request.end(exchange.body);
  });
}

/** The body, counted as it arrives; past `maxBytes` the exchange is cut off (or, with `truncate`, ends there). */
function readCapped(response: IncomingMessage, maxBytes: number, truncate = false): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    response.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes && truncate) {
        chunks.push(chunk.subarray(0, chunk.length - (size - maxBytes)));
        resolve(Buffer.concat(chunks));
        response.destroy();
      } else if (size > maxBytes) {
        // Refused first: destroying the answer reports it as cut short.
        reject(new OutboundError("too-large", `The answer is larger than ${maxBytes} bytes`));
        response.destroy();
      } else chunks.push(chunk);
    });
    response.on("end", () => resolve(Buffer.concat(chunks)));
    response.on("error", reject);
    response.on("aborted", () => reject(new OutboundError("network", "The answer was cut short")));
  });
}

/** What a failure of the exchange is called (ours pass through as they are). */
function asOutbound(error: unknown, deadline: AbortSignal): OutboundError {
  if (error instanceof OutboundError) return error;
  if (deadline.aborted) return new OutboundError("timeout", "The address did not answer in time");
  return new OutboundError("network", `The address could not be reached: ${(error as Error).message}`);
}

/**
 * Fetches `url` under the rules in this module's header. Resolves with the
 * final 2xx answer and its whole body; throws OutboundError otherwise.
 */
export async function safeFetch(url: string | URL, options: SafeFetchOptions): Promise<SafeResponse> {
  const policy = { allowLoopback: options.allowLoopback ?? readOutboundAllowLoopback(), allowPrivate: options.allowPrivate ?? false };
  const maxRedirects = options.maxRedirects ?? DEFAULT_MAX_REDIRECTS;
  const timeout = AbortSignal.timeout(options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  const signal = options.signal ? AbortSignal.any([timeout, options.signal]) : timeout;
  let current = checkUrl(url, policy);
  let exchange: Exchange = {
    method: (options.method ?? "GET").toUpperCase(),
    // No compression asked for: the cap counts the bytes we keep.
    headers: { "user-agent": "Sapo", "accept-encoding": "identity", ...lowerKeys(options.headers ?? {}) },
    body: options.body,
  };
  try {
    for (let redirects = 0; ; redirects++) {
      const response = await send(current, exchange, policy, signal);
      const location = response.headers.location;
      if (REDIRECTS.has(response.statusCode ?? 0) && location && options.followRedirects !== false) {
        response.resume(); // its body is of no interest
        if (redirects >= maxRedirects) throw new OutboundError("redirects", `More than ${maxRedirects} redirects`);
        const next = checkUrl(new URL(location, current), policy);
        exchange = redirected(exchange, response.statusCode!, next.origin !== current.origin);
        current = next;
        continue;
      }
      const status = response.statusCode ?? 0;
      if (status < 200 || status > 299) {
        response.resume();
        throw new OutboundError("status", `The address answered ${status}`, status);
      }
      const contentType = mediaType(response.headers["content-type"]);
      if (options.allowedTypes && !options.allowedTypes.includes(contentType)) {
        response.destroy();
        throw new OutboundError("type", `The answer is ${contentType || "of no stated type"}`);
      }
      if (!options.truncate && Number(response.headers["content-length"] ?? 0) > options.maxBytes) {
        response.destroy();
        throw new OutboundError("too-large", `The answer is larger than ${options.maxBytes} bytes`);
      }
      const body = await readCapped(response, options.maxBytes, options.truncate);
      return { url: current.href, status, headers: response.headers, contentType, body };
    }
  } catch (error) {
    throw asOutbound(error, timeout);
  }
}

function lowerKeys(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
}

/** The next request after a redirect: 303 (and 301/302 after a POST, as browsers do) becomes a GET without body. */
function redirected(exchange: Exchange, status: number, crossOrigin: boolean): Exchange {
  const headers = { ...exchange.headers };
  if (crossOrigin) for (const name of CREDENTIAL_HEADERS) delete headers[name];
  const toGet = status === 303 || ((status === 301 || status === 302) && exchange.method === "POST");
  if (!toGet) return { ...exchange, headers };
  delete headers["content-type"];
  delete headers["content-length"];
  return { method: exchange.method === "HEAD" ? "HEAD" : "GET", headers };
}
