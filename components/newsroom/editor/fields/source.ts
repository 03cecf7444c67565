// What every field component of the editor reads: the shared document and
// whether it may be written (a subset of SharedDocument, so fields can be
// rendered from a test document), and the server's complaints per field.
import type { SharedTextSource } from "@/components/newsroom/editor/collab/use-shared-text";
import type { SharedValueSource } from "@/components/newsroom/editor/collab/use-shared-value";

export type FieldsSource = SharedTextSource & SharedValueSource;

/** Messages per field name, already in the writer's language ({type:"invalid"}'s fieldErrors). */
export type FieldErrors = Record<string, string[]>;
