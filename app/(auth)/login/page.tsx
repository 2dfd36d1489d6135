import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/session";
import { isOidcEnabled } from "@/lib/auth/options";
import { safeCallbackPath } from "@/lib/auth/callback-url";
import { LanguageSwitcher } from "@/components/shell/language-switcher";
import { LoginForm } from "./login-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("login"))("title") };
}

/** next-auth's own redirects carry an absolute callbackUrl on the public address (NEXTAUTH_URL). */
function publicOrigin(): string | undefined {
  try {
    return process.env.NEXTAUTH_URL ? new URL(process.env.NEXTAUTH_URL).origin : undefined;
  } catch {
    return undefined;
  }
}

export default async function LoginPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  // Only same-site paths are followed after sign-in, so the link cannot send people elsewhere.
  const callbackUrl = safeCallbackPath(params.callbackUrl, publicOrigin());
  if (await getCurrentUser()) redirect(callbackUrl);
  const t = await getTranslations();
  return (
    <main className="flex min-h-dvh items-center justify-center bg-muted/40 px-4">
      <div className="w-full max-w-sm rounded-lg border bg-card p-8 shadow-sm">
        <p className="mb-1 text-sm font-medium text-primary">{t("app.name")}</p>
        <h1 className="mb-1 text-2xl font-semibold">{t("login.title")}</h1>
        <p className="mb-6 text-sm text-muted-foreground">{t("login.intro")}</p>
        <LoginForm
          callbackUrl={callbackUrl}
          sso={isOidcEnabled() ? process.env.OIDC_NAME || "Single sign-on" : null}
          initialError={typeof params.error === "string" ? params.error : null}
        />
        <LanguageSwitcher />
      </div>
    </main>
  );
}
