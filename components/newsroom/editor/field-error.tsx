// A field's refusal from the last save, under the field, announced at once.
export function FieldError({ messages }: { messages?: string[] }) {
  return messages?.length ? (
    <span className="field-error" role="alert">
      {messages.join(" ")}
    </span>
  ) : null;
}
