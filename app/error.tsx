"use client";
import { useEffect } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("errors");
  useEffect(() => console.error(error), [error]);
  return (
    <main role="alert" className="mx-auto max-w-xl px-6 py-24 text-center">
      <h1 className="mb-3 text-2xl font-semibold">{t("genericTitle")}</h1>
      <p className="mb-6 text-muted-foreground">{t("generic")}</p>
      {error.digest ? <p className="mb-6 font-mono text-xs text-muted-foreground">{error.digest}</p> : null}
      <Button onClick={reset}>{t("retry")}</Button>
    </main>
  );
}
