import Link from "next/link";
import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/session";
import { actorOf, authorize } from "@/lib/permissions";
import { getDb } from "@/db";
import { countOverdueActions } from "@/db/queries/my-work";
import { todayUtc } from "@/db/queries/recommendations";
import { REQUEST_PATH_HEADER } from "@/proxy";
import { MainNav } from "@/components/shell/main-nav";
import { UserMenu } from "@/components/shell/user-menu";
import { NotificationBell } from "@/components/shell/notification-bell";
import { countUnreadNotifications } from "@/db/queries/notifications";

export default async function WorkspaceLayout({ children }: { children: React.ReactNode }) {
  // Layout and page render in parallel, so the layout's redirect must also carry the path to return to.
  const user = await requireUser((await headers()).get(REQUEST_PATH_HEADER) ?? "/recommendations");
  const t = await getTranslations("app");
  const actor = actorOf(user);
  const isAdmin = authorize(actor, { action: "user.manage" }).allowed;
  // My work is listed for whoever has a work queue: a member's own agency, or (coordinators and
  // administrators) every agency, which is also what the overdue badge counts. One count query.
  const ownQueue = authorize(actor, { action: "mywork.read", agencyId: actor.agencyId }).allowed;
  const overview = authorize(actor, { action: "mywork.read", agencyId: null }).allowed;
  const myWork =
    ownQueue || overview
      ? {
          overdue: await countOverdueActions(await getDb(), {
            agencyId: overview ? null : actor.agencyId,
            today: todayUtc(),
          }),
        }
      : null;
  const unread = await countUnreadNotifications(await getDb(), user.id);
  return (
    <div className="min-h-dvh">
      <a
        href="#content"
        className="sr-only focus:not-sr-only focus:fixed focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-card focus:px-3 focus:py-2"
      >
        {t("skipToContent")}
      </a>
      <header className="sticky top-0 z-40 border-b bg-background/95 backdrop-blur">
        <div className="mx-auto flex h-14 max-w-7xl items-center gap-2 px-4 sm:gap-4">
          <Link
            href="/recommendations"
            className="flex shrink-0 items-center gap-2 font-semibold"
            aria-label={t("name")}
          >
            <span aria-hidden className="flex gap-0.5">
              <span className="size-2.5 rounded-full bg-shenzhen" />
              <span className="size-2.5 rounded-full bg-hong-kong" />
            </span>
            {/* On a phone the two dots stand for the name, leaving the width to the navigation. */}
            <span className="hidden sm:inline">{t("name")}</span>
          </Link>
          <MainNav isAdmin={isAdmin} myWork={myWork} />
          <div className="ml-auto flex items-center gap-1">
            <NotificationBell initialUnread={unread} />
            <UserMenu name={user.name} email={user.email} role={user.role} agency={user.agency?.abbreviation ?? null} />
          </div>
        </div>
      </header>
      <main id="content" tabIndex={-1} className="mx-auto max-w-7xl px-4 py-6 focus:outline-none">
        {children}
      </main>
    </div>
  );
}
