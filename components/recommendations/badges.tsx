import { useTranslations } from "next-intl";
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

// Synchronous with useTranslations, so both server pages and the client table can render them.
export function StatusBadge({ status }: { status: RecommendationStatus }) {
  const t = useTranslations("status");
  return <Badge tone={statusTone[status]}>{t(status)}</Badge>;
}

export function HealthBadge({ health }: { health: Health | null }) {
  const t = useTranslations("health");
  if (!health) return <span className="text-xs text-muted-foreground">{t("none")}</span>;
  return <Badge tone={healthTone[health]}>{t(health)}</Badge>;
}

export function SideDot({ side }: { side: string }) {
  const color = side === "shenzhen" ? "bg-shenzhen" : side === "hong_kong" ? "bg-hong-kong" : "bg-muted-foreground";
  return <span aria-hidden className={`inline-block size-2 shrink-0 rounded-full ${color}`} />;
}
