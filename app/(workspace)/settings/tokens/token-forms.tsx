"use client";
import { useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { Check, Copy, TriangleAlert } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { FieldError, FormOutcome, TextField, useServerAction } from "@/components/forms/form-parts";
import { createTokenAction, revokeTokenAction } from "./actions";

/** Create a token; the new token is shown once, in a box to copy it from, until dismissed. */
export function CreateTokenForm({ canWrite }: { canWrite: boolean }) {
  const t = useTranslations("tokens");
  const form = useRef<HTMLFormElement>(null);
  const [created, setCreated] = useState<{ name: string; token: string } | null>(null);
  const [copied, setCopied] = useState(false);
  const { run, pending, fieldErrors, message } = useServerAction(createTokenAction);
  const scopeErrors = fieldErrors.scope;

  function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const days = String(data.get("expiresInDays") ?? "").trim();
    setCreated(null);
    setCopied(false);
    run(
      {
        name: String(data.get("name") ?? ""),
        scope: data.get("scope") === "write" ? "write" : "read",
        // Sent as typed so the server names a bad value; empty means "never expires".
        expiresInDays: days === "" ? null : Number(days),
      },
      (result) => {
        form.current?.reset();
        setCreated({ name: result.name, token: result.token });
        return null;
      },
    );
  }

  async function copy() {
    if (!created) return;
    try {
      await navigator.clipboard.writeText(created.token);
      setCopied(true);
    } catch {
      // Clipboard access can be refused (insecure origin, permissions); the field stays selectable.
      document.getElementById("new-token-value")?.focus();
    }
  }

  return (
    <div className="space-y-4">
      {created ? (
        <section
          aria-labelledby="new-token-title"
          className="space-y-3 rounded-md border-2 border-amber-500/60 bg-amber-500/10 p-4"
        >
          <h3 id="new-token-title" className="font-semibold">
            {t("newTokenTitle", { name: created.name })}
          </h3>
          <p role="alert" className="flex items-start gap-2 text-sm">
            <TriangleAlert aria-hidden className="mt-0.5 size-4 shrink-0 text-amber-600" />
            {t("showOnceWarning")}
          </p>
          <div className="space-y-1.5">
            <Label htmlFor="new-token-value">{t("newTokenLabel")}</Label>
            <div className="flex gap-2">
              <input
                id="new-token-value"
                readOnly
                value={created.token}
                onFocus={(e) => e.currentTarget.select()}
                className="h-9 w-full min-w-0 rounded-md border border-input bg-background px-3 font-mono text-sm"
                spellCheck={false}
              />
              <Button type="button" variant="outline" onClick={copy}>
                {copied ? <Check aria-hidden /> : <Copy aria-hidden />}
                {copied ? t("copied") : t("copy")}
              </Button>
            </div>
          </div>
          <Button type="button" variant="outline" size="sm" onClick={() => setCreated(null)}>
            {t("dismiss")}
          </Button>
        </section>
      ) : null}

      <form ref={form} onSubmit={submit} noValidate className="space-y-4" aria-label={t("createTitle")}>
        <div className="grid gap-4 sm:grid-cols-3">
          <TextField
            id="token-name"
            name="name"
            label={t("name")}
            hint={t("nameHint")}
            autoComplete="off"
            required
            errors={fieldErrors.name}
          />
          <fieldset
            className="space-y-1.5"
            aria-describedby={
              [canWrite ? null : "token-scope-hint", scopeErrors ? "token-scope-error" : null]
                .filter(Boolean)
                .join(" ") || undefined
            }
          >
            <legend className="text-sm font-medium leading-none">{t("scope")}</legend>
            <div className="flex flex-col gap-1 pt-1.5 text-sm">
              <label className="flex items-center gap-2">
                <input type="radio" name="scope" value="read" defaultChecked /> {t("scopeRead")}
              </label>
              <label className={canWrite ? "flex items-center gap-2" : "flex items-center gap-2 opacity-50"}>
                <input type="radio" name="scope" value="write" disabled={!canWrite} /> {t("scopeWrite")}
              </label>
            </div>
            {canWrite ? null : (
              <p id="token-scope-hint" className="text-xs text-muted-foreground">
                {t("viewerReadOnly")}
              </p>
            )}
            <FieldError id="token-scope-error" errors={scopeErrors} />
          </fieldset>
          <TextField
            id="token-expiry"
            name="expiresInDays"
            type="number"
            inputMode="numeric"
            min={1}
            max={366}
            label={t("expiresInDays")}
            hint={t("expiresInDaysHint")}
            errors={fieldErrors.expiresInDays}
          />
        </div>
        <div className="flex flex-wrap items-center gap-3">
          <Button type="submit" disabled={pending}>
            {pending ? t("creating") : t("create")}
          </Button>
          <FormOutcome message={message} />
        </div>
      </form>
    </div>
  );
}

/** Revoke after a second, explicit confirmation; integrations using the token stop at once. */
export function RevokeTokenButton({ id, name }: { id: string; name: string }) {
  const t = useTranslations("tokens");
  const [confirming, setConfirming] = useState(false);
  const { run, pending, message } = useServerAction(revokeTokenAction);

  if (!confirming) {
    return (
      <div>
        <Button size="sm" variant="outline" onClick={() => setConfirming(true)} aria-label={t("revokeNamed", { name })}>
          {t("revoke")}
        </Button>
        <FormOutcome message={message} className="mt-1 text-xs" />
      </div>
    );
  }
  return (
    <div role="group" aria-labelledby={`revoke-${id}-text`} className="space-y-2">
      <p id={`revoke-${id}-text`} className="text-xs">
        {t("revokeConfirm", { name })}
      </p>
      <div className="flex flex-wrap gap-2">
        <Button
          size="sm"
          variant="destructive"
          autoFocus
          disabled={pending}
          onClick={() =>
            run({ id }, () => {
              setConfirming(false);
              return t("revoked", { name });
            })
          }
        >
          {pending ? t("revoking") : t("confirmRevoke")}
        </Button>
        <Button size="sm" variant="ghost" onClick={() => setConfirming(false)} disabled={pending}>
          {t("cancel")}
        </Button>
      </div>
      <FormOutcome message={message} className="text-xs" />
    </div>
  );
}
