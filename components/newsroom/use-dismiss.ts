"use client";
// Closing a popup the way people expect: Escape (the focus goes back to the
// control that opened it) or a press anywhere outside it. Shared by the
// newsroom menu and the notification bell.
import { useEffect, type RefObject } from "react";

export function useDismiss(open: boolean, inside: RefObject<HTMLElement | null>, opener: RefObject<HTMLElement | null>, close: () => void) {
  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "Escape") return;
      close();
      opener.current?.focus();
    };
    const onPointer = (event: PointerEvent) => {
      if (!inside.current?.contains(event.target as Node)) close();
    };
    document.addEventListener("keydown", onKey);
    document.addEventListener("pointerdown", onPointer);
    return () => {
      document.removeEventListener("keydown", onKey);
      document.removeEventListener("pointerdown", onPointer);
    };
    // `close` may be a new function each render; the listeners only need the latest while open.
  }, [open]); // eslint-disable-line react-hooks/exhaustive-deps
}
