import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { getDb } from "@/db";
import { listNotifications } from "@/db/queries/notifications";
import { requireUser } from "@/lib/auth/session";
import { matchLocale } from "@/lib/i18n/config";
import { presentNotification } from "@/lib/notifications/present";
import { EmptyState } from "@/components/ui/empty-state";
import { NotificationList } from "@/components/notifications/notification-list";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("notifications"))("title") };
}

/** Everything the signed-in person was told, newest first (the latest 200). */
export default async function NotificationsPage() {
  const user = await requireUser("/notifications");
  const [t, locale] = [await getTranslations("notifications"), matchLocale(await getLocale())];
  const items = (await listNotifications(await getDb(), user.id, { limit: 200 })).map((n) =>
    presentNotification(n, locale),
  );
  return (
    <div className="mx-auto max-w-3xl space-y-4">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <Link href="/settings/notifications" className="text-sm underline underline-offset-2">
          {t("settingsLink")}
        </Link>
      </div>
      {items.length ? <NotificationList items={items} /> : <EmptyState title={t("empty")} hint={t("emptyHint")} />}
    </div>
  );
}
