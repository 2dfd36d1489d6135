import { getTranslations } from "next-intl/server";
import { getDb } from "@/db";
import { listOpenRequests } from "@/db/queries/rounds";
import type { Actor } from "@/lib/permissions";
import { Card, CardTitle } from "@/components/ui/card";
import { ReportingRequests } from "./reporting-requests";

/** On a recommendation's page: the viewer's agency's open reporting requests for it, to answer in place. */
export async function RoundRequestCard({ actor, recommendationId }: { actor: Actor; recommendationId: string }) {
  if (!actor.agencyId) return null;
  const requests = await listOpenRequests(await getDb(), actor, { agencyId: actor.agencyId, recommendationId });
  if (!requests.length) return null;
  const t = await getTranslations("rounds");
  return (
    <Card aria-labelledby="round-request-h" id="round-request">
      <CardTitle id="round-request-h">{t("card.title")}</CardTitle>
      <ReportingRequests requests={requests} actor={actor} showRecommendation={false} />
    </Card>
  );
}
