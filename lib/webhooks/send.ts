// One try of one webhook delivery: the event's payload POSTed to the
// endpoint, signed the Standard Webhooks way (the `standardwebhooks`
// package's Webhook.sign, with the endpoint's secret opened from its sealed
// form: lib/webhooks/secret-box.ts). The headers:
// - webhook-id: the event's id, the same on every retry and every endpoint,
//   so a receiver can drop what it has seen already;
// - webhook-timestamp: when this try was signed (seconds), which receivers
//   check against replay;
// - webhook-signature: "v1,<base64 HMAC-SHA256 of id.timestamp.body>".
// Sent through lib/http/safe-fetch.ts: https only (http to loopback and
// private networks only as the site's settings allow), every address judged
// as it is dialled, redirects never followed (a 3xx is a failure, so a
// redirect cannot lead the server somewhere the URL could not), 10 s for the
// whole exchange, the answer's body read up to a few KiB and ignored.
// Never throws: the outcome is a value for the worker to record. Its error
// is a technical diagnostic in English (as the network and receivers speak),
// shown as is in the endpoint's delivery log.
import "server-only";
import { Webhook } from "standardwebhooks";
import { OutboundError, safeFetch } from "@/lib/http/safe-fetch";
import { openSecret } from "@/lib/webhooks/secret-box";

export const WEBHOOK_TIMEOUT_MS = 10_000;
const RESPONSE_CAP_BYTES = 4096;
const MAX_ERROR_LENGTH = 300;
export const WEBHOOK_USER_AGENT = "Sapo-Webhooks/1.0";

export type WebhookPolicy = { allowLoopbackHttp: boolean; allowPrivateNetworks: boolean };

export type SendInput = {
  url: string;
  /** The endpoint's secret as stored (sealed). */
  sealedSecret: string;
  /** The event's id: webhook-id. */
  eventId: string;
  /** The JSON body, exactly as signed. */
  payload: string;
  /** The signing time (webhook-timestamp). */
  at: Date;
  policy: WebhookPolicy;
  timeoutMs?: number;
};

export type SendResult = {
  ok: boolean;
  /** The answer's status, when there was one. */
  statusCode: number | null;
  /** What went wrong, short; null on success. */
  error: string | null;
  durationMs: number;
};

/** The headers of a signed delivery of `payload` as event `eventId` at `at`. */
export function signedHeaders(secret: string, eventId: string, payload: string, at: Date): Record<string, string> {
  return {
    "content-type": "application/json",
    "user-agent": WEBHOOK_USER_AGENT,
    "webhook-id": eventId,
    "webhook-timestamp": String(Math.floor(at.getTime() / 1000)),
    "webhook-signature": new Webhook(secret).sign(eventId, at, payload),
  };
}

class SecretUnreadable extends Error {}

/** The endpoint's secret; when it cannot be opened, AUTH_SECRET changed since it was made, and it needs a new one. */
function openedSecret(sealed: string): string {
  try {
    return openSecret(sealed);
  } catch (e) {
    throw new SecretUnreadable((e as Error).message);
  }
}

const short = (text: string) => (text.length > MAX_ERROR_LENGTH ? `${text.slice(0, MAX_ERROR_LENGTH - 1)}…` : text);

/** POSTs one delivery; resolves with the outcome, never rejects. */
export async function sendWebhook(input: SendInput): Promise<SendResult> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  try {
    const response = await safeFetch(input.url, {
      method: "POST",
      headers: signedHeaders(openedSecret(input.sealedSecret), input.eventId, input.payload, input.at),
      body: input.payload,
      maxBytes: RESPONSE_CAP_BYTES,
      truncate: true,
      timeoutMs: input.timeoutMs ?? WEBHOOK_TIMEOUT_MS,
      allowLoopback: input.policy.allowLoopbackHttp,
      allowPrivate: input.policy.allowPrivateNetworks,
      followRedirects: false,
    });
    return { ok: true, statusCode: response.status, error: null, durationMs: elapsed() };
  } catch (error) {
    // "<reason>: <detail>": the newsroom words the reason in the admin's
    // language (components/newsroom/api-admin/failure-text.ts) and shows the
    // technical detail after it.
    if (!(error instanceof OutboundError)) {
      const reason = error instanceof SecretUnreadable ? "secret" : "internal";
      return { ok: false, statusCode: null, error: short(`${reason}: ${error instanceof Error ? error.message : String(error)}`), durationMs: elapsed() };
    }
    const status = error.status ?? null;
    const reason = status !== null && status >= 300 && status < 400 ? "redirect" : error.reason;
    return { ok: false, statusCode: status, error: short(`${reason}: ${error.message}`), durationMs: elapsed() };
  }
}
