import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/db";
import { listSavedViews } from "@/db/queries/views";
import { requireUser } from "@/lib/auth/session";
import { getSay } from "@/lib/i18n/say";
import { actorOf, authorize } from "@/lib/permissions";
import { filterIds } from "@/lib/table/filters";
import { EmptyState } from "@/components/ui/empty-state";
import { RoundOpenForm } from "@/components/rounds/round-open-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("rounds.open"))("title") };
}

type SearchParams = Record<string, string | string[] | undefined>;

/**
 * Opening a round. The recommendations list's query may come along (`/rounds/new?theme=industry`,
 * or `?view=<saved view id>`), so a filtered list or a saved view becomes the round's scope.
 */
export default async function NewRoundPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const raw = await searchParams;
  const user = await requireUser("/rounds/new");
  const t = await getTranslations("rounds.open");
  const decision = authorize(actorOf(user), { action: "round.manage" });
  if (!decision.allowed) {
    const say = await getSay();
    return (
      <div className="space-y-4">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <EmptyState role="alert" data-access-denied="" title={say(decision.reason)}>
          <p className="mt-3 text-sm">
            <Link href="/rounds" className="underline">
              {t("back")}
            </Link>
          </p>
        </EmptyState>
      </div>
    );
  }
  const { views } = await listSavedViews(await getDb(), user.id, "recommendations");
  const fromView = typeof raw.view === "string" ? views.find((v) => v.id === raw.view) : undefined;
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(raw)) {
    if (!(filterIds as readonly string[]).includes(key) || value === undefined) continue;
    for (const one of [value].flat()) query.append(key, one);
  }
  return (
    <div className="space-y-4">
      <Link href="/rounds" className="text-sm text-muted-foreground hover:text-foreground">
        {t("back")}
      </Link>
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="max-w-2xl text-sm text-muted-foreground">{t("intro")}</p>
      <RoundOpenForm
        views={views.map((v) => ({ id: v.id, name: v.name, query: v.query }))}
        initialFilters={fromView?.query ?? query.toString()}
      />
    </div>
  );
}
