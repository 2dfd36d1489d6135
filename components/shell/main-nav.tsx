"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";
import { cn } from "@/lib/utils";

/**
 * Sections are listed only once they exist; a later issue adds Agencies.
 * `match` is the path prefix that marks a section current (Admin spans several pages).
 * My work comes first, for those who do the work (agency members) or steer it (coordinators).
 */
const sections = [
  { href: "/my-work", match: "/my-work", key: "myWork", show: "myWork" },
  { href: "/dashboard", match: "/dashboard", key: "dashboard", show: "all" },
  { href: "/recommendations", match: "/recommendations", key: "recommendations", show: "all" },
  { href: "/actions", match: "/actions", key: "actions", show: "all" },
  { href: "/rounds", match: "/rounds", key: "rounds", show: "all" },
  { href: "/activity", match: "/activity", key: "activity", show: "all" },
  { href: "/reports", match: "/reports", key: "reports", show: "all" },
  { href: "/admin/users", match: "/admin", key: "admin", show: "admin" },
  { href: "/settings/tokens", match: "/settings/tokens", key: "tokens", show: "all" },
] as const;

/**
 * `isAdmin` and `myWork` only decide what is listed; each page checks permission itself.
 * `myWork` is null for those without a work queue (viewers), else the overdue count its badge shows.
 */
export function MainNav({
  isAdmin = false,
  myWork = null,
}: {
  isAdmin?: boolean;
  myWork?: { overdue: number } | null;
}) {
  const t = useTranslations("nav");
  const pathname = usePathname();
  return (
    <nav aria-label={t("main")} className="flex min-w-0 items-center gap-1 overflow-x-auto whitespace-nowrap">
      {sections
        .filter((s) => s.show === "all" || (s.show === "admin" ? isAdmin : myWork !== null))
        .map((s) => {
          const active = pathname === s.match || pathname.startsWith(`${s.match}/`);
          const overdue = s.key === "myWork" ? (myWork?.overdue ?? 0) : 0;
          return (
            <Link
              key={s.href}
              href={s.href}
              aria-current={active ? "page" : undefined}
              className={cn(
                "inline-flex items-center gap-1.5 rounded-md px-3 py-1.5 text-sm font-medium text-muted-foreground hover:bg-accent hover:text-foreground",
                active && "bg-accent text-foreground",
              )}
            >
              {t(s.key)}
              {overdue > 0 ? (
                <>
                  <span
                    aria-hidden
                    data-testid="overdue-badge"
                    className="rounded-full bg-red-700 px-1.5 text-xs font-semibold leading-5 text-white dark:bg-red-300 dark:text-red-950"
                  >
                    {overdue}
                  </span>
                  <span className="sr-only">{t("overdueCount", { count: overdue })}</span>
                </>
              ) : null}
            </Link>
          );
        })}
    </nav>
  );
}
