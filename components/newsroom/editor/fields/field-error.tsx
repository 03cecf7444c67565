// The server's complaint about one field, next to it.
import type { FieldErrors } from "@/components/newsroom/editor/fields/source";

export function FieldError({ errors, name }: { errors: FieldErrors; name: string }) {
  const messages = errors[name];
  return messages?.length ? (
    <span className="field-error" role="alert">
      {messages.join(" ")}
    </span>
  ) : null;
}
