"use client";
// The newsroom header's links (who is signed in, the admin pages, the site,
// signing out). Wide screens show them in a row; below 760 px (app/globals.css)
// they fold behind a menu button. A disclosure, not an ARIA menu: a button
// with aria-expanded over a list of ordinary links, so keyboards and screen
// readers use it as they use any links. It closes on Escape (the focus goes
// back to the button), a click or the focus moving outside it, a link chosen
// in it, and any change of page.
import { usePathname } from "next/navigation";
import { useId, useRef, useState, type ReactNode } from "react";
import { useDismiss } from "@/components/newsroom/use-dismiss";

type Props = {
  /** The navigation landmark's name. */
  label: string;
  /** The button's text. */
  buttonLabel: string;
  children: ReactNode;
};

export function NewsroomMenu({ label, buttonLabel, children }: Props) {
  const pathname = usePathname();
  const listId = useId();
  const nav = useRef<HTMLElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  // Open on the page it was opened on: another page closes it, with no effect to run.
  const [openOn, setOpenOn] = useState<string | null>(null);
  const open = openOn === pathname;

  useDismiss(open, nav, button, () => setOpenOn(null));

  return (
    <nav
      ref={nav}
      className="newsroom-nav"
      aria-label={label}
      data-open={open ? "" : undefined}
      onBlur={(event) => {
        // Tabbing past the last link leaves the menu: it closes rather than cover the page being tabbed through.
        if (open && event.relatedTarget && !nav.current?.contains(event.relatedTarget as Node)) setOpenOn(null);
      }}
    >
      <button ref={button} type="button" className="newsroom-menu-button" aria-expanded={open} aria-controls={listId} onClick={() => setOpenOn(open ? null : pathname)}>
        <span className="menu-icon" aria-hidden="true" />
        {buttonLabel}
      </button>
      <div
        id={listId}
        className="newsroom-menu"
        onClick={(event) => {
          if ((event.target as Element).closest("a")) setOpenOn(null);
        }}
      >
        {children}
      </div>
    </nav>
  );
}
