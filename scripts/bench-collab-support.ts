// Pieces of the co-editing benchmark (scripts/bench-collab.ts): the bench
// installation's staff and articles, their session cookies, the collaboration
// server in a child process (scripts/bench-collab-server.ts), the clients
// (scripts/collab-client.ts, shared with the integration tests), and the
// keystroke alphabet.
import { fork, type ChildProcess } from "node:child_process";
import { createInterface } from "node:readline";
import { encode } from "next-auth/jwt";
import * as Y from "yjs";
import type { Actor } from "@/lib/auth/actor";
import { loadEditorArticle } from "@/lib/articles/article-state";
import { createArticle } from "@/lib/articles/editing";
import type { EditorFields } from "@/lib/articles/editor-state";
import { BODY_FIELD } from "@/lib/collab/layout";
import type { Db } from "@/lib/db/client";
import type { ServerMessage, ServerStats } from "@/scripts/bench-collab-server";

type Body = EditorFields["body"];
type Node = { type?: string; text?: string; content?: Node[] };

/**
 * `typists` + `idle` editors with their session cookies (signed with
 * `secret`), one article for the typists to share and one for each idle
 * editor, with the demo articles' bodies.
 */
export async function prepareStaff(db: Db, secret: string, typists: number, idle: number) {
  const editors: (Actor & { cookie: string })[] = [];
  for (let i = 0; i < typists + idle; i++) {
    const u = await db.user.create({ data: { email: `coeditor${i}@bench.test`, displayName: `Co-editor ${i}`, role: "EDITOR" } });
    const token = await encode({ token: { uid: u.id, sv: u.sessionVersion, jti: `bench-${u.id}` }, secret });
    editors.push({ id: u.id, role: u.role, displayName: u.displayName, penName: null, cookie: `next-auth.session-token=${token}` });
  }
  // Real article bodies (paragraphs, headings, figures) for the documents left open.
  const demo = await db.article.findMany({ select: { id: true }, orderBy: { createdAt: "asc" } });
  const bodies: Body[] = [];
  for (const { id } of demo) bodies.push((await loadEditorArticle(db, id))!.body);
  const words = bodies.flatMap((b) => textOf(b).split(/\s+/)).filter(Boolean);
  const paragraph = (i: number) => ({ type: "paragraph", content: [{ type: "text", text: words.slice(i * 40, i * 40 + 40).join(" ") || "Bench." }] });
  const shared = await createArticle(db, editors[0], { title: "Co-edited story", body: { type: "doc", content: Array.from({ length: 8 }, (_, i) => paragraph(i)) } as Body });
  const others: string[] = [];
  for (let i = 0; i < idle; i++) {
    const body = bodies.length ? bodies[i % bodies.length] : ({ type: "doc", content: [paragraph(i)] } as Body);
    others.push(await createArticle(db, editors[typists + i], { title: `Open story ${i + 1}`, body }));
  }
  return { editors, shared, others };
}

/** The text of a stored body (ProseMirror JSON). */
export function textOf(body: Body): string {
  const walk = (node: Node): string => (node.text ?? "") + (node.content ?? []).map(walk).join(node.type === "doc" ? "\n" : "");
  return walk(body as Node);
}

/** The text of a shared document's body. */
export function docText(doc: Y.Doc): string {
  let text = "";
  for (const node of doc.getXmlFragment(BODY_FIELD).createTreeWalker(() => true)) {
    if (node instanceof Y.XmlText) for (const op of node.toDelta() as { insert?: unknown }[]) if (typeof op.insert === "string") text += op.insert;
  }
  return text;
}

// Keystrokes are characters no article here contains (CJK and Hangul), each
// typed once, so the final text can be checked character by character and
// the one seeing a keystroke knows whose it is and when it was typed.
const ALPHABET = [
  [0x4e00, 0x9fff],
  [0x3400, 0x4dbf],
  [0xac00, 0xd7a3],
] as const;
export const ALPHABET_SIZE = ALPHABET.reduce((n, [a, b]) => n + b - a + 1, 0);

/** The n-th keystroke's character. */
export function keystroke(n: number): string {
  for (const [a, b] of ALPHABET) {
    if (n <= b - a) return String.fromCodePoint(a + n);
    n -= b - a + 1;
  }
  throw new Error(`more than ${ALPHABET_SIZE} keystrokes: shorten BENCH_COLLAB_SECONDS`);
}

/** Whether a character is one of the keystrokes'. */
export function isKeystroke(ch: string): boolean {
  const c = ch.codePointAt(0)!;
  return ALPHABET.some(([a, b]) => c >= a && c <= b);
}

/** Characters typed but missing from `text`, and extra copies (or keystrokes nobody typed). */
export function compareTyped(typed: Set<string>, text: string): { lost: number; duplicated: number } {
  const seen = new Map<string, number>();
  for (const ch of text) if (isKeystroke(ch)) seen.set(ch, (seen.get(ch) ?? 0) + 1);
  let lost = 0;
  let duplicated = 0;
  for (const ch of typed) if (!seen.has(ch)) lost++;
  for (const [ch, n] of seen) duplicated += typed.has(ch) ? n - 1 : n;
  return { lost, duplicated };
}

export type CollabChild = { url: string; origin: string; stats(gc?: boolean): Promise<ServerStats>; stop(): Promise<void> };

/** Starts scripts/bench-collab-server.ts with `env` and resolves once it listens. */
export function startCollabChild(env: NodeJS.ProcessEnv): Promise<CollabChild> {
  const child: ChildProcess = fork("scripts/bench-collab-server.ts", [], {
    env,
    execArgv: ["--expose-gc", "--import", "tsx", "--import", "./scripts/hooks/register.mjs"],
    stdio: ["ignore", "inherit", "pipe", "ipc"],
  });
  // Hocuspocus logs each connection it closes as a multi-line object; the
  // benchmark counts those closes itself, so only other lines pass.
  let skipping = false;
  createInterface({ input: child.stderr! }).on("line", (line) => {
    if (line.startsWith("closing connection ")) skipping = !line.endsWith("}") && line.trimEnd().endsWith("{");
    else if (skipping) skipping = line !== "}";
    else console.error(line);
  });
  const waiting: ((s: ServerStats) => void)[] = [];
  return new Promise((resolve, reject) => {
    child.on("exit", (code) => reject(new Error(`the collaboration server exited with ${code}`)));
    child.on("message", (m: ServerMessage) => {
      if (m.type === "stats") waiting.shift()?.(m);
      else if (m.type === "ready")
        resolve({
          url: `ws://127.0.0.1:${m.port}/collab`,
          origin: `http://127.0.0.1:${m.port}`,
          stats: (gc = false) => new Promise((r) => (waiting.push(r), child.send({ type: "stats", gc }))),
          stop: () => new Promise((r) => (child.once("exit", () => r()), child.send({ type: "stop" }))),
        });
    });
  });
}

export { connect, type Client } from "@/scripts/collab-client";

/** Resolves with `check`'s value once it is truthy (polling), or with null after `ms`. */
export async function waitFor<T>(check: () => T, ms: number): Promise<T | null> {
  const end = Date.now() + ms;
  for (;;) {
    const value = check();
    if (value) return value;
    if (Date.now() > end) return null;
    await new Promise((r) => setTimeout(r, 50));
  }
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
