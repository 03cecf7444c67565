// Suggesting mode (components/newsroom/editor/suggestions/) on a headless
// Tiptap editor with the body's extensions: a writer's transactions go through
// the extension's dispatchTransaction hook as in the browser, so typing and
// deleting become suggestions, commands accept and reject them, and what
// comes from the shared document passes untouched.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { Editor } from "@tiptap/core";
import { EditorState, type Transaction } from "@tiptap/pm/state";
import { ySyncPluginKey } from "@tiptap/y-tiptap";
import { bodyExtensions } from "@/lib/content/extensions";
import type { JsonNode } from "@/lib/content/body";
import { openSuggestions, suggestionAuthor } from "@/lib/content/suggestions";
import { isSuggesting, SuggestionMode, type SuggestionModeOptions } from "@/components/newsroom/editor/suggestions/extension";

const p = (...content: JsonNode[]): JsonNode => ({ type: "paragraph", content });
const text = (t: string, ...marks: JsonNode["marks"] & object): JsonNode => (marks.length ? { type: "text", text: t, marks } : { type: "text", text: t });
const doc = (...content: JsonNode[]): JsonNode => ({ type: "doc", content });

const editors: Editor[] = [];
afterEach(() => editors.splice(0).forEach((e) => e.destroy()));
// Node 20 has no navigator; Tiptap's keyboard shortcuts ask it for the platform.
beforeAll(() => {
  if (typeof navigator === "undefined") vi.stubGlobal("navigator", { platform: "Linux", userAgent: "node", maxTouchPoints: 0 });
});
afterAll(() => vi.unstubAllGlobals());

/**
 * An unmounted editor whose state has the extensions' plugins, and `type`,
 * which sends a transaction through the extensions' dispatchTransaction
 * hooks the way the mounted view does.
 */
function setup(options: Partial<SuggestionModeOptions> = {}, content: JsonNode = doc(p(text("Hello world")), p(text("Second")))) {
  const editor = new Editor({
    extensions: [...bodyExtensions, SuggestionMode.configure({ userId: "lan", suggesting: true, canResolve: true, ...options })],
    content,
  });
  editors.push(editor);
  editor.view.updateState(EditorState.create({ schema: editor.schema, doc: editor.state.doc, plugins: editor.extensionManager.plugins }));
  const passed: Transaction[] = [];
  const dispatch = editor.extensionManager.dispatchTransaction((tr) => {
    passed.push(tr);
    editor.view.updateState(editor.state.apply(tr));
  });
  const type = (make: (s: EditorState) => Transaction) => dispatch(make(editor.state));
  const json = () => editor.getJSON() as JsonNode;
  return { editor, type, passed, json };
}

const marksOf = (body: JsonNode) =>
  (body.content ?? []).flatMap((block) => (block.content ?? []).map((n) => [n.text, ...(n.marks ?? []).map((m) => m.type)]));

describe("suggesting mode", () => {
  it("starts as configured and can be switched, unless locked", () => {
    const { editor } = setup({ suggesting: false });
    expect(isSuggesting(editor.state)).toBe(false);
    expect(editor.commands.setSuggesting(true)).toBe(true);
    expect(isSuggesting(editor.state)).toBe(true);
    const locked = setup({ suggesting: false, locked: true }).editor;
    expect(isSuggesting(locked.state)).toBe(true);
    expect(locked.commands.setSuggesting(false)).toBe(false);
    expect(isSuggesting(locked.state)).toBe(true);
  });

  it("records typed text as an insertion by the writer, with when", () => {
    const { type, json } = setup();
    const before = Date.now();
    type((s) => s.tr.insertText(" big", 6));
    type((s) => s.tr.insertText("!", 10));
    expect(marksOf(json())).toEqual([["Hello"], [" big!", "insertion"], [" world"], ["Second"]]);
    const [suggestion] = openSuggestions(json());
    expect(suggestion).toMatchObject({ kind: "insertion", inserted: " big!", userId: "lan" });
    expect(suggestionAuthor(suggestion.id)!.at.getTime()).toBeGreaterThanOrEqual(before - 1000);
  });

  it("keeps deleted text, marked as a deletion", () => {
    const { type, json } = setup();
    type((s) => s.tr.delete(7, 12));
    expect(marksOf(json())).toEqual([["Hello "], ["world", "deletion"], ["Second"]]);
  });

  it("edits directly when switched to editing", () => {
    const { editor, type, json } = setup();
    editor.commands.setSuggesting(false);
    type((s) => s.tr.delete(7, 12));
    expect(json()).toEqual(doc(p(text("Hello ")), p(text("Second"))));
  });

  it("accepts and rejects all, and one at a time", () => {
    const { editor, type, json } = setup();
    type((s) => s.tr.insertText("big ", 7));
    type((s) => s.tr.delete(20, 24));
    const body = json();
    expect(openSuggestions(body)).toHaveLength(2);

    expect(editor.commands.acceptAllSuggestions()).toBe(true);
    expect(json()).toEqual(doc(p(text("Hello big world")), p(text("Se"))));

    editor.commands.setContent(body);
    expect(editor.commands.rejectAllSuggestions()).toBe(true);
    expect(json()).toEqual(doc(p(text("Hello world")), p(text("Second"))));

    editor.commands.setContent(body);
    const [insertion, deletion] = openSuggestions(body);
    expect(editor.commands.rejectSuggestion(insertion.id)).toBe(true);
    expect(editor.commands.acceptSuggestion(deletion.id)).toBe(true);
    expect(json()).toEqual(doc(p(text("Hello world")), p(text("Se"))));
    expect(editor.commands.acceptSuggestion(deletion.id)).toBe(false);
  });

  it("lets only those who may edit accept, and the author withdraw their own", () => {
    const { editor, type, json } = setup({ canResolve: false });
    type((s) => s.tr.insertText("big ", 7));
    const [own] = openSuggestions(json());
    expect(editor.commands.acceptSuggestion(own.id)).toBe(false);
    expect(editor.commands.acceptAllSuggestions()).toBe(false);
    expect(editor.commands.rejectSuggestion(own.id)).toBe(true);
    expect(json()).toEqual(doc(p(text("Hello world")), p(text("Second"))));
  });

  it("undoes a suggested paragraph break when rejected", () => {
    const { editor, type, json } = setup();
    type((s) => s.tr.split(6));
    expect(openSuggestions(json())).toHaveLength(1);
    expect(json().content).toHaveLength(3);
    editor.commands.rejectAllSuggestions();
    expect(json()).toEqual(doc(p(text("Hello world")), p(text("Second"))));
  });

  it("proposes a changed block type as the old block deleted and the new one inserted, with text marks only", () => {
    const { editor, type, json } = setup();
    type((s) => s.tr.setBlockType(1, 1, editor.schema.nodes.heading, { level: 2 }));
    const body = json();
    expect(body.content!.map((b) => [b.type, b.marks, b.content?.[0].marks?.map((m) => m.type)])).toEqual([
      ["paragraph", undefined, ["deletion"]],
      ["heading", undefined, ["insertion"]],
      ["paragraph", undefined, undefined],
    ]);
    editor.commands.acceptAllSuggestions();
    expect(json()).toEqual(doc({ type: "heading", attrs: { level: 2 }, content: [text("Hello world")] }, p(text("Second"))));
  });

  it("refuses a change text marks cannot hold (an image), leaving the body as it was", () => {
    const onRefused = vi.fn();
    const { editor, type, json } = setup({ onRefused });
    type((s) => s.tr.insert(13, editor.schema.nodes.figure.create({ src: "/media/photo.webp" })));
    expect(json()).toEqual(doc(p(text("Hello world")), p(text("Second"))));
    expect(onRefused).toHaveBeenCalledOnce();
    expect(editor.storage.suggestionMode.refusals).toBe(1);
  });

  it("keeps each person's suggestions their own", () => {
    const { type, json } = setup();
    type((s) => s.tr.insertText(" big", 6));
    const minh = setup({ userId: "minh" }, json());
    minh.type((s) => s.tr.insertText("X", 10));
    expect(openSuggestions(minh.json()).map((s) => [s.userId, s.inserted])).toEqual([
      ["lan", " big"],
      ["minh", "X"],
    ]);
  });

  it("passes changes from the shared document through untouched", () => {
    const { type, passed, json } = setup();
    const remote = (s: EditorState) => s.tr.insertText("remote ", 1).setMeta(ySyncPluginKey, { isChangeOrigin: true });
    let sent: Transaction | undefined;
    type((s) => (sent = remote(s)));
    expect(passed.at(-1)).toBe(sent);
    expect(json()).toEqual(doc(p(text("remote Hello world")), p(text("Second"))));
    type((s) => (sent = s.tr.delete(1, 8).setMeta("addToHistory", false)));
    expect(passed.at(-1)).toBe(sent);
    expect(json()).toEqual(doc(p(text("Hello world")), p(text("Second"))));
  });
});
