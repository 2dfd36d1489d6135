import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/session";
import { redirect } from "next/navigation";
import { MainNav } from "@/components/shell/main-nav";
import { UserMenu } from "@/components/shell/user-menu";

export default async function WorkspaceLayout({ children }: { children: React.ReactNode }) {
  // Each page also calls requireUser with its own path so sign-in returns there; this guards the shell.
  const user = await getCurrentUser();
  if (!user) redirect("/login");
  const t = await getTranslations("app");
  return (
    <div className="min-h-dvh">
      <a href="#content" className="sr-only focus:not-sr-only focus:fixed focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-card focus:px-3 focus:py-2">
        {t("skipToContent")}
      </a>
      <header className="sticky top-0 z-40 border-b bg-background/95 backdrop-blur">
        <div className="mx-auto flex h-14 max-w-7xl items-center gap-4 px-4">
          <Link href="/recommendations" className="flex items-center gap-2 font-semibold">
            <span aria-hidden className="flex gap-0.5">
              <span className="size-2.5 rounded-full bg-shenzhen" />
              <span className="size-2.5 rounded-full bg-hong-kong" />
            </span>
            {t("name")}
          </Link>
          <MainNav />
          <div className="ml-auto">
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
