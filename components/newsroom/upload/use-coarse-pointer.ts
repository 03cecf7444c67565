// Whether the main pointer is a finger (phones, tablets): where a "Take a
// photo" control makes sense. Read from the media query, so it follows a
// change (a tablet's keyboard and trackpad attached); false on the server
// and in the first render, so server and browser render the same markup.
import { useSyncExternalStore } from "react";

const QUERY = "(pointer: coarse)";

function subscribe(onChange: () => void) {
  const list = window.matchMedia(QUERY);
  list.addEventListener("change", onChange);
  return () => list.removeEventListener("change", onChange);
}

export function useCoarsePointer(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => window.matchMedia(QUERY).matches,
    () => false,
  );
}
