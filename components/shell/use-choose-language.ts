"use client";
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { chooseLanguage } from "@/app/language-actions";
import type { SupportedLocale } from "@/lib/i18n/config";

/** Switches the interface language, then re-renders the page in it; `error` says when it failed. */
export function useChooseLanguage() {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const choose = (locale: SupportedLocale) =>
    startTransition(async () => {
      const result = await chooseLanguage({ locale });
      if (!result.ok) return setError(result.error);
      setError(null);
      router.refresh();
    });
  return { choose, pending, error };
}
