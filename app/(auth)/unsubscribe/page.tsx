import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/db";
import { lookUpUnsubscribe } from "@/lib/notifications/unsubscribe";
import { UnsubscribeForm } from "./unsubscribe-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("notifications.unsubscribe"))("title") };
}

export const dynamic = "force-dynamic";

/**
 * Where a mail's unsubscribe link lands, signed in or not. Opening it changes nothing (mail
 * scanners open links): it says what the link stops, and a button confirms.
 */
export default async function UnsubscribePage({
  searchParams,
}: {
  searchParams: Promise<{ token?: string | string[] }>;
}) {
  const { token } = await searchParams;
  const t = await getTranslations();
  const found =
    typeof token === "string"
      ? await lookUpUnsubscribe(await getDb(), token)
      : ({ ok: false, why: "invalid" } as const);
  const reason = found.ok && found.scope.reason !== "all" ? t(`notifications.reasons.${found.scope.reason}`) : null;
  return (
    <main id="content" className="flex min-h-dvh items-center justify-center bg-muted/40 px-4">
      <div className="w-full max-w-md space-y-4 rounded-lg border bg-card p-8 shadow-sm">
        <p className="text-sm font-medium text-primary">{t("app.name")}</p>
        <h1 className="text-2xl font-semibold">{t("notifications.unsubscribe.title")}</h1>
        {found.ok ? (
          <UnsubscribeForm
            token={token as string}
            question={
              reason
                ? t("notifications.unsubscribe.confirmReason", { email: found.email, reason })
                : t("notifications.unsubscribe.confirmAll", { email: found.email })
            }
            done={
              reason
                ? t("notifications.unsubscribe.doneReason", { email: found.email, reason })
                : t("notifications.unsubscribe.doneAll", { email: found.email })
            }
          />
        ) : (
          <p role="alert" className="text-sm">
            {t(`notifications.unsubscribe.${found.why}`)}
          </p>
        )}
      </div>
    </main>
  );
}
