"use client";
import { useEffect, useState, useTransition } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { markAllNotificationsReadAction, markNotificationReadAction } from "@/app/(workspace)/notifications/actions";
import type { PresentedNotification } from "@/lib/notifications/present";
import { Button } from "@/components/ui/button";
import { cn } from "@/lib/utils";
import { onNewNotifications } from "./notification-events";
import { NotificationTime } from "./notification-time";

/** The full list: open an item (which marks it read), mark one or all read; new ones appear live. */
export function NotificationList({ items }: { items: PresentedNotification[] }) {
  const t = useTranslations("notifications");
  const router = useRouter();
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  useEffect(() => onNewNotifications(() => router.refresh()), [router]);

  const run = (action: () => Promise<{ ok: boolean }>) =>
    start(async () => {
      const result = await action();
      setError(result.ok ? null : t("markFailed"));
      router.refresh();
    });
  const unread = items.filter((n) => !n.readAt).length;

  return (
    <div className="space-y-3">
      <div className="flex justify-end">
        <Button
          variant="outline"
          size="sm"
          disabled={pending || unread === 0}
          onClick={() => run(() => markAllNotificationsReadAction({}))}
        >
          {t("markAllRead")}
        </Button>
      </div>
      {error ? (
        <p role="alert" className="text-sm text-destructive">
          {error}
        </p>
      ) : null}
      <ul aria-label={t("title")} className="divide-y rounded-md border">
        {items.map((n) => (
          <li
            key={n.id}
            className={cn("flex flex-wrap items-start gap-2 p-3 sm:flex-nowrap", !n.readAt && "bg-primary/5")}
          >
            <div className="min-w-0 flex-1">
              <Link
                href={n.href}
                onClick={() => {
                  if (!n.readAt) void markNotificationReadAction({ id: n.id });
                }}
                className="break-words underline-offset-2 hover:underline"
              >
                {!n.readAt ? <span className="sr-only">{t("unreadBadge")}: </span> : null}
                <span className={cn(!n.readAt && "font-medium")}>{n.message}</span>
              </Link>
              <p className="text-xs text-muted-foreground">
                <NotificationTime at={n.createdAt} />
              </p>
            </div>
            {!n.readAt ? (
              <Button
                variant="ghost"
                size="sm"
                disabled={pending}
                aria-label={t("markReadNamed", { sentence: n.message })}
                onClick={() => run(() => markNotificationReadAction({ id: n.id }))}
              >
                {t("markRead")}
              </Button>
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
