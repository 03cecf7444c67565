// The body as ProseMirror JSON (what the editor sends and the database
// keeps), in a module of its own so the node kinds' files can name it
// without importing the extension list that imports them.
export type JsonNode = {
  type: string;
  attrs?: Record<string, unknown>;
  content?: JsonNode[];
  marks?: { type: string; attrs?: Record<string, unknown> }[];
  text?: string;
};
