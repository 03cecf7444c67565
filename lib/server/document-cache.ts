// The reader site's in-memory document cache, in Sapo's own HTTP server
// (lib/server/http-server.ts) in front of the reader renderer: each rendered
// page, feed or sitemap is kept with its identity, gzip and brotli bodies and
// their header sets built once, so a fresh hit only picks a variant and writes
// it (lib/server/send-document.ts does the sending).
//
// - Fresh (current generation, younger than maxAgeMs): sent, no render.
// - Missing: rendered once however many requests ask at the same time.
// - Stale (invalidateAll() since, or expired): the first request renders and
//   waits, so an editor who just published sees the change; requests arriving
//   while that render runs get the stale copy at once.
// - A render that throws: the stale copy if there is one, else a bare 500;
//   nothing is kept. A 5xx document is treated the same way (stale-if-error).
// - cacheable: false: sent to the request that rendered it only, never kept
//   nor shared, not even with a request for the same key waiting on it (that
//   one renders again for itself), so such a route may vary per request.
// - Only 200, 301, 404 and 410 documents are kept; least recently used go
//   first beyond maxBytes (bodies of every coding plus header text). A
//   document bigger than maxBytes by itself is sent but not kept.
//
// A render stores its result with the generation it started in: content
// rendered before an invalidateAll() that finishes after it is kept as stale,
// never as fresh, and a request arriving after the change does not wait on
// (or get) a render that began before it.
//
// The LRU is a Map in use order (a hit moves its key to the end, when it has
// drifted into the older half: see serve()), not the `lru-cache` package:
// that is in node_modules only as a transitive dependency (of next-auth and of
// eslint's Babel, at old major versions), and this needs little more than
// insertion order and a byte count.
//
// Runs in the plain Node process (tsx), not inside Next.js: no `server-only`.
import type http from "node:http";
import {
  prepareDocument,
  sendDocument,
  sendInternalError,
  sendRendered,
  type RenderedDocument,
  type StoredDocument,
} from "@/lib/server/send-document";

export type { DocumentVariant, Encoding, RenderedDocument, StoredDocument } from "@/lib/server/send-document";
export { prepareDocument, sendDocument, sendRendered } from "@/lib/server/send-document";

export type DocumentCacheOptions = {
  /** Default 64 MiB, counted over every stored encoding (plus header text). */
  maxBytes?: number;
  /** Default 60 s: after this an entry is stale. */
  maxAgeMs?: number;
};

const STORED_STATUSES = new Set([200, 301, 404, 410]);

type Entry = {
  readonly doc: StoredDocument;
  readonly generation: number;
  readonly storedAt: number;
  /** #moves when it last went to the end of the use order. */
  moved: number;
};

type Outcome =
  | { readonly kind: "document"; readonly doc: StoredDocument }
  | { readonly kind: "uncacheable"; readonly rendered: RenderedDocument }
  | { readonly kind: "failed" };

type Flight = { readonly generation: number; readonly outcome: Promise<Outcome> };

/** The error's first line: the log stays one line a failure (Prisma's messages run to many). */
function describe(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.trim().split("\n", 1)[0];
}

export class DocumentCache {
  readonly #maxBytes: number;
  readonly #maxAgeMs: number;
  /** In use order: least recently used first. */
  readonly #entries = new Map<string, Entry>();
  /** Renders in progress, by key. */
  readonly #flights = new Map<string, Flight>();
  #generation = 0;
  /** Entries put at the end of the use order so far (stores and moves). */
  #moves = 0;
  #bytes = 0;
  #hits = 0;
  #misses = 0;

  constructor(options: DocumentCacheOptions = {}) {
    this.#maxBytes = options.maxBytes ?? 64 * 1024 * 1024;
    this.#maxAgeMs = options.maxAgeMs ?? 60_000;
  }

  /** Serves `key` from memory or renders it with `render` (see the header). */
  async serve(req: http.IncomingMessage, res: http.ServerResponse, key: string, render: () => Promise<RenderedDocument>): Promise<void> {
    const method = req.method;
    if (method !== "GET" && method !== "HEAD") {
      // Defensive: the router only sends GET and HEAD here.
      this.#misses++;
      return this.#renderAlone(req, res, key, render);
    }
    const entry = this.#entries.get(key);
    if (entry !== undefined) {
      if (entry.generation === this.#generation && Date.now() - entry.storedAt < this.#maxAgeMs) {
        this.#hits++;
        // Moving a key costs a Map delete + set (0.4 µs, and several µs when
        // one hot key moves over and over, as the Map keeps compacting): only
        // an entry that has drifted into the older half moves. Eviction takes
        // from the front, so an entry used in the newer half is safe there.
        if (this.#moves - entry.moved >= this.#entries.size / 2) {
          this.#entries.delete(key);
          this.#entries.set(key, entry);
          entry.moved = ++this.#moves;
        }
        sendDocument(req, res, entry.doc);
        return;
      }
      const flight = this.#flights.get(key);
      if (flight !== undefined && flight.generation === this.#generation) {
        // Stale, and being rendered again: this request does not wait.
        this.#hits++;
        sendDocument(req, res, entry.doc);
        return;
      }
    }
    this.#misses++;
    const current = this.#flights.get(key);
    const joined = current !== undefined && current.generation === this.#generation;
    const outcome = await (joined ? current : this.#startFlight(key, render)).outcome;
    switch (outcome.kind) {
      case "document":
        if (outcome.doc.status >= 500) return this.#sendStaleOr(req, res, key, () => sendDocument(req, res, outcome.doc));
        return sendDocument(req, res, outcome.doc);
      case "uncacheable":
        if (joined) return this.#renderAlone(req, res, key, render);
        return sendRendered(req, res, outcome.rendered).catch((error: unknown) => this.#failed(req, res, key, error));
      case "failed":
        return this.#sendStaleOr(req, res, key, () => sendInternalError(req, res));
    }
  }

  /** Marks every entry stale (live content changed). O(1). */
  invalidateAll(): void {
    this.#generation++;
  }

  /**
   * Entries and bytes held. hits: requests answered from memory without
   * waiting (fresh, or stale while a render runs); misses: requests that
   * waited on a render (a burst coalesced into one render counts each).
   */
  stats(): { entries: number; bytes: number; hits: number; misses: number } {
    return { entries: this.#entries.size, bytes: this.#bytes, hits: this.#hits, misses: this.#misses };
  }

  #startFlight(key: string, render: () => Promise<RenderedDocument>): Flight {
    const generation = this.#generation;
    // Age counts from the start of the render: what it read may be that old.
    const startedAt = Date.now();
    const outcome = this.#run(key, render, generation, startedAt).finally(() => {
      if (this.#flights.get(key) === flight) this.#flights.delete(key);
    });
    const flight: Flight = { generation, outcome };
    this.#flights.set(key, flight);
    return flight;
  }

  /** Renders and prepares; never rejects. */
  async #run(key: string, render: () => Promise<RenderedDocument>, generation: number, startedAt: number): Promise<Outcome> {
    try {
      const rendered = await render();
      if (!rendered.cacheable) {
        this.#forget(key, generation);
        return { kind: "uncacheable", rendered };
      }
      const doc = await prepareDocument(rendered);
      if (STORED_STATUSES.has(doc.status)) this.#store(key, doc, generation, startedAt);
      else if (doc.status < 500) this.#forget(key, generation); // a redirect or the like now: the old copy is wrong
      return { kind: "document", doc };
    } catch (error) {
      console.error(`document-cache: rendering ${key} failed: ${describe(error)}`);
      return { kind: "failed" };
    }
  }

  /** Renders for this request only: no coalescing, nothing kept. */
  async #renderAlone(req: http.IncomingMessage, res: http.ServerResponse, key: string, render: () => Promise<RenderedDocument>): Promise<void> {
    try {
      await sendRendered(req, res, await render());
    } catch (error) {
      this.#failed(req, res, key, error);
    }
  }

  #failed(req: http.IncomingMessage, res: http.ServerResponse, key: string, error: unknown): void {
    console.error(`document-cache: rendering ${key} failed: ${describe(error)}`);
    sendInternalError(req, res);
  }

  #sendStaleOr(req: http.IncomingMessage, res: http.ServerResponse, key: string, otherwise: () => void): void {
    const stale = this.#entries.get(key);
    if (stale === undefined) otherwise();
    else sendDocument(req, res, stale.doc);
  }

  #store(key: string, doc: StoredDocument, generation: number, storedAt: number): void {
    const existing = this.#entries.get(key);
    if (existing !== undefined) {
      if (existing.generation > generation) return; // a later render got there first
      this.#entries.delete(key);
      this.#bytes -= existing.doc.bytes;
    }
    if (doc.bytes > this.#maxBytes) return;
    this.#entries.set(key, { doc, generation, storedAt, moved: ++this.#moves });
    this.#bytes += doc.bytes;
    for (const [oldKey, old] of this.#entries) {
      if (this.#bytes <= this.#maxBytes) break;
      this.#entries.delete(oldKey);
      this.#bytes -= old.doc.bytes;
    }
  }

  /** Drops `key`'s entry unless a later render stored it. */
  #forget(key: string, generation: number): void {
    const existing = this.#entries.get(key);
    if (existing === undefined || existing.generation > generation) return;
    this.#entries.delete(key);
    this.#bytes -= existing.doc.bytes;
  }
}
