// The one way to show a form's or panel's error: a line in the error style
// (the "form-error" class, which the stylesheet and the e2e tests rely on),
// announced to screen readers at once (role="alert"). Renders nothing while
// there is no message, so callers can write <FormError>{error}</FormError>.
// No "use client": server pages and client forms alike use it.
import type { ReactNode } from "react";

type Props = {
  /** The message; null, undefined, false or "" render nothing. */
  children: ReactNode;
  id?: string;
  /** Extra classes, e.g. a layout class from a CSS module. */
  className?: string;
  /** A <span> beside buttons on one line instead of a paragraph. */
  inline?: boolean;
  /** False for an error shown beside another that is already announced (a field's, under the form's). */
  announce?: boolean;
};

export function FormError({ children, id, className, inline = false, announce = true }: Props) {
  if (children === null || children === undefined || children === false || children === "") return null;
  const Tag = inline ? "span" : "p";
  return (
    <Tag id={id} className={className ? `form-error ${className}` : "form-error"} role={announce ? "alert" : undefined}>
      {children}
    </Tag>
  );
}
