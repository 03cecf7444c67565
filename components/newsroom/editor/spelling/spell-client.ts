// The page's side of the spelling worker: starts it for one article and
// language, turns its answers into promises, and tells listeners how it
// stands (loading, ready, unavailable). One client per open editor.
import type { CheckBlock, FromWorker, Misspelling, SpellingStatus, ToWorker } from "@/components/newsroom/editor/spelling/protocol";

export type CheckResult = { key: number; errors: Misspelling[] }[];

export class SpellClient {
  status: SpellingStatus = "loading";
  /** How long the last check took in the worker (ms): the editor's own measure. */
  lastCheckMs = 0;
  private worker: Worker | null = null;
  private nextId = 1;
  private waiting = new Map<number, (message: FromWorker) => void>();
  private listeners = new Set<() => void>();
  /** Bumped when the accepted words change: earlier answers are stale. */
  generation = 0;

  constructor(language: string, articleId: string) {
    if (typeof Worker === "undefined") {
      this.status = "failed";
      return;
    }
    // The bundler (Turbopack or webpack) makes the worker its own chunk from this pattern.
    this.worker = new Worker(new URL("./spell.worker.ts", import.meta.url), { type: "module", name: "spelling" });
    this.worker.addEventListener("message", (e: MessageEvent<FromWorker>) => this.receive(e.data));
    this.worker.addEventListener("error", () => this.setStatus("failed"));
    this.send({ type: "init", language, articleId });
  }

  private send(message: ToWorker) {
    this.worker?.postMessage(message);
  }

  private receive(message: FromWorker) {
    if (message.type === "status") {
      this.setStatus(message.status);
      return;
    }
    if (message.type === "checked") this.lastCheckMs = message.ms;
    const resolve = this.waiting.get(message.id);
    this.waiting.delete(message.id);
    resolve?.(message);
  }

  private setStatus(status: SpellingStatus) {
    this.status = status;
    for (const listener of this.listeners) listener();
  }

  /** Calls `listener` when the status changes; returns the unsubscribe. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private ask(message: ToWorker & { id: number }): Promise<FromWorker> {
    return new Promise((resolve) => {
      this.waiting.set(message.id, resolve);
      this.send(message);
    });
  }

  async check(blocks: CheckBlock[]): Promise<CheckResult> {
    const answer = await this.ask({ type: "check", id: this.nextId++, blocks });
    return answer.type === "checked" ? answer.blocks : [];
  }

  async suggest(word: string): Promise<string[]> {
    const answer = await this.ask({ type: "suggest", id: this.nextId++, word });
    return answer.type === "suggestions" ? answer.list : [];
  }

  /** Accepts more words from now on (added to the dictionary, ignored, names); earlier results are stale. */
  add(words: string[]) {
    if (!words.length) return;
    this.send({ type: "add", words });
    this.generation++;
    for (const listener of this.listeners) listener();
  }

  dispose() {
    this.worker?.terminate();
    this.worker = null;
    this.waiting.clear();
    this.listeners.clear();
  }
}
