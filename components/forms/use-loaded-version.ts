"use client";
import { useState } from "react";

/**
 * The server values an edit form was opened on. When the page re-renders with newer values (a live
 * refresh after someone else's change), an untouched form adopts them; a form its user has
 * touched keeps the version it was based on, so saving it is refused as a conflict instead of
 * silently overwriting the other change.
 */
export function useLoadedVersion<T extends { version: number }>(current: T, onAdopt: (values: T) => void) {
  const [loaded, setLoaded] = useState(current);
  const [dirty, setDirty] = useState(false);
  if (current.version !== loaded.version && !dirty) {
    // Adjusting state while rendering (React's documented pattern for props that change).
    setLoaded(current);
    onAdopt(current);
  }
  return {
    version: loaded.version,
    touch: () => setDirty(true),
    /** After a successful save: the next server values are ours, adopt them. */
    saved: () => setDirty(false),
  };
}
