import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/db";
import { getNotificationPreferences } from "@/db/queries/notifications";
import { requireUser } from "@/lib/auth/session";
import { mailConfigured } from "@/lib/notifications/mail-config";
import { NotificationPreferencesForm } from "@/components/notifications/notification-preferences-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("notifications.settings"))("title") };
}

export const dynamic = "force-dynamic";

/** Per reason: mail at once, in the daily digest, or none. Says so when this server sends no mail. */
export default async function NotificationSettingsPage() {
  const user = await requireUser("/settings/notifications");
  const t = await getTranslations("notifications.settings");
  const delivery = await getNotificationPreferences(await getDb(), user.id);
  const mail = mailConfigured();
  return (
    <div className="mx-auto max-w-3xl space-y-4">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="text-muted-foreground">{t("intro")}</p>
      {mail ? (
        <p className="text-sm">{t("mailTo", { email: user.email })}</p>
      ) : (
        <p className="rounded-md border border-amber-500/60 bg-amber-500/10 p-3 text-sm" data-testid="no-mail">
          {t("noMail")}
        </p>
      )}
      <NotificationPreferencesForm delivery={delivery} />
    </div>
  );
}
