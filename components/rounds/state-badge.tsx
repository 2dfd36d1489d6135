import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import type { ShownState } from "@/db/queries/rounds";

const tone = {
  not_started: "neutral",
  draft: "info",
  submitted: "info",
  accepted: "good",
  returned: "warn",
  late: "bad",
} as const;

/** Where one agency's answer stands, in words (never by colour alone). */
export function RequestStateBadge({ state }: { state: ShownState }) {
  const t = useTranslations("rounds.state");
  return (
    <Badge tone={tone[state]} data-state={state}>
      {t(state)}
    </Badge>
  );
}
