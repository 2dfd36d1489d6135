"use client";
import { useState, useTransition } from "react";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";

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
  const [error, setError] = useState<string | null>(
    initialError ? t(initialError === "CredentialsSignin" ? "invalid" : "failed") : null,
  );
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
        // A full navigation so every server component renders with the new session.
        window.location.assign(callbackUrl);
        return;
      }
      setError(t(result?.error === "CredentialsSignin" ? "invalid" : "failed"));
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
