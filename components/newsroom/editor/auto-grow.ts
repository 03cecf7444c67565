"use client";
// Text boxes that grow to show their whole text (the title, figure
// captions). CSS does it (`field-sizing: content`, writing.module.css .grow);
// where the browser lacks it (Firefox, older Safari) the box is sized to its
// scroll height whenever its text or the window's width changes.
import { useCallback, useEffect, useLayoutEffect, useRef, type Ref } from "react";

const cssGrows = () => typeof CSS !== "undefined" && CSS.supports("field-sizing", "content");

function fit(el: HTMLTextAreaElement) {
  el.style.height = "auto";
  const border = el.offsetHeight - el.clientHeight;
  el.style.height = `${el.scrollHeight + border}px`;
}

/** A ref for the <textarea> showing `value`; give it the `.grow` class as well. */
export function useAutoGrow(value: string): (el: HTMLTextAreaElement | null) => void {
  const el = useRef<HTMLTextAreaElement | null>(null);
  useLayoutEffect(() => {
    if (el.current && !cssGrows()) fit(el.current);
  }, [value]);
  useEffect(() => {
    if (cssGrows()) return;
    const refit = () => el.current && fit(el.current);
    window.addEventListener("resize", refit);
    return () => window.removeEventListener("resize", refit);
  }, []);
  return useCallback((node: HTMLTextAreaElement | null) => {
    el.current = node;
  }, []);
}

/** One ref callback that sets several refs (the shared text's and the grow hook's). */
export function mergeRefs<T>(...refs: (Ref<T> | undefined)[]): (node: T | null) => void {
  return (node) => {
    for (const ref of refs) {
      if (typeof ref === "function") ref(node);
      else if (ref) ref.current = node;
    }
  };
}
