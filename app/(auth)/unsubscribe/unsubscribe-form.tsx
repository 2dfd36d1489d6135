"use client";
import { useState, useTransition } from "react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { confirmUnsubscribeAction } from "./actions";

export function UnsubscribeForm({ token, question, done }: { token: string; question: string; done: string }) {
  const t = useTranslations("notifications");
  const [pending, start] = useTransition();
  const [outcome, setOutcome] = useState<"done" | "invalid" | "expired" | "failed" | null>(null);

  if (outcome === "done") {
    return (
      <div role="status" className="space-y-2">
        <p>{done}</p>
        <p className="text-sm text-muted-foreground">
          {t("unsubscribe.changeLater")}{" "}
          <Link href="/settings/notifications" className="underline underline-offset-2">
            {t("settingsLink")}
          </Link>
        </p>
      </div>
    );
  }
  return (
    <form
      className="space-y-4"
      onSubmit={(e) => {
        e.preventDefault();
        start(async () => {
          const result = await confirmUnsubscribeAction({ token });
          setOutcome(result.ok ? "done" : (result.why ?? "failed"));
        });
      }}
    >
      <p>{question}</p>
      <p className="text-sm text-muted-foreground">{t("unsubscribe.keepInApp")}</p>
      {outcome ? (
        <p role="alert" className="text-sm text-destructive">
          {t(`unsubscribe.${outcome}`)}
        </p>
      ) : null}
      <Button type="submit" disabled={pending}>
        {t("unsubscribe.confirm")}
      </Button>
    </form>
  );
}
