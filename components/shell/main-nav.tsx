"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";
import { cn } from "@/lib/utils";

/**
 * Sections are listed only once they exist; later issues add My work, Agencies and Dashboard.
 * `match` is the path prefix that marks a section current (Admin spans several pages).
 */
const sections = [
  { href: "/recommendations", match: "/recommendations", key: "recommendations", adminOnly: false },
  { href: "/actions", match: "/actions", key: "actions", adminOnly: false },
  { href: "/admin/users", match: "/admin", key: "admin", adminOnly: true },
  { href: "/settings/tokens", match: "/settings/tokens", key: "tokens", adminOnly: false },
] as const;

/** `isAdmin` only decides what is listed; each admin page checks permission itself. */
export function MainNav({ isAdmin = false }: { isAdmin?: boolean }) {
  const t = useTranslations("nav");
  const pathname = usePathname();
  return (
    <nav aria-label={t("main")} className="flex min-w-0 items-center gap-1 overflow-x-auto whitespace-nowrap">
      {sections
        .filter((s) => isAdmin || !s.adminOnly)
        .map((s) => {
          const active = pathname === s.match || pathname.startsWith(`${s.match}/`);
          return (
            <Link
              key={s.href}
              href={s.href}
              aria-current={active ? "page" : undefined}
              className={cn(
                "rounded-md px-3 py-1.5 text-sm font-medium text-muted-foreground hover:bg-accent hover:text-foreground",
                active && "bg-accent text-foreground",
              )}
            >
              {t(s.key)}
            </Link>
          );
        })}
    </nav>
  );
}
