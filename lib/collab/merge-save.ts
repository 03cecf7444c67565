// The three-way rule for saves through the JSON API (PUT /api/articles/<id>
// with the version the caller started from), now that others may change the
// article meanwhile through the shared document. Per field:
// - the caller did not change it (mine equals base): keep the current value;
// - the caller changed it and nobody else did (current equals base): take mine;
// - both changed it to the same value (current equals mine): nothing to do;
// - both changed it differently: a conflict; the save is refused as a whole
//   and names the fields, so the caller can reload and redo only those.
// Values are compared as JSON (lib/collab/json-equal.ts), bodies included.
import type { EditorFields } from "@/lib/articles/editor-state";
import { BODY_FIELD, TEXT_FIELDS, VALUE_FIELDS } from "@/lib/collab/layout";
import { jsonEqual } from "@/lib/collab/json-equal";

export type MergeResult =
  | { ok: true; changes: Partial<EditorFields> }
  | { ok: false; conflicting: (keyof EditorFields)[] };

const FIELD_NAMES = [...TEXT_FIELDS, ...VALUE_FIELDS, BODY_FIELD] as const;
// Compile-time check that the list names every editor field.
type Missing = Exclude<keyof EditorFields, (typeof FIELD_NAMES)[number]>;
const everyField: Missing extends never ? true : never = true;
void everyField;

/**
 * What to write for a save of `mine` that started from `base`, given the
 * article's `current` state. `base` is null when the caller's base version is
 * the current version (nothing happened since it loaded): then `current` is
 * the base, and every field that differs from it is the caller's change.
 */
export function mergeSave(base: EditorFields | null, mine: EditorFields, current: EditorFields): MergeResult {
  const from = base ?? current;
  const changes: Partial<Record<keyof EditorFields, unknown>> = {};
  const conflicting: (keyof EditorFields)[] = [];
  for (const name of FIELD_NAMES) {
    if (jsonEqual(mine[name], from[name])) continue;
    if (jsonEqual(current[name], from[name])) changes[name] = mine[name];
    else if (!jsonEqual(current[name], mine[name])) conflicting.push(name);
  }
  return conflicting.length > 0 ? { ok: false, conflicting } : { ok: true, changes: changes as Partial<EditorFields> };
}
