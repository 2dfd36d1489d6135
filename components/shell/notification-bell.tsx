"use client";
import { useCallback, useEffect, useId, useState } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Bell } from "lucide-react";
import { markAllNotificationsReadAction, markNotificationReadAction } from "@/app/(workspace)/notifications/actions";
import type { PresentedNotification } from "@/lib/notifications/present";
import { Button } from "@/components/ui/button";
import { Popover, PopoverClose, PopoverContent, PopoverTrigger } from "@/components/ui/popover";
import { cn } from "@/lib/utils";
import { onNewNotifications } from "@/components/notifications/notification-events";
import { NotificationTime } from "@/components/notifications/notification-time";

/** How many the popover lists; the page lists the rest. */
const SHOWN = 8;

/**
 * The bell in the top bar: the unread count (in the button's name for screen readers), and a
 * popover with the latest notifications. New ones arrive over the event stream: the count moves
 * without a reload, and the list is fetched again when the popover opens or is open.
 */
export function NotificationBell({ initialUnread }: { initialUnread: number }) {
  const t = useTranslations("notifications");
  const router = useRouter();
  const [unread, setUnread] = useState(initialUnread);
  const [items, setItems] = useState<PresentedNotification[] | null>(null);
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const titleId = useId();

  const load = useCallback(async () => {
    try {
      const res = await fetch("/api/v1/notifications", { cache: "no-store" });
      if (!res.ok) throw new Error(String(res.status));
      const body = (await res.json()) as { data: PresentedNotification[]; unread: number };
      setItems(body.data.slice(0, SHOWN));
      setUnread(body.unread);
      setError(null);
    } catch {
      setError(t("loadFailed"));
    }
  }, [t]);

  // A server render (after marking read on the list page, say) brings the count it read: adopt it
  // while rendering, React's way of deriving state from a prop that changed.
  const [rendered, setRendered] = useState(initialUnread);
  if (rendered !== initialUnread) {
    setRendered(initialUnread);
    setUnread(initialUnread);
  }
  useEffect(() => onNewNotifications(() => void load()), [load]);

  function toggle(next: boolean) {
    setOpen(next);
    if (next) void load();
  }

  async function openItem(n: PresentedNotification) {
    setOpen(false);
    if (!n.readAt) {
      const result = await markNotificationReadAction({ id: n.id });
      if (result.ok) setUnread(result.data.unread);
    }
    router.push(n.href);
  }

  async function markAll() {
    const result = await markAllNotificationsReadAction({});
    if (!result.ok) return setError(t("markFailed"));
    setUnread(0);
    setItems((list) => list?.map((n) => ({ ...n, readAt: n.readAt ?? new Date().toISOString() })) ?? null);
    router.refresh();
  }

  return (
    <Popover open={open} onOpenChange={toggle}>
      <PopoverTrigger asChild>
        <Button variant="ghost" size="icon" className="relative" data-testid="notification-bell">
          <Bell aria-hidden />
          {unread > 0 ? (
            <span
              aria-hidden
              className="absolute -right-0.5 -top-0.5 flex h-4 min-w-4 items-center justify-center rounded-full bg-destructive px-1 text-[10px] font-semibold leading-none text-white dark:text-neutral-950"
            >
              {unread > 99 ? "99+" : unread}
            </span>
          ) : null}
          <span className="sr-only">{t("bellLabel", { count: unread })}</span>
        </Button>
      </PopoverTrigger>
      <PopoverContent align="end" aria-labelledby={titleId} className="w-[min(24rem,calc(100vw-1rem))] p-0">
        <div className="flex items-center justify-between gap-2 border-b px-3 py-2">
          <h2 id={titleId} className="text-sm font-semibold">
            {t("title")}
          </h2>
          <Button variant="ghost" size="sm" onClick={markAll} disabled={unread === 0}>
            {t("markAllRead")}
          </Button>
        </div>
        {error ? (
          <p role="alert" className="px-3 py-2 text-sm text-destructive">
            {error}
          </p>
        ) : null}
        {items && items.length === 0 ? (
          <p className="px-3 py-6 text-center text-sm text-muted-foreground">{t("empty")}</p>
        ) : null}
        {items && items.length > 0 ? (
          <ul aria-label={t("listLabel")} className="max-h-[60vh] divide-y overflow-y-auto">
            {items.map((n) => (
              <li key={n.id}>
                <a
                  href={n.href}
                  onClick={(e) => {
                    e.preventDefault();
                    void openItem(n);
                  }}
                  className={cn(
                    "block px-3 py-2 text-sm hover:bg-muted focus-visible:bg-muted focus-visible:outline-none",
                    !n.readAt && "bg-primary/5",
                  )}
                >
                  <span className="flex items-start gap-2">
                    {!n.readAt ? (
                      <span className="mt-1.5 size-2 shrink-0 rounded-full bg-primary">
                        <span className="sr-only">{t("unreadBadge")}: </span>
                      </span>
                    ) : null}
                    <span className="min-w-0 break-words">{n.message}</span>
                  </span>
                  <span className="mt-0.5 block text-xs text-muted-foreground">
                    <NotificationTime at={n.createdAt} />
                  </span>
                </a>
              </li>
            ))}
          </ul>
        ) : null}
        <div className="flex flex-wrap justify-between gap-2 border-t px-3 py-2 text-sm">
          <PopoverClose asChild>
            <Link href="/notifications" className="underline underline-offset-2">
              {t("seeAll")}
            </Link>
          </PopoverClose>
          <PopoverClose asChild>
            <Link href="/settings/notifications" className="underline underline-offset-2">
              {t("settingsLink")}
            </Link>
          </PopoverClose>
        </div>
      </PopoverContent>
    </Popover>
  );
}
