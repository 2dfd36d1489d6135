import { getTranslations } from "next-intl/server";
import { getDb } from "@/db";
import { listRecommendationIndicators } from "@/db/queries/indicators";
import { getSay } from "@/lib/i18n/say";
import { authorize, type Actor, type RecommendationFacts } from "@/lib/permissions";
import { Card, CardTitle } from "@/components/ui/card";
import { IndicatorList } from "./indicator-list";
import type { IndicatorItem, IndicatorRights } from "./types";

/**
 * The "Indicators" section of a recommendation: what is measured, from which baseline toward which
 * target, the readings so far and how far they have come. The permission module decides every
 * control shown here, as it decides every write.
 */
export async function IndicatorsSection({
  recommendationId,
  code,
  actor,
  facts,
}: {
  recommendationId: string;
  code: string;
  actor: Actor;
  facts: RecommendationFacts;
}) {
  const [t, say, indicators] = await Promise.all([
    getTranslations("indicators"),
    getSay(),
    listRecommendationIndicators(await getDb(), recommendationId),
  ]);
  const manage = authorize(actor, { action: "indicator.manage", recommendation: facts });
  const rights: IndicatorRights = {
    manage: manage.allowed,
    record: authorize(actor, { action: "indicator.record", recommendation: facts }).allowed,
    manageRefusal: manage.allowed ? null : say(manage.reason),
  };
  const mayDelete = (recordedById: string | null) =>
    authorize(actor, { action: "indicator.reading_delete", recommendation: facts, recordedById }).allowed;
  const items: IndicatorItem[] = indicators.map((i) => {
    const readings = i.readings.map((r) => ({ ...r, mayDelete: mayDelete(r.recordedBy?.id ?? null) }));
    return { ...i, readings, latest: readings.at(-1) ?? null };
  });

  return (
    <Card aria-labelledby="indicators-h">
      <CardTitle id="indicators-h">{t("title")}</CardTitle>
      <IndicatorList code={code} items={items} rights={rights} />
    </Card>
  );
}
