"use client";
import { useState, useTransition } from "react";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { safeCallbackPath } from "@/lib/auth/callback-url";

export function LoginForm({
  callbackUrl,
  sso,
  initialError,
}: {
  callbackUrl: string;
  sso: string | null;
  initialError: string | null;
}) {
  const t = useTranslations("login");
  // next-auth's `error`: "CredentialsSignin" for a wrong e-mail or password (never saying which),
  // "throttled:<seconds>" from SignInThrottledError (lib/auth/throttle.ts, server-only), anything
  // else means the sign-in could not be checked at all.
  const messageFor = (code: string | null | undefined) => {
    const throttled = /^throttled:(\d+)$/.exec(code ?? "");
    if (throttled) return t("throttled", { seconds: Number(throttled[1]) });
    return t(code === "CredentialsSignin" ? "invalid" : "failed");
  };
  const [error, setError] = useState<string | null>(initialError ? messageFor(initialError) : null);
  const [pending, startTransition] = useTransition();

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setError(null);
    startTransition(async () => {
      const result = await signIn("credentials", {
        email: String(form.get("email") ?? ""),
        password: String(form.get("password") ?? ""),
        redirect: false,
      });
      if (result?.ok && !result.error) {
        // A full navigation so every server component renders with the new session. Checked here
        // again: this is where the navigation happens, whatever rendered the form.
        window.location.assign(safeCallbackPath(callbackUrl, window.location.origin));
        return;
      }
      setError(messageFor(result?.error));
    });
  }

  return (
    <div className="space-y-5">
      <form onSubmit={onSubmit} className="space-y-4" noValidate aria-describedby={error ? "login-error" : undefined}>
        <div className="space-y-1.5">
          <Label htmlFor="email">{t("email")}</Label>
          <Input
            id="email"
            name="email"
            type="email"
            autoComplete="username"
            required
            autoFocus
            aria-invalid={error ? true : undefined}
          />
        </div>
        <div className="space-y-1.5">
          <Label htmlFor="password">{t("password")}</Label>
          <Input
            id="password"
            name="password"
            type="password"
            autoComplete="current-password"
            required
            aria-invalid={error ? true : undefined}
          />
        </div>
        {error ? (
          <p
            id="login-error"
            role="alert"
            className="rounded-md border border-destructive/40 bg-destructive/10 px-3 py-2 text-sm text-destructive"
          >
            {error}
          </p>
        ) : null}
        <Button type="submit" className="w-full" disabled={pending}>
          {pending ? t("submitting") : t("submit")}
        </Button>
      </form>
      {sso ? (
        <>
          <p className="text-center text-xs uppercase text-muted-foreground">{t("or")}</p>
          <Button variant="outline" className="w-full" onClick={() => signIn("oidc", { callbackUrl })}>
            {t("sso", { provider: sso })}
          </Button>
        </>
      ) : null}
    </div>
  );
}
