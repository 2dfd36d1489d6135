import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { getDb } from "@/db";
import { listApiTokens } from "@/db/queries/tokens";
import { requireUser } from "@/lib/auth/session";
import { actorOf, authorize } from "@/lib/permissions";
import { Badge } from "@/components/ui/badge";
import { Card, CardTitle } from "@/components/ui/card";
import { CreateTokenForm, RevokeTokenButton } from "./token-forms";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("tokens"))("title") };
}

type TokenRow = Awaited<ReturnType<typeof listApiTokens>>[number];
type TokenState = "active" | "revoked" | "expired";

function stateOf(token: TokenRow, now: Date): TokenState {
  if (token.revokedAt) return "revoked";
  if (token.expiresAt && token.expiresAt <= now) return "expired";
  return "active";
}

export default async function ApiTokensPage() {
  const user = await requireUser("/settings/tokens");
  const actor = actorOf(user);
  const seesAll = authorize(actor, { action: "token.list_all" }).allowed;
  const canWrite = authorize(actor, { action: "token.create", scope: "write" }).allowed;

  const db = await getDb();
  const [own, all, t, format] = await Promise.all([
    listApiTokens(db, user.id),
    seesAll ? listApiTokens(db) : Promise.resolve([]),
    getTranslations("tokens"),
    getFormatter(),
  ]);
  const now = new Date();
  const othersActive = all.filter((tk) => stateOf(tk, now) === "active");
  const date = (d: Date | null, empty: string) => (d ? format.dateTime(d, { dateStyle: "medium" }) : empty);
  const dateTime = (d: Date | null, empty: string) =>
    d ? format.dateTime(d, { dateStyle: "medium", timeStyle: "short" }) : empty;

  const stateBadge = (token: TokenRow) => {
    const state = stateOf(token, now);
    if (state === "revoked") return <Badge tone="bad">{t("revokedOn", { date: date(token.revokedAt, "") })}</Badge>;
    if (state === "expired") return <Badge tone="warn">{t("expired")}</Badge>;
    return <Badge tone="good">{t("active")}</Badge>;
  };

  const headers = ["name", "scope", "prefix", "created", "lastUsed", "expires", "status", "actions"];

  return (
    <div className="space-y-6">
      <div className="space-y-1">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="text-sm text-muted-foreground">
          {t.rich("intro", { code: (chunks) => <code className="rounded bg-muted px-1">{chunks}</code> })}
        </p>
      </div>

      <Card aria-labelledby="create-token-title">
        <CardTitle id="create-token-title">{t("createTitle")}</CardTitle>
        <CreateTokenForm canWrite={canWrite} />
      </Card>

      <section aria-labelledby="own-tokens-title" className="space-y-3">
        <h2 id="own-tokens-title" className="text-lg font-semibold">
          {t("yourTokens")}
        </h2>
        {own.length === 0 ? (
          <div className="rounded-lg border border-dashed p-8 text-center">
            <p className="font-medium">{t("empty")}</p>
            <p className="text-sm text-muted-foreground">{t("emptyHint")}</p>
          </div>
        ) : (
          <div className="overflow-x-auto rounded-lg border">
            <table className="w-full text-sm">
              <caption className="sr-only">{t("yourTokens")}</caption>
              <thead className="bg-muted/60 text-left text-xs uppercase tracking-wide text-muted-foreground">
                <tr>
                  {headers.map((h) => (
                    <th key={h} scope="col" className="px-3 py-2">
                      {t(h)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {own.map((tk) => (
                  <tr key={tk.id} className="border-t align-top">
                    <th scope="row" className="px-3 py-2 text-left font-medium">
                      {tk.name}
                    </th>
                    <td className="px-3 py-2">{t(tk.scope === "write" ? "scopeWrite" : "scopeRead")}</td>
                    <td className="px-3 py-2 font-mono text-xs">{tk.tokenPrefix}…</td>
                    <td className="whitespace-nowrap px-3 py-2">{date(tk.createdAt, "")}</td>
                    <td className="whitespace-nowrap px-3 py-2">{dateTime(tk.lastUsedAt, t("neverUsed"))}</td>
                    <td className="whitespace-nowrap px-3 py-2">{date(tk.expiresAt, t("noExpiry"))}</td>
                    <td className="px-3 py-2">{stateBadge(tk)}</td>
                    <td className="px-3 py-2">
                      {stateOf(tk, now) === "active" ? <RevokeTokenButton id={tk.id} name={tk.name} /> : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      {seesAll ? (
        <section aria-labelledby="all-tokens-title" className="space-y-3">
          <h2 id="all-tokens-title" className="text-lg font-semibold">
            {t("allTitle")}
          </h2>
          <p className="text-sm text-muted-foreground">{t("allIntro")}</p>
          {othersActive.length === 0 ? (
            <div className="rounded-lg border border-dashed p-8 text-center">
              <p className="font-medium">{t("allEmpty")}</p>
            </div>
          ) : (
            <div className="overflow-x-auto rounded-lg border">
              <table className="w-full text-sm">
                <caption className="sr-only">{t("allTitle")}</caption>
                <thead className="bg-muted/60 text-left text-xs uppercase tracking-wide text-muted-foreground">
                  <tr>
                    {["owner", "name", "scope", "prefix", "created", "lastUsed", "expires", "actions"].map((h) => (
                      <th key={h} scope="col" className="px-3 py-2">
                        {t(h)}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {othersActive.map((tk) => (
                    <tr key={tk.id} className="border-t align-top">
                      <td className="px-3 py-2">
                        {tk.userName}
                        <span className="block text-xs text-muted-foreground">{tk.userEmail}</span>
                      </td>
                      <th scope="row" className="px-3 py-2 text-left font-medium">
                        {tk.name}
                      </th>
                      <td className="px-3 py-2">{t(tk.scope === "write" ? "scopeWrite" : "scopeRead")}</td>
                      <td className="px-3 py-2 font-mono text-xs">{tk.tokenPrefix}…</td>
                      <td className="whitespace-nowrap px-3 py-2">{date(tk.createdAt, "")}</td>
                      <td className="whitespace-nowrap px-3 py-2">{dateTime(tk.lastUsedAt, t("neverUsed"))}</td>
                      <td className="whitespace-nowrap px-3 py-2">{date(tk.expiresAt, t("noExpiry"))}</td>
                      <td className="px-3 py-2">
                        <RevokeTokenButton id={tk.id} name={`${tk.name} (${tk.userName})`} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
      ) : null}
    </div>
  );
}
