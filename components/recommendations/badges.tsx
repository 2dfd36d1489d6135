import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import type { Health, RecommendationStatus } from "@/db/schema/enums";

const statusTone = {
  proposed: "neutral",
  accepted: "info",
  in_progress: "info",
  implemented: "good",
  verified: "good",
  closed: "neutral",
} as const;

const healthTone = { on_track: "good", at_risk: "warn", off_track: "bad" } as const;

export async function StatusBadge({ status }: { status: RecommendationStatus }) {
  const t = await getTranslations("status");
  return <Badge tone={statusTone[status]}>{t(status)}</Badge>;
}

export async function HealthBadge({ health }: { health: Health | null }) {
  const t = await getTranslations("health");
  if (!health) return <span className="text-xs text-muted-foreground">{t("none")}</span>;
  return <Badge tone={healthTone[health]}>{t(health)}</Badge>;
}

export function SideDot({ side }: { side: string }) {
  const color = side === "shenzhen" ? "bg-shenzhen" : side === "hong_kong" ? "bg-hong-kong" : "bg-muted-foreground";
  return <span aria-hidden className={`inline-block size-2 shrink-0 rounded-full ${color}`} />;
}
