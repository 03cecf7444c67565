// Sending one reader document (page, feed, sitemap) from Sapo's own HTTP
// server: the content coding chosen per request from Accept-Encoding (brotli,
// gzip or none), a weak ETag with 304s, and HEAD. DocumentCache
// (lib/server/document-cache.ts) prepares what it keeps with
// prepareDocument() and sends it with sendDocument(); documents that are never
// kept go through sendRendered(), which compresses only the coding the client
// gets, at faster settings.
//
// Runs in the plain Node process (tsx), not inside Next.js: no `server-only`,
// no next/* imports.
//
// Accept-Encoding and If-None-Match are parsed here by hand: `negotiator` is in
// node_modules only as a transitive dependency of a test tool (s3rver → koa →
// accepts), which could drop it with any update, and both grammars are small
// (RFC 9110 §12.5.3 and §13.1.2).
import { createHash } from "node:crypto";
import type http from "node:http";
import { promisify } from "node:util";
import zlib from "node:zlib";

/** What a reader route produces. */
export type RenderedDocument = {
  status: number;
  /** Content-Type, Location, Cache-Control, Content-Security-Policy…: sent as given. */
  headers: Record<string, string>;
  /** Identity body ('' for a redirect). */
  body: string | Buffer;
  /** false: send, but never keep (e.g. search results). */
  cacheable: boolean;
};

export type Encoding = "br" | "gzip" | "identity";

/** One stored body and the complete header set sent with it. */
export type DocumentVariant = { readonly body: Buffer; readonly headers: Readonly<Record<string, string>> };

/** A document ready to send: every header set is built once, here, not per request. */
export type StoredDocument = {
  readonly status: number;
  /** Only on 200 documents: what If-None-Match is compared with. */
  readonly etag: string | undefined;
  /** Headers of a 304 (ETag, Vary, Cache-Control…), present when `etag` is. */
  readonly notModified: Readonly<Record<string, string>> | undefined;
  readonly identity: DocumentVariant;
  /** Absent for small or non-text bodies, or when compressing did not shrink it. */
  readonly gzip: DocumentVariant | undefined;
  readonly br: DocumentVariant | undefined;
  /** Approximate memory held: every body plus the header text. */
  readonly bytes: number;
};

/** Below this, compressing saves too little to be worth a Vary'd variant. */
const MIN_COMPRESS_BYTES = 1024;
// Brotli quality, measured on a 60 KB article page (2 CPUs): q10 ≈ 22 ms,
// 10 % smaller than q8 (≈ 2 ms); q11 ≈ 60 ms; q9 ≈ 100 ms (slower than q10 at
// this size). q10's cost grows faster than linearly (5 MB sitemap: 5.7 s), so
// bigger documents get q6 (5 MB: ≈ 100 ms, within 1 % of q8's size).
const BROTLI_STORE_QUALITY = 10;
const BROTLI_STORE_QUALITY_LIMIT = 64 * 1024;
const BROTLI_LARGE_QUALITY = 6;
/** Per-request compression (documents not kept): cheap settings. */
const BROTLI_REQUEST_QUALITY = 5;
const GZIP_STORE_LEVEL_LIMIT = 1024 * 1024;

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

type Effort = "store" | "request";

function brotliOptions(size: number, effort: Effort): zlib.BrotliOptions {
  const quality =
    effort === "request" ? BROTLI_REQUEST_QUALITY : size <= BROTLI_STORE_QUALITY_LIMIT ? BROTLI_STORE_QUALITY : BROTLI_LARGE_QUALITY;
  return {
    params: {
      [zlib.constants.BROTLI_PARAM_QUALITY]: quality,
      [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
      [zlib.constants.BROTLI_PARAM_SIZE_HINT]: size,
    },
  };
}

/** Text types, and XML/JSON ones (feeds, sitemaps, SVG); images and the like are already compressed. */
export function isCompressibleType(contentType: string): boolean {
  const semi = contentType.indexOf(";");
  const type = (semi === -1 ? contentType : contentType.slice(0, semi)).trim().toLowerCase();
  if (type.startsWith("text/")) return true;
  if (type === "application/json" || type === "application/xml" || type === "image/svg+xml") return true;
  return type.startsWith("application/") && (type.endsWith("+xml") || type.endsWith("+json"));
}

/** `W/"…"`: 22 base64url characters (132 bits) of the identity body's SHA-256. */
export function weakEtag(body: Buffer): string {
  return `W/"${createHash("sha256").update(body).digest("base64url").slice(0, 22)}"`;
}

// Headers kept on a 304 (RFC 9110 §15.4.5), by lower-case name.
const NOT_MODIFIED_HEADERS = new Set(["etag", "vary", "cache-control", "expires", "content-location"]);

async function build(doc: RenderedDocument, codings: readonly ("br" | "gzip")[], effort: Effort): Promise<StoredDocument> {
  const body = typeof doc.body === "string" ? Buffer.from(doc.body, "utf8") : doc.body;
  // The caller's headers, as given, but for Content-Length (ours). A
  // Content-Encoding from the caller means the body is already encoded.
  const base: Record<string, string> = {};
  let contentType = "";
  let varyName: string | undefined;
  let givenEtag: string | undefined;
  let preEncoded = false;
  for (const [name, value] of Object.entries(doc.headers)) {
    const lower = name.toLowerCase();
    if (lower === "content-length") continue;
    if (lower === "content-type") contentType = value;
    else if (lower === "content-encoding") preEncoded = value.trim().toLowerCase() !== "identity";
    else if (lower === "vary") varyName = name;
    else if (lower === "etag") givenEtag = value;
    base[name] = value;
  }
  const compressible = !preEncoded && isCompressibleType(contentType);
  if (compressible) {
    if (varyName === undefined) base.Vary = "Accept-Encoding";
    else if (!/(^|,)\s*(accept-encoding|\*)\s*(,|$)/i.test(base[varyName])) base[varyName] = `${base[varyName]}, Accept-Encoding`;
  }
  let etag: string | undefined;
  let notModified: Record<string, string> | undefined;
  if (doc.status === 200) {
    etag = givenEtag ?? weakEtag(body);
    if (givenEtag === undefined) base.ETag = etag;
    notModified = {};
    for (const [name, value] of Object.entries(base)) if (NOT_MODIFIED_HEADERS.has(name.toLowerCase())) notModified[name] = value;
  }

  const variant = (encoded: Buffer, coding: "br" | "gzip" | undefined): DocumentVariant => ({
    body: encoded,
    headers: coding === undefined
      ? { ...base, "Content-Length": String(encoded.length) }
      : { ...base, "Content-Encoding": coding, "Content-Length": String(encoded.length) },
  });
  let br: DocumentVariant | undefined;
  let gz: DocumentVariant | undefined;
  if (compressible && body.length >= MIN_COMPRESS_BYTES && codings.length > 0) {
    // zlib's async calls run on libuv's thread pool: both at once, off the event loop.
    const [brBody, gzBody] = await Promise.all([
      codings.includes("br") ? brotli(body, brotliOptions(body.length, effort)) : undefined,
      codings.includes("gzip") ? gzip(body, { level: effort === "store" && body.length <= GZIP_STORE_LEVEL_LIMIT ? 9 : 6 }) : undefined,
    ]);
    if (brBody !== undefined && brBody.length < body.length) br = variant(brBody, "br");
    if (gzBody !== undefined && gzBody.length < body.length) gz = variant(gzBody, "gzip");
  }
  const identity = variant(body, undefined);
  let headerBytes = 0;
  for (const [name, value] of Object.entries(identity.headers)) headerBytes += name.length + value.length;
  const variants = 1 + (br ? 1 : 0) + (gz ? 1 : 0);
  const bytes = body.length + (br?.body.length ?? 0) + (gz?.body.length ?? 0) + variants * headerBytes;
  return { status: doc.status, etag, notModified, identity, gzip: gz, br, bytes };
}

/** Builds a document to keep: identity, gzip and brotli bodies (when worth it), compressed once. */
export function prepareDocument(doc: RenderedDocument): Promise<StoredDocument> {
  return build(doc, ["br", "gzip"], "store");
}

/** Identity is acceptable unless refused; when not named, it ranks below any named coding. */
const IMPLICIT_IDENTITY_Q = 0.0001;
const IDENTITY_ONLY: readonly Encoding[] = ["identity"];
const SERVER_ORDER: readonly Encoding[] = ["br", "gzip", "identity"];
// Clients send few distinct Accept-Encoding values: a parse per distinct value.
const preferenceMemo = new Map<string, readonly Encoding[]>();
const PREFERENCE_MEMO_SIZE = 64;

function qValue(params: string): number {
  for (const param of params.split(";")) {
    const eq = param.indexOf("=");
    if (eq === -1 || param.slice(0, eq).trim().toLowerCase() !== "q") continue;
    const text = param.slice(eq + 1).trim();
    const q = text === "" ? NaN : Number(text);
    return q >= 0 && q <= 1 ? q : -1;
  }
  return 1;
}

function parseAcceptEncoding(header: string): readonly Encoding[] {
  // -1: not named. A repeated coding keeps its highest q.
  const named: Record<Encoding | "*", number> = { br: -1, gzip: -1, identity: -1, "*": -1 };
  for (const part of header.split(",")) {
    const semi = part.indexOf(";");
    const name = (semi === -1 ? part : part.slice(0, semi)).trim().toLowerCase();
    const q = semi === -1 ? 1 : qValue(part.slice(semi + 1));
    if (q < 0) continue; // malformed q: the entry is ignored
    const coding = name === "x-gzip" ? "gzip" : name;
    if (coding === "br" || coding === "gzip" || coding === "identity" || coding === "*") named[coding] = Math.max(named[coding], q);
  }
  const q = (coding: Encoding): number => {
    if (named[coding] >= 0) return named[coding];
    if (named["*"] >= 0) return named["*"];
    return coding === "identity" ? IMPLICIT_IDENTITY_Q : 0;
  };
  // Highest q first; at equal q, brotli over gzip over identity (sort is stable).
  return SERVER_ORDER.filter((coding) => q(coding) > 0).sort((a, b) => q(b) - q(a));
}

/**
 * The codings a client accepts, best first (q=0 ones left out). No header, or
 * an empty one, means identity only.
 */
export function acceptedEncodings(header: string | undefined): readonly Encoding[] {
  if (header === undefined || header === "") return IDENTITY_ONLY;
  let found = preferenceMemo.get(header);
  if (found === undefined) {
    found = parseAcceptEncoding(header);
    if (preferenceMemo.size >= PREFERENCE_MEMO_SIZE) preferenceMemo.clear();
    preferenceMemo.set(header, found);
  }
  return found;
}

/** The stored variant this request gets; identity when nothing better is acceptable (even if identity was refused). */
export function chooseVariant(doc: StoredDocument, acceptEncoding: string | undefined): DocumentVariant {
  if (doc.br === undefined && doc.gzip === undefined) return doc.identity;
  for (const coding of acceptedEncodings(acceptEncoding)) {
    const variant = doc[coding];
    if (variant !== undefined) return variant;
  }
  return doc.identity;
}

/** Weak comparison of `etag` with an If-None-Match value: `*`, or a list of (W/)"…" tags. */
export function ifNoneMatchMatches(header: string, etag: string): boolean {
  if (header === etag) return true;
  const opaque = etag.startsWith("W/") ? etag.slice(2) : etag;
  const n = header.length;
  let i = 0;
  while (i < n) {
    const c = header.charCodeAt(i);
    if (c === 0x2a) return true; // *
    if (c === 0x20 || c === 0x09 || c === 0x2c) {
      i++; // space, tab, comma
      continue;
    }
    if (header.startsWith("W/", i)) i += 2;
    const end = header.charCodeAt(i) === 0x22 ? header.indexOf('"', i + 1) : -1;
    if (end !== -1 && end + 1 - i === opaque.length && header.startsWith(opaque, i)) return true;
    // Past this tag, or past a malformed element to the next comma.
    const next = end !== -1 ? end + 1 : header.indexOf(",", i) + 1;
    if (next === 0) return false;
    i = next;
  }
  return false;
}

/**
 * Sends a prepared document: 304 when If-None-Match matches (GET/HEAD of a 200
 * only), otherwise the status with the chosen variant's precomputed headers
 * (Content-Length of that variant); HEAD gets the same headers and no body.
 */
export function sendDocument(req: http.IncomingMessage, res: http.ServerResponse, doc: StoredDocument): void {
  const head = req.method === "HEAD";
  if (doc.etag !== undefined) {
    const ifNoneMatch = req.headers["if-none-match"];
    if (ifNoneMatch !== undefined && (head || req.method === "GET") && ifNoneMatchMatches(ifNoneMatch, doc.etag)) {
      res.writeHead(304, doc.notModified);
      res.end();
      return;
    }
  }
  const variant = chooseVariant(doc, req.headers["accept-encoding"]);
  res.writeHead(doc.status, variant.headers);
  if (head) res.end();
  else res.end(variant.body);
}

/**
 * Sends a document that is not kept: only the coding this client gets is
 * made, at per-request settings (brotli quality 5, gzip level 6).
 */
export async function sendRendered(req: http.IncomingMessage, res: http.ServerResponse, doc: RenderedDocument): Promise<void> {
  const best = acceptedEncodings(req.headers["accept-encoding"])[0];
  sendDocument(req, res, await build(doc, best === "br" || best === "gzip" ? [best] : [], "request"));
}

const ERROR_BODY = "Internal Server Error";

/** A bare 500 (text/plain, never cached), unless an answer has already begun. */
export function sendInternalError(req: http.IncomingMessage, res: http.ServerResponse): void {
  if (res.headersSent) {
    res.end();
    return;
  }
  res.writeHead(500, {
    "Content-Type": "text/plain; charset=utf-8",
    "Content-Length": String(Buffer.byteLength(ERROR_BODY)),
    "Cache-Control": "no-store",
  });
  res.end(req.method === "HEAD" ? undefined : ERROR_BODY);
}
