// The "latest value" ref: for handlers made once (the editor's key, paste and
// drop handlers, timers) that must see this render's value. It is written
// after render, in a layout effect, so rendering stays pure; every event and
// timer runs after that, so none sees a stale value.
import { useLayoutEffect, useRef, type RefObject } from "react";

export function useLatest<T>(value: T): RefObject<T> {
  const ref = useRef(value);
  useLayoutEffect(() => {
    ref.current = value;
  });
  return ref;
}
