import type { Metadata } from "next";
import { EmptyState } from "@/components/ui/empty-state";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { z } from "zod";
import { getDb } from "@/db";
import { requireUser } from "@/lib/auth/session";
import { Button } from "@/components/ui/button";
import { AdminOnly, mayAdminister } from "../_components/admin-only";
import { listSecurityActivity } from "@/db/queries/security-activity";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.activity"))("title") };
}

const PAGE_SIZE = 50;
// A hand-edited ?page=abc shows the first page rather than an error.
const pageParam = z.coerce.number().int().min(1).max(100_000).catch(1);

/** A logged value, short enough for a table cell: objects as "key: value" pairs. */
function describe(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (Array.isArray(value)) return value.map(describe).join("; ");
  if (typeof value === "object") {
    return Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== null && v !== undefined)
      .map(([k, v]) => `${k}: ${typeof v === "object" ? JSON.stringify(v) : String(v)}`)
      .join(", ");
  }
  return JSON.stringify(value);
}

export default async function SecurityActivityPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const raw = (await searchParams).page;
  const requested = pageParam.parse(Array.isArray(raw) ? raw[0] : raw);
  const user = await requireUser(requested > 1 ? `/admin/activity?page=${requested}` : "/admin/activity");
  if (!mayAdminister(user, "activity.security")) return <AdminOnly />;

  const [result, t, format] = await Promise.all([
    listSecurityActivity(await getDb(), { page: requested, pageSize: PAGE_SIZE }),
    getTranslations("admin.activity"),
    getFormatter(),
  ]);
  const pages = Math.max(1, Math.ceil(result.total / PAGE_SIZE));
  const kindLabel = (kind: string) => (t.has(`kinds.${kind}`) ? t(`kinds.${kind}`) : kind);

  return (
    <div className="space-y-5">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="text-sm text-muted-foreground">{t("count", { total: result.total })}</p>
      </div>
      <p className="text-sm text-muted-foreground">{t("intro")}</p>

      {result.items.length === 0 ? (
        <EmptyState title={requested > 1 ? t("pastEnd") : t("empty")}>
          {requested > 1 ? (
            <Link href="/admin/activity" className="text-sm text-primary hover:underline">
              {t("first")}
            </Link>
          ) : null}
        </EmptyState>
      ) : (
        <div className="overflow-x-auto rounded-lg border">
          <table className="w-full text-sm">
            <caption className="sr-only">{t("tableCaption")}</caption>
            <thead className="bg-muted/60 text-left text-xs uppercase tracking-wide text-muted-foreground">
              <tr>
                {["time", "actor", "event", "target", "change"].map((c) => (
                  <th key={c} scope="col" className="px-3 py-2">
                    {t(c)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {result.items.map((e) => {
                const from = describe(e.from);
                const to = describe(e.to);
                return (
                  <tr key={e.id} className="border-t align-top">
                    <td className="whitespace-nowrap px-3 py-2 text-muted-foreground">
                      <time dateTime={e.at.toISOString()}>
                        {format.dateTime(e.at, { dateStyle: "medium", timeStyle: "medium" })}
                      </time>
                    </td>
                    <td className="px-3 py-2">{e.actorName ?? e.actorLabel ?? t("system")}</td>
                    <th scope="row" className="px-3 py-2 text-left font-medium">
                      {kindLabel(e.kind)}
                    </th>
                    <td className="px-3 py-2">{e.target ?? (e.entityId ? <code>{e.entityId}</code> : "—")}</td>
                    <td className="max-w-md break-words px-3 py-2">
                      {from && to ? (
                        <span>
                          {from} <span aria-hidden>→</span>
                          <span className="sr-only">{t("changedTo")}</span> {to}
                        </span>
                      ) : (
                        from || to || "—"
                      )}
                      {e.reason ? <span className="block text-xs text-muted-foreground">{e.reason}</span> : null}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}

      {pages > 1 ? (
        <nav aria-label={t("pagination")} className="flex items-center justify-between text-sm">
          <span>{t("pageOf", { page: requested, pages })}</span>
          <span className="flex gap-2">
            {requested > 1 ? (
              <Button asChild variant="outline" size="sm">
                <Link href={`/admin/activity?page=${Math.min(requested - 1, pages)}`}>{t("newer")}</Link>
              </Button>
            ) : null}
            {requested < pages ? (
              <Button asChild variant="outline" size="sm">
                <Link href={`/admin/activity?page=${requested + 1}`}>{t("older")}</Link>
              </Button>
            ) : null}
          </span>
        </nav>
      ) : null}
    </div>
  );
}
