"use client";
import { useState } from "react";

/**
 * The previous value while the new one is equal: a live refresh sends equal data as new objects,
 * which would otherwise rebuild (and remount) every cell.
 */
export function useSameValue<T>(value: T): T {
  const [kept, setKept] = useState(value);
  const same = kept === value || JSON.stringify(kept) === JSON.stringify(value);
  if (!same) setKept(value);
  return same ? kept : value;
}
